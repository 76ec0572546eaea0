/**
 * What the JSON-LD chunk (json-ld.ts) uses from the rest of Lectern, handed to it at call time so that
 * the chunk imports nothing. Everything here is in the main bundle anyway.
 */
import { attendanceOf, bookAuthors, httpUrl, plainDescription } from '../model/rules.js';
import { trusted } from '../sanitize/trusted-types.js';
import { eventSpan } from '../time/event-time.js';
import { eventZone, formatDate, isoWithOffset } from '../time/format.js';

export const jsonLdDeps = { attendanceOf, bookAuthors, httpUrl, plainDescription, eventSpan, eventZone, formatDate, isoWithOffset, trusted };
export type JsonLdDeps = typeof jsonLdDeps;
