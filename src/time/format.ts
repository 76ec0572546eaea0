/**
 * Event dates as people read them: in the event's zone with the zone's abbreviation as the reader's
 * locale writes it, and, when the reader's clock differs, in the reader's own time.
 *
 * All display goes through `Intl.DateTimeFormat` with an explicit `timeZone`, so nothing depends on the
 * zone of the machine the browser runs on (date-fns-tz's formatter does: docs/architecture.md).
 */
import { eventSpan, readEventTime, type EventSpan, type EventTimes as LecternEvent } from './event-time.js';
import { utc, zoneOffset } from './zone.js';

export interface FormattedWhen {
  /** In the event's zone: "Tuesday, 19 January 2016, 18:00–19:30 GMT"; all day: "19 – 20 January 2016". */
  text: string;
  /** For `<time datetime>`: the start with its UTC offset in the event's zone, or the date. */
  datetime: string;
  /** The reader's own time, when their clock differs at that instant: "19:00–20:30 your time (CET)". */
  reader?: string;
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/**
 * Formats an event's date and time. `readerTemplate` is the locale's "{time} your time ({zone})".
 * Undefined when the event has no readable start (date to be announced).
 */
export function formatWhen(e: LecternEvent, locale: string, readerZone: string | undefined, readerTemplate: string): FormattedWhen | undefined {
  const span = eventSpan(e);
  if (!span) return undefined;
  if (span.start.allDay) return formatAllDay(e, span, locale);
  const zone = eventZone(e);
  const start = span.start.instant;
  const main = formatter(locale, { weekday: 'long', ...DATE, ...TIME, timeZone: zone, timeZoneName: 'short' });
  const when: FormattedWhen = {
    text: span.hasEnd ? main.formatRange(start, span.end) : main.format(start),
    datetime: isoWithOffset(start, zone),
  };
  const reader = readerLine(span, zone, locale, readerZone, readerTemplate);
  if (reader) when.reader = reader;
  return when;
}

/** One `start`-style value (e.g. `previous_start`) in the event's zone, or undefined if unreadable. */
export function formatMoment(value: string | undefined, e: LecternEvent, locale: string): FormattedWhen | undefined {
  const t = readEventTime(value, e.time_zone);
  if (!t || value === undefined) return undefined;
  if (t.allDay) {
    return { text: formatter(locale, { weekday: 'long', ...DATE, timeZone: 'UTC' }).format(dayValue(value)), datetime: value.slice(0, 10) };
  }
  const zone = e.time_zone ?? zoneOfValue(value);
  return {
    text: formatter(locale, { weekday: 'long', ...DATE, ...TIME, timeZone: zone, timeZoneName: 'short' }).format(t.instant),
    datetime: isoWithOffset(t.instant, zone),
  };
}

/**
 * A publication date (`YYYY-MM-DD` or an RFC 3339 date-time) as the calendar date it was written with,
 * e.g. "15 December 2015": the day the publisher named, not shifted into the reader's zone.
 */
export function formatDate(value: string | undefined, locale: string): FormattedWhen | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return undefined;
  const day = utc(Number(m[1]), Number(m[2]), Number(m[3]));
  if (Number.isNaN(day)) return undefined;
  return { text: formatter(locale, { ...DATE, timeZone: 'UTC' }).format(day), datetime: m[0] };
}

/** An event's date alone ("19 January 2027"), as the day falls in the event's zone. */
export function formatEventDate(e: LecternEvent, locale: string): FormattedWhen | undefined {
  const span = eventSpan(e);
  if (!span) return undefined;
  if (span.start.allDay) return formatDate(e.start, locale);
  const zone = eventZone(e);
  return { text: formatter(locale, { ...DATE, timeZone: zone }).format(span.start.instant), datetime: isoWithOffset(span.start.instant, zone) };
}

/**
 * The zone an event's times are shown in: its `time_zone`; for instants without one, the offset they
 * were written with (`+01:00`), or UTC for `Z`.
 */
export function eventZone(e: LecternEvent): string {
  return e.time_zone ?? zoneOfValue(e.start);
}

/** `2016-01-19T18:00:00+00:00`: an instant written with the zone's offset at that instant. */
export function isoWithOffset(instant: number, zone: string): string {
  let offset = zoneOffset(zone, instant);
  if (Number.isNaN(offset)) offset = 0;
  const local = new Date(instant + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / 60_000;
  return `${local}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The reader's time zone as the browser reports it. */
export function readerTimeZone(): string | undefined {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function formatAllDay(e: LecternEvent, span: EventSpan, locale: string): FormattedWhen {
  const first = dayValue(e.start!);
  const lastDay = span.hasEnd && e.end && e.end.length === 10 ? dayValue(e.end) : first;
  const text =
    lastDay > first
      ? formatter(locale, { ...DATE, timeZone: 'UTC' }).formatRange(first, lastDay)
      : formatter(locale, { weekday: 'long', ...DATE, timeZone: 'UTC' }).format(first);
  return { text, datetime: e.start!.slice(0, 10) };
}

function readerLine(span: EventSpan, zone: string, locale: string, readerZone: string | undefined, template: string): string | undefined {
  if (!readerZone) return undefined;
  const start = span.start.instant;
  const readerOffset = zoneOffset(readerZone, start);
  if (Number.isNaN(readerOffset) || readerOffset === zoneOffset(zone, start)) return undefined;
  const end = span.hasEnd ? span.end : undefined;
  // Name the date when the reader's day is not the event's, or the event ends on another of the reader's
  // days (at midnight too: a time-only range across dates would fall back to numeric dates).
  const withDate = day(start, readerZone) !== day(start, zone) || (end !== undefined && day(end, readerZone) !== day(start, readerZone));
  const options: Intl.DateTimeFormatOptions = withDate
    ? { weekday: 'short', day: 'numeric', month: 'long', ...TIME, timeZone: readerZone }
    : { ...TIME, timeZone: readerZone };
  const f = formatter(locale, options);
  const time = end !== undefined ? f.formatRange(start, end) : f.format(start);
  const zoneName =
    formatter(locale, { timeZone: readerZone, timeZoneName: 'short' })
      .formatToParts(start)
      .find((p) => p.type === 'timeZoneName')?.value ?? readerZone;
  return template.replace('{time}', time).replace('{zone}', zoneName);
}

/** Calendar day of an instant in a zone, as `y-m-d`. */
function day(instant: number, zone: string): string {
  return formatter('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: zone }).format(instant);
}

/** Midnight UTC of a `YYYY-MM-DD…` value: all-day dates are formatted in UTC so no zone can shift them. */
function dayValue(value: string): number {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return utc(y, m, d);
}

function zoneOfValue(value: string | undefined): string {
  const m = value ? /([+-]\d\d:\d\d)$/.exec(value) : null;
  return m && m[1] !== '+00:00' && m[1] !== '-00:00' ? m[1]! : 'UTC';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached formatter. An unknown locale falls back to English and an unknown zone to UTC (older
 * engines reject offset zones such as `+05:30`), so formatting never throws.
 */
export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      try {
        f = new Intl.DateTimeFormat('en', options);
      } catch {
        f = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
      }
    }
    formatters.set(key, f);
  }
  return f;
}
