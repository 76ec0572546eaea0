/**
 * The instants an event's `start`/`end` stand for (docs/feed.md, "Times"):
 * `YYYY-MM-DD` is an all-day date (`end` is the last day, inclusive), `YYYY-MM-DDTHH:mm[:ss]` is a wall
 * time in `time_zone`, and a value with `Z` or `±HH:MM` is an instant.
 */
import { resolveWallTime, utc } from './zone.js';

export interface EventTime {
  /** Milliseconds since the epoch. For an all-day date: midnight at the start of that day in the zone. */
  instant: number;
  /** `YYYY-MM-DD` value: a whole day, no time of day. */
  allDay: boolean;
  /** The wall time does not exist in the zone (moved forward) or happens twice (the earlier is used). */
  adjusted?: 'gap' | 'overlap';
}

/** The fields of an event this layer reads (the feed's `_event` has them; time/ imports nothing of the feed). */
export interface EventTimes {
  start?: string;
  end?: string;
  time_zone?: string;
}

export interface EventSpan {
  start: EventTime;
  /** Exclusive end instant: for all-day events the midnight after the last day. */
  end: number;
  /** False when the feed gave no end and one was assumed. */
  hasEnd: boolean;
}

const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i;
const HOUR = 3_600_000;
/** Without an end, a timed event is taken to last this long (for "live now" and "ended"). */
export const ASSUMED_DURATION_MS = 2 * HOUR;

/**
 * Reads one `start`/`end` value. All-day dates and wall times without a zone are read in UTC
 * (the validator only lets wall times through with a zone). Undefined when unreadable.
 */
export function readEventTime(value: string | undefined, zone: string | undefined): EventTime | undefined {
  if (value === undefined) return undefined;
  const m = FORM.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) {
    const r = resolveWallTime(zone ?? 'UTC', y, mo, d);
    return r && { instant: r.instant, allDay: true };
  }
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const ms = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const zone8 = m[8];
  if (zone8 !== undefined) {
    const offset =
      zone8.toUpperCase() === 'Z' ? 0 : (zone8[0] === '-' ? -1 : 1) * (Number(zone8.slice(1, 3)) * 60 + Number(zone8.slice(4, 6))) * 60_000;
    return { instant: utc(y, mo, d, h, min, s) + ms - offset, allDay: false };
  }
  const r = resolveWallTime(zone ?? 'UTC', y, mo, d, h, min, s);
  return r && { instant: r.instant + ms, allDay: false, ...(r.adjusted ? { adjusted: r.adjusted } : {}) };
}

/** The span an event occupies, or undefined when it has no (readable) start: date to be announced. */
export function eventSpan(e: EventTimes): EventSpan | undefined {
  const start = readEventTime(e.start, e.time_zone);
  if (!start) return undefined;
  const endTime = readEventTime(e.end, e.time_zone);
  let end: number | undefined;
  if (endTime) {
    // An all-day end names the last day: the event runs until the following midnight.
    end = endTime.allDay ? nextMidnight(e.end!, e.time_zone) : endTime.instant;
  }
  if (end !== undefined && end > start.instant) return { start, end, hasEnd: true };
  return { start, end: start.allDay ? nextMidnight(e.start!, e.time_zone) : start.instant + ASSUMED_DURATION_MS, hasEnd: false };
}

function nextMidnight(date: string, zone: string | undefined): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const next = new Date(utc(y, m, d + 1));
  return resolveWallTime(zone ?? 'UTC', next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())!.instant;
}
