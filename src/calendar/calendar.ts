/**
 * "Add to calendar": an iCalendar file (RFC 5545) and links for Google Calendar, Outlook.com and
 * Microsoft 365, built from one feed item.
 *
 * Times go out as UTC instants (`…Z`), so the file needs no VTIMEZONE (older Outlook breaks on a TZID
 * without one) and nothing depends on the zone of the machine the browser runs on.
 * All-day events go out as dates with an exclusive end: the feed's `end` names the last day, RFC 5545's
 * DTEND (and Google's and Outlook's end dates) the day after it.
 *
 * Updates (RFC 5546): every file carries a SEQUENCE that rises when the publisher changes the event (from
 * `_event.sequence`, else `date_modified`), and a cancellation is `METHOD:CANCEL` with the same UID and
 * a higher SEQUENCE, so calendars that hold the event take it out. UIDs are global: an id that is not
 * a URL or an address is qualified with the feed's host (`42@thinktank.example`).
 * An event without an end gets no invented one: the file has no DTEND and the links end when they start,
 * as the card shows no end.
 *
 * Plain TypeScript: no DOM, so it runs in Node too.
 *
 * The embed bundle loads this module only when a reader first opens a calendar menu, as a chunk that
 * must import nothing (a chunk importing `lectern.js` would load a second copy of Lectern whenever a
 * page adds a query string to the script URL). So the few functions it shares with the rest of Lectern
 * come in as `CalendarDeps` (`calendarDeps` in deps.ts); only types are imported here.
 */
import type { FeedItem } from '../feed/schema.js';
import type { CalendarDeps } from './deps.js';

export interface CalendarLinks {
  /** The iCalendar text (the element turns it into a Blob URL). */
  ics: string;
  /** A safe ASCII file name for the download, e.g. `target-markets-north-korea-s-military.ics`. */
  filename: string;
  google: string;
  outlookCom: string;
  microsoft365: string;
}

const PRODID = '-//Lectern//Lectern Event Widgets//EN';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** What the file and the links say about one event. */
interface CalendarEvent {
  uid: string;
  sequence: number;
  cancelled: boolean;
  hasEnd: boolean;
  title: string;
  description: string;
  location: string;
  url: string | undefined;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  zone: string | undefined;
  allDay: boolean;
  /** Timed: instants (ms). */
  start: number;
  end: number;
  /** All-day: `[y, m, d]` of the first day and of the day after the last (exclusive). */
  startDate: Ymd;
  endDate: Ymd;
}

type Ymd = [number, number, number];

export interface CalendarOptions {
  now: number;
  deps: CalendarDeps;
  /** Where the feed came from (its URL, else the page's): ids that are not global are qualified with its host. */
  source?: string;
}

/** Undefined when the item is not an event or has no (readable) start. */
export function calendarLinks(item: FeedItem, options: CalendarOptions): CalendarLinks | undefined {
  const e = describe(item, options);
  if (!e) return undefined;
  return {
    ics: ics(e, options.now),
    filename: `${slug(e.title)}.ics`,
    google: googleLink(e),
    outlookCom: outlookLink('https://outlook.live.com/calendar/0/action/compose', e),
    microsoft365: outlookLink('https://outlook.office.com/calendar/0/action/compose', e),
  };
}

/** The iCalendar text for one event; undefined when the item is not an event or has no (readable) start. */
export function buildIcs(item: FeedItem, options: CalendarOptions): string | undefined {
  const e = describe(item, options);
  return e && ics(e, options.now);
}

// ---------------------------------------------------------------------------------------------------
// RFC 5545 text

/**
 * Folds one content line (RFC 5545 3.1): physical lines of at most 75 octets of UTF-8, continued with
 * CRLF and one space. Splits only between code points, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    // A lone surrogate is written as U+FFFD (3 octets) by TextEncoder.
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + n > 75) {
      out.push(current);
      current = ' ';
      bytes = 1;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash first, then `;`, `,` and line breaks (`\r\n`, `\n`,
 * `\r` all become the two characters `\n`). Other control characters, which TEXT may not hold, are
 * dropped, and a lone surrogate becomes U+FFFD.
 */
export function escapeText(value: string): string {
  return cleanText(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Line breaks normalised to `\n`, C0 controls (but tab and newline) and DEL dropped, lone surrogates replaced. */
function cleanText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

function ics(e: CalendarEvent, now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${e.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(validInstant(now) ? now : Date.now())}`,
  ];
  if (e.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(e.startDate)}`);
    if (e.hasEnd) lines.push(`DTEND;VALUE=DATE:${compactDate(e.endDate)}`);
  } else {
    lines.push(`DTSTART:${utcStamp(e.start)}`);
    if (e.hasEnd) lines.push(`DTEND:${utcStamp(e.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  // A URI value is not TEXT-escaped; a parsed URL's href holds no control characters or spaces.
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push(`STATUS:${e.status}`, 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------------
// Links

function googleLink(e: CalendarEvent): string {
  const dates = e.allDay ? `${compactDate(e.startDate)}/${compactDate(e.endDate)}` : `${utcStamp(e.start)}/${utcStamp(e.end)}`;
  const q = new URLSearchParams({ action: 'TEMPLATE', text: e.title, dates });
  if (e.description) q.set('details', e.description);
  if (e.location) q.set('location', e.location);
  if (e.zone) q.set('ctz', e.zone);
  return `https://calendar.google.com/calendar/render?${query(q)}`;
}

/** Outlook.com and Microsoft 365 take the same parameters on different hosts. */
function outlookLink(base: string, e: CalendarEvent): string {
  const q = new URLSearchParams({ rru: 'addevent', subject: e.title });
  if (e.allDay) {
    q.set('startdt', isoDate(e.startDate));
    q.set('enddt', isoDate(e.endDate));
  } else {
    q.set('startdt', isoInstant(e.start));
    q.set('enddt', isoInstant(e.end));
  }
  if (e.description) q.set('body', e.description);
  if (e.location) q.set('location', e.location);
  q.set('allday', String(e.allDay));
  return `${base}?${query(q)}`;
}

/**
 * URLSearchParams writes a space as `+`. Every `+` left after serialising is a space (a literal plus is
 * `%2B`), so `%20` says the same to any form decoder and also to servers that decode with
 * `decodeURIComponent` (Outlook's deep links have shown spaces as `+` before).
 */
function query(q: URLSearchParams): string {
  return q.toString().replace(/\+/g, '%20');
}

// ---------------------------------------------------------------------------------------------------
// Reading the item

function describe(item: FeedItem, { deps: d, source }: CalendarOptions): CalendarEvent | undefined {
  const ev = item._event;
  if (!ev) return undefined;
  const span = d.eventSpan(ev);
  if (!span) return undefined;
  const zone = ev.time_zone;

  let startDate: Ymd = [0, 0, 0];
  let endDate: Ymd = [0, 0, 0];
  const allDay = span.start.allDay;
  if (allDay) {
    startDate = ymd(ev.start!);
    endDate = addDays(startDate, 1);
    if (span.hasEnd && ev.end !== undefined) {
      if (DATE_ONLY.test(ev.end)) {
        endDate = addDays(ymd(ev.end), 1);
      } else {
        // A timed end on an all-day event: the day it falls on in the zone, and the next if it is not midnight.
        endDate = wallDate(zone ?? 'UTC', span.end, d);
        const midnight = d.resolveWallTime(zone ?? 'UTC', ...endDate);
        if (midnight && midnight.instant < span.end) endDate = addDays(endDate, 1);
      }
      if (compactDate(endDate) <= compactDate(startDate)) endDate = addDays(startDate, 1);
    }
    if (!validYmd(startDate) || !validYmd(endDate)) return undefined;
  } else if (!validInstant(span.start.instant) || !validInstant(span.end)) {
    return undefined;
  }

  const title = nonBlank(item.title) ?? 'Event';
  // No base: a relative URL means nothing in a file that leaves the page.
  const url = d.httpUrl(item.url);
  const text = nonBlank(d.plainDescription(item));
  const description = [text, url].filter(Boolean).join('\n\n');
  const location = (d.isOnlineOnly(ev) ? d.httpUrl(ev.online?.url) : undefined) ?? nonBlank(d.venueLine(ev)) ?? '';

  return {
    uid: uid(item.id, source),
    sequence: sequence(item),
    cancelled: ev.status === 'cancelled',
    hasEnd: span.hasEnd,
    title,
    description,
    location,
    url,
    status: ev.status === 'cancelled' ? 'CANCELLED' : ev.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
    zone,
    allDay,
    start: span.start.instant,
    // Without an end, the links end when they start: no invented length (the file has no DTEND).
    end: span.hasEnd ? span.end : span.start.instant,
    startDate,
    endDate,
  };
}

/** The text cleaned for a calendar, or undefined when nothing but white space is left. */
function nonBlank(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = cleanText(value);
  return clean.trim() === '' ? undefined : clean;
}

/**
 * A globally unique, stable UID. An id that is already global (a URL, or `local@domain`) is kept when it
 * is short printable ASCII needing no escaping; any other id is qualified with the host the feed came
 * from (`42@thinktank.example`), so two publishers' item 42 stay two events. Ids that need escaping or
 * are not ASCII go as a 128-bit FNV-1a hash of their UTF-8, qualified the same way.
 */
function uid(id: string, source: string | undefined): string {
  const s = String(id);
  const plain = /^[\x21-\x7E]{1,200}$/.test(s) && !/[\\;,]/.test(s);
  if (plain && (/^[a-z][a-z0-9+.-]*:/i.test(s) || s.includes('@'))) return s;
  let host = 'lectern.invalid';
  try {
    host = new URL(source ?? '').hostname || host;
  } catch {
    // No usable source: the reserved name above.
  }
  if (plain) return `${s}@${host}`;
  let h = 0x6c62272e07bb014262b821756295c58dn;
  const prime = 0x0000000001000000000000000000013bn;
  for (const byte of new TextEncoder().encode(s)) {
    h = BigInt.asUintN(128, (h ^ BigInt(byte)) * prime);
  }
  return `${h.toString(16).padStart(32, '0')}@${host}`;
}

/** Minutes from 2000-01-01 to a `date_modified`: rises with each edit and fits iCalendar's INTEGER. */
const EPOCH_2000 = Date.UTC(2000, 0, 1);

/**
 * SEQUENCE (RFC 5546): twice the publisher's revision, plus one for a cancellation. The revision is
 * `_event.sequence`, else the minutes since 2000 of `date_modified`, else 0; so it rises with every
 * change the publisher dates, and a cancellation is always above the scheduled file of the same
 * revision even when the publisher did not touch `date_modified`.
 */
function sequence(item: FeedItem): number {
  const given = Number(item._event?.sequence);
  const modified = Date.parse(item.date_modified ?? '');
  const revision = Number.isInteger(given) && given >= 0 ? given : modified > EPOCH_2000 ? Math.floor((modified - EPOCH_2000) / 60_000) : 0;
  return Math.min(revision, 2 ** 29) * 2 + (item._event?.status === 'cancelled' ? 1 : 0);
}

/** ASCII slug of the title for a file name: at most 56 characters, `event` when nothing is left. */
function slug(title: string): string {
  let s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > 56) {
    const cut = s.slice(0, 56);
    const dash = cut.lastIndexOf('-');
    s = (dash >= 24 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
  }
  if (s === '') return 'event';
  // Names Windows reserves whatever the extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/.test(s) ? `${s}-event` : s;
}

// ---------------------------------------------------------------------------------------------------
// Dates

function ymd(date: string): Ymd {
  return date.slice(0, 10).split('-').map(Number) as Ymd;
}

function addDays([y, m, d]: Ymd, days: number): Ymd {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + days); // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** The calendar day an instant falls on in a zone. */
function wallDate(zone: string, instant: number, d: CalendarDeps): Ymd {
  const offset = d.zoneOffset(zone, instant);
  const t = new Date(instant + (Number.isNaN(offset) ? 0 : offset));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

function validYmd([y]: Ymd): boolean {
  return y >= 0 && y <= 9999;
}

/** iCalendar can write years 0000–9999 only. */
function validInstant(ms: number): boolean {
  if (!Number.isFinite(ms)) return false;
  const y = new Date(ms).getUTCFullYear();
  return y >= 0 && y <= 9999;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function compactDate([y, m, d]: Ymd): string {
  return `${pad(y, 4)}${pad(m)}${pad(d)}`;
}

function isoDate([y, m, d]: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `YYYYMMDDTHHMMSSZ` (seconds truncated). */
function utcStamp(ms: number): string {
  const t = new Date(ms);
  return `${compactDate([t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()])}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}Z`;
}

/** `2016-01-19T18:00:00Z`, the form Outlook's `startdt`/`enddt` take. */
function isoInstant(ms: number): string {
  const t = new Date(ms);
  return `${isoDate([t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()])}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}Z`;
}
