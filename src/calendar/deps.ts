/**
 * What the calendar chunk (calendar.ts) uses from the rest of Lectern, handed to it at call time so
 * that the chunk imports nothing. Everything here is in the main bundle anyway.
 */
import { httpUrl, isOnlineOnly, plainDescription, venueLine } from '../model/rules.js';
import { eventSpan } from '../time/event-time.js';
import { resolveWallTime, zoneOffset } from '../time/zone.js';
import { en } from '../i18n/messages.js';

export const calendarDeps = { eventSpan, resolveWallTime, zoneOffset, httpUrl, isOnlineOnly, plainDescription, venueLine, en };
export type CalendarDeps = typeof calendarDeps;
