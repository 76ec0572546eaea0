/**
 * schema.org JSON-LD for search engines, added to the page's light DOM only on elements with
 * `structured-data`: an `Event` for the event card (Google's Event rich result,
 * "Standards"), a `Book` for the publication card. `alternativeHeadline` and `position` are
 * CreativeWork properties, so valid on a Book; `position` is the book's place in the `isPartOf`
 * BookSeries.
 *
 * What the card shows and what the JSON-LD says agree: no Offer once the event is cancelled,
 * postponed or over, or when registration is closed or by invitation; every Place has an address and
 * every VirtualLocation a URL. `structuredDataGaps` names what Google's Event rich result will miss,
 * for `lectern validate`.
 *
 * The embed bundle loads this module only for elements that ask for it, as a chunk that must import
 * nothing (a chunk importing `lectern.js` would load a second copy whenever the script URL carries a
 * query string). What it shares with the rest of Lectern comes in as `JsonLdDeps` (deps.ts).
 */
import type { FeedItem, LecternEvent } from '../feed/schema.js';
import type { JsonLdDeps } from './deps.js';

type Registration = NonNullable<LecternEvent['registration']>;

/** What the builder needs to know besides the item. */
export interface JsonLdOptions {
  /** The element's clock, in ms since the epoch (default: the real one): an event that has ended offers no registration. */
  now?: number;
  /** What relative URLs in the feed resolve against (default: the page, `document.baseURI`). */
  base?: string;
}

/** The JSON-LD script for an item shown by the event card (`event`) or the publication card (`book`), or undefined. */
export function jsonLdFor(kind: 'event' | 'book', item: FeedItem, d: JsonLdDeps, options: JsonLdOptions = {}): HTMLScriptElement | undefined {
  const data = jsonLdData(kind, item, d, options);
  return data && jsonLdScript(data, d);
}

/**
 * The schema.org object for an item, or undefined when it would not be a valid one (an Event needs a
 * name and a start date, a Book a name). Touches no DOM when `options.base` is given.
 */
export function jsonLdData(kind: 'event' | 'book', item: FeedItem, d: JsonLdDeps, options: JsonLdOptions = {}): Json | undefined {
  const o = { now: options.now ?? Date.now(), base: options.base ?? document.baseURI };
  if (kind === 'book') return bookJsonLd(item, d, o);
  const data = eventJsonLd(item, d, o);
  return data?.['name'] && data['startDate'] ? data : undefined;
}

/** A property of Google's Event rich result that an item's JSON-LD will lack, and the feed field that gives it. */
export interface StructuredDataGap {
  /** Where in the item to add it, e.g. `_event.start`. */
  path: string;
  /** The schema.org property, e.g. `startDate`. */
  field: string;
  /** Required by Google (without it there is no rich result), else recommended. */
  required: boolean;
}

/**
 * What the JSON-LD of an item with `_event` will lack, by Google's Event requirements
 * (https://developers.google.com/search/docs/appearance/structured-data/event): read off the object
 * the builder makes, so the rule and the output cannot drift apart. `base` stands for the page:
 * relative URLs count, as they resolve there.
 */
export function structuredDataGaps(item: FeedItem, d: JsonLdDeps, base = 'https://page.invalid/'): StructuredDataGap[] {
  const e = item._event;
  const data = e && eventJsonLd(item, d, { now: 0, base });
  if (!e || !data) return [];
  const mode = d.attendanceOf(e);
  const has = (type: string) => [data['location']].flat().some((l) => (l as Json | undefined)?.['@type'] === type);
  const checks: [path: string, field: string, required: boolean, missing: boolean][] = [
    ['title', 'name', true, !data['name']],
    ['_event.start', 'startDate', true, !data['startDate']],
    ['_event.location', 'location', true, mode !== 'online' && !has('Place')],
    ['_event.online.url', 'location', true, mode !== 'in-person' && !has('VirtualLocation')],
    ['summary', 'description', false, !data['description']],
    ['image', 'image', false, !data['image']],
    ['_event.end', 'endDate', false, !!data['startDate'] && !data['endDate']],
  ];
  return checks.filter((c) => c[3]).map(([path, field, required]) => ({ path, field, required }));
}

const S = 'https://schema.org/';

const STATUS: Record<LecternEvent['status'], string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
};

const MODE: Record<LecternEvent['attendance'], string> = {
  'in-person': 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
};

/**
 * The Offer's availability, in the values Google documents for events (InStock, SoldOut, PreOrder):
 * a waitlist means the places are gone. Closed and by-invitation registration offer nothing.
 */
const AVAILABILITY: Partial<Record<Registration['availability'], string>> = { open: 'InStock', waitlist: 'SoldOut', full: 'SoldOut' };

interface Context {
  now: number;
  base: string;
}

/** Trimmed text, or undefined when blank. */
const text = (s: string | undefined) => s?.trim() || undefined;

/**
 * The schema.org Event for an item with `_event`; `name` and `startDate` are absent when the item has
 * no title or no date (jsonLdData then emits nothing, structuredDataGaps names them).
 */
function eventJsonLd(item: FeedItem, d: JsonLdDeps, { now, base }: Context): Json | undefined {
  const e = item._event;
  if (!e) return undefined;
  const span = d.eventSpan(e);
  const zone = d.eventZone(e);
  const date = (value: string | undefined, instant: number, allDay: boolean) =>
    allDay && value ? value.slice(0, 10) : d.isoWithOffset(instant, zone);
  const abs = (url: string | undefined) => d.httpUrl(url, base);
  const page = abs(item.url ?? item.external_url);
  const online = d.attendanceOf(e);
  const [venue, street] = [text(e.location?.name), text(e.location?.address)];
  // Google needs an address on a Place: the venue's name stands in when that is all the feed gives.
  const place =
    online !== 'online' && (venue || street)
      ? clean({
          '@type': 'Place',
          name: venue,
          address: street ? { '@type': 'PostalAddress', streetAddress: street } : venue,
          url: abs(e.location?.url),
        })
      : undefined;
  // An online event without a stream link is still online: the event's own page is where to find it.
  const stream = abs(e.online?.url) ?? page;
  const virtual = online !== 'in-person' && stream ? { '@type': 'VirtualLocation', url: stream } : undefined;
  const locations = [place, virtual].filter(Boolean);
  // As the card: no registration once the event is halted or over (`ended` as model/status.ts reads it).
  const r = e.registration;
  const over = e.status === 'cancelled' || e.status === 'postponed' || (span !== undefined && now >= span.end);
  const availability = r && !over ? AVAILABILITY[r.availability] : undefined;
  const previous = e.status === 'rescheduled' && e.previous_start ? d.eventSpan({ start: e.previous_start, time_zone: e.time_zone }) : undefined;
  return clean({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: item.title,
    description: d.plainDescription(item),
    startDate: span ? date(e.start, span.start.instant, span.start.allDay) : undefined,
    endDate: span?.hasEnd ? (span.start.allDay ? e.end?.slice(0, 10) : d.isoWithOffset(span.end, zone)) : undefined,
    previousStartDate: previous ? date(e.previous_start, previous.start.instant, previous.start.allDay) : undefined,
    eventStatus: S + STATUS[e.status],
    eventAttendanceMode: S + MODE[online],
    location: locations.length > 1 ? locations : locations[0],
    image: abs(item.image ?? item.banner_image) ? [abs(item.image ?? item.banner_image)] : undefined,
    url: page,
    performer: e.speakers?.length
      ? e.speakers.map((p) =>
          clean({
            '@type': 'Person',
            name: p.name,
            jobTitle: p.job_title,
            affiliation: p.affiliation ? { '@type': 'Organization', name: p.affiliation } : undefined,
            url: abs(p.url),
          }),
        )
      : undefined,
    organizer: item.authors?.[0]?.name ? clean({ '@type': 'Organization', name: item.authors[0].name, url: abs(item.authors[0].url) }) : undefined,
    offers: r && availability ? clean({ '@type': 'Offer', url: abs(r.url), availability: S + availability }) : undefined,
  });
}

/** The schema.org Book for an item with `_book` and a title, else undefined. */
function bookJsonLd(item: FeedItem, d: JsonLdDeps, { base }: Context): Json | undefined {
  const abs = (url: string | undefined) => d.httpUrl(url, base);
  const b = item._book;
  if (!b || !item.title) return undefined;
  return clean({
    '@context': 'https://schema.org',
    '@type': 'Book',
    name: item.title,
    alternativeHeadline: b.subtitle,
    author: d.bookAuthors(item).map((a) => clean({ '@type': 'Person', name: a.name, url: abs(a.url) })),
    publisher: b.publisher ? { '@type': 'Organization', name: b.publisher } : undefined,
    isbn: b.isbn,
    datePublished: d.formatDate(b.date_published ?? item.date_published, 'en')?.datetime,
    description: item.summary,
    image: abs(b.cover),
    url: abs(item.url ?? item.external_url),
    isPartOf: b.series ? { '@type': 'BookSeries', name: b.series } : undefined,
    position: b.series ? b.series_number : undefined,
    offers: (b.offers ?? [])
      .map((o) => abs(o.url))
      .filter(Boolean)
      .map((url) => ({ '@type': 'Offer', url })),
  });
}

type Json = Record<string, unknown>;

/** Drops empty values, so the JSON-LD never carries `undefined`, `""` or `[]`. */
function clean(o: Json): Json {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete o[k];
  }
  return o;
}

/**
 * A `<script type="application/ld+json">` holding `data`. `<` is escaped so that no text in the feed
 * can close the script element; under Trusted Types the text goes through the documented
 * `lectern-jsonld` policy (script text is a sink even for JSON). Undefined when that policy is refused.
 */
function jsonLdScript(data: Json, d: JsonLdDeps): HTMLScriptElement | undefined {
  const json = toJson(data).replace(/</g, '\\u003c');
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset['lectern'] = '';
  // Under Trusted Types, our policy accepts exactly this JSON (trusted-types.ts); refused, nothing is written.
  const text = d.trusted('lectern-jsonld', 'createScript', json);
  if (text === undefined) {
    console.warn('[lectern] structured-data needs the Trusted Types policy name "lectern-jsonld" in this page\'s CSP; it is left out.');
    return undefined;
  }
  (script as { text: unknown }).text = text;
  return script;
}

/**
 * JSON text for plain data, written by hand: `JSON.stringify` calls `toJSON` methods, and pages that
 * still load Prototype.js give every array one that returns a string.
 */
function toJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value).map((k) => `${JSON.stringify(k)}:${toJson((value as Json)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
