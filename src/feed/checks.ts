/**
 * Small, dependency-free predicates the schema uses. Plain functions so that the browser and the
 * `lectern validate` command (Node) apply exactly the same rules.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

/** True when y-m-d names a real calendar day (no 2026-13-01, no 30 February). */
function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function isRealTime(h: string, min: string, s?: string): boolean {
  return Number(h) <= 23 && Number(min) <= 59 && (s === undefined || Number(s) <= 59);
}

/** `YYYY-MM-DD`: an all-day date. */
export function isDateOnly(s: string): boolean {
  const m = DATE.exec(s);
  return m !== null && isRealDay(+m[1]!, +m[2]!, +m[3]!);
}

/** `YYYY-MM-DDTHH:mm[:ss]` with no zone: a wall time, read in the event's `time_zone`. */
export function isWallDateTime(s: string): boolean {
  const m = WALL.exec(s);
  return m !== null && isRealDay(+m[1]!, +m[2]!, +m[3]!) && isRealTime(m[4]!, m[5]!, m[6]);
}

/** An instant: a date-time with `Z` or a `±HH:MM` offset (RFC 3339). */
export function isIsoDateTime(s: string): boolean {
  const m = INSTANT.exec(s);
  return (
    m !== null &&
    isRealDay(+m[1]!, +m[2]!, +m[3]!) &&
    isRealTime(m[4]!, m[5]!, m[6]) &&
    (m[8] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59))
  );
}

/** Any of the three forms `_event.start`/`end` accept. */
export function isEventTime(s: string): boolean {
  return isDateOnly(s) || isWallDateTime(s) || isIsoDateTime(s);
}

/**
 * An IANA `Area/Location` zone the platform knows, or `UTC`/`GMT`. Abbreviations and `Etc/…` are
 * rejected: ICU reads `BST` as Asia/Dhaka and `Etc/GMT+1` as UTC−1, never what an author meant.
 */
export function isTimeZone(s: string): boolean {
  if (s === 'UTC' || s === 'GMT') return true;
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(s) || s.startsWith('Etc/')) return false;
  let known = zones.get(s);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: s });
      known = true;
    } catch {
      known = false;
    }
    zones.set(s, known);
  }
  return known;
}

/** Asking Intl about a zone is slow (tens of ms the first time): a feed names few, so remember them. */
const zones = new Map<string, boolean>();

/** A well-formed BCP 47 tag, as far as `Intl` can tell. */
export function isLanguageTag(s: string): boolean {
  try {
    return Intl.getCanonicalLocales(s).length === 1;
  } catch {
    return false;
  }
}

/** A book's publication date: a day or a date-time. A separate function so a bad one costs only the date. */
export function isPublicationDate(s: string): boolean {
  return isEventTime(s);
}
