/**
 * What the calendar chunk (calendar.ts) uses from the rest of Lectern, handed to it at call time so
 * that the chunk imports nothing. Everything here is in the main bundle anyway.
 */
import { safeUrl } from '../feed/url.js';
import { eventSpan } from './event-time.js';
import { resolveWallTime, zoneOffset } from './zone.js';

export const calendarDeps = { eventSpan, resolveWallTime, zoneOffset, safeUrl };
export type CalendarDeps = typeof calendarDeps;
