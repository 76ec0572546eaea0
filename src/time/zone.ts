/**
 * Zone maths: turning the feed's wall times into instants, the same way in every browser zone.
 *
 * The offset of a zone at an instant comes straight from `Intl.DateTimeFormat#formatToParts`, which
 * depends on nothing but the instant and the zone. We do not use date-fns-tz here, although the design
 * names it: its `getTimezoneOffset(zone, date)` reads the date's *machine-local* fields, so the same call
 * answers differently on machines in different zones (London's repeated 01:30 on 2026-10-25 is found on
 * a UTC machine and missed on a New York one), and its `fromZonedTime` moves a time in the spring gap
 * backwards (date-fns-tz #140, #220). Our format asks for Temporal's `compatible` rule instead: a time in
 * the gap moves forward by the gap, a repeated time takes the earlier instant. This is 30 lines and
 * about 0.4 KB; the library would cost more and be wrong.
 */

export interface ResolvedTime {
  /** Milliseconds since the epoch. */
  instant: number;
  /** Set when the wall time does not exist (`gap`) or happens twice (`overlap`) in its zone. */
  adjusted?: 'gap' | 'overlap';
}

const DAY = 86_400_000;

/** The zone's offset from UTC at an instant, in ms (Europe/London in July: 3 600 000). NaN for a bad zone. */
export function zoneOffset(zone: string, instant: number): number {
  const format = formatter(zone);
  if (!format || !Number.isFinite(instant)) return Number.NaN;
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) p[part.type] = Number(part.value);
  const wall = utc(p['year']!, p['month']!, p['day']!, p['hour']!, p['minute']!, p['second']!);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

function formatter(zone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(zone)) {
    let f: Intl.DateTimeFormat | undefined;
    try {
      // en-US with h23 and a numeric, era-free year: parts that parse as plain numbers.
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = undefined;
    }
    formatters.set(zone, f);
  }
  return formatters.get(zone);
}

/**
 * Resolves a wall time (y, m 1–12, d, h, min, s) in an IANA zone. Returns undefined when the zone is
 * unknown to the platform.
 */
export function resolveWallTime(zone: string, y: number, m: number, d: number, h = 0, min = 0, s = 0): ResolvedTime | undefined {
  const asUtc = utc(y, m, d, h, min, s);
  const before = zoneOffset(zone, asUtc - DAY);
  const after = zoneOffset(zone, asUtc + DAY);
  if (Number.isNaN(before) || Number.isNaN(after)) return undefined;
  const candidates = [...new Set([before, after])].map((offset) => asUtc - offset).filter((instant) => asUtc - zoneOffset(zone, instant) === instant);
  if (candidates.length === 0) return { instant: asUtc - before, adjusted: 'gap' };
  if (candidates.length > 1) return { instant: Math.min(...candidates), adjusted: 'overlap' };
  return { instant: candidates[0]! };
}

/** Milliseconds for a UTC wall time (month 1–12). Unlike `Date.UTC`, years 0–99 stay themselves. */
export function utc(y: number, m: number, d: number, h = 0, min = 0, s = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  date.setUTCHours(h, min, s, 0);
  return date.getTime();
}
