/**
 * What the event list's view (event-list-view.ts, a chunk of its own) uses from the rest of Lectern,
 * handed to it at call time so that the chunk imports nothing (it would load a second lectern.js
 * whenever a page's script URL carries a query string). Everything here is in the main bundle anyway.
 */
import { adoptStyles, html, nothing, unsafeCSS } from 'lit';
import { isOnlineOnly, venueParts } from '../../model/rules.js';
import { eventSpan } from '../../time/event-time.js';
import { eventZone, formatter, isoWithOffset } from '../../time/format.js';
import { heading, href } from '../internal/templates.js';
import { TransitionTimer } from '../controllers/transition-timer.js';
import { en } from '../../i18n/messages.js';

export const listDeps = {
  html,
  nothing,
  unsafeCSS,
  adoptStyles,
  isOnlineOnly,
  venueParts,
  eventSpan,
  eventZone,
  formatter,
  isoWithOffset,
  heading,
  href,
  TransitionTimer,
  en,
};
export type ListDeps = typeof listDeps;
