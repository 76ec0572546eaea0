/**
 * schema.org JSON-LD for search engines, added to the page's light DOM only on elements with
 * `structured-data`: an `Event` for the event card (Google's Event rich result,
 * "Standards"), a `Book` for the publication card. `alternativeHeadline` and `position` are
 * CreativeWork properties, so valid on a Book; `position` is the book's place in the `isPartOf`
 * BookSeries.
 *
 * The embed bundle loads this module only for elements that ask for it, as a chunk that must import
 * nothing (a chunk importing `lectern.js` would load a second copy whenever the script URL carries a
 * query string). What it shares with the rest of Lectern comes in as `JsonLdDeps` (deps.ts).
 */
import type { FeedItem, LecternEvent } from '../feed/schema.js';
import type { JsonLdDeps } from './deps.js';

/** The JSON-LD script for an item shown by the event card (`event`) or the publication card (`book`), or undefined. */
export function jsonLdFor(kind: 'event' | 'book', item: FeedItem, d: JsonLdDeps): HTMLScriptElement | undefined {
  const data = kind === 'event' ? eventJsonLd(item, d) : bookJsonLd(item, d);
  return data && jsonLdScript(data, d);
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

const AVAILABILITY: Record<string, string> = { open: 'InStock', waitlist: 'LimitedAvailability', full: 'SoldOut', closed: 'Discontinued' };

/** The schema.org Event for an item, or undefined when it is not a dated event. */
function eventJsonLd(item: FeedItem, d: JsonLdDeps): Json | undefined {
  const e = item._event;
  const span = e && d.eventSpan(e);
  if (!e || !span || !item.title) return undefined;
  const zone = d.eventZone(e);
  const date = (value: string | undefined, instant: number, allDay: boolean) =>
    allDay && value ? value.slice(0, 10) : d.isoWithOffset(instant, zone);
  const abs = (url: string | undefined) => d.httpUrl(url, pageUrl());
  const online = d.attendanceOf(e);
  const place =
    e.location && online !== 'online'
      ? clean({
          '@type': 'Place',
          name: e.location.name,
          address: e.location.address ? { '@type': 'PostalAddress', streetAddress: e.location.address } : undefined,
          url: abs(e.location.url),
        })
      : undefined;
  const virtual = online !== 'in-person' && abs(e.online?.url) ? { '@type': 'VirtualLocation', url: abs(e.online?.url) } : undefined;
  const locations = [place, virtual].filter(Boolean);
  const registration = abs(e.registration?.url);
  const availability = e.registration?.availability && AVAILABILITY[e.registration.availability];
  const previous = e.status === 'rescheduled' && e.previous_start ? d.eventSpan({ start: e.previous_start, time_zone: e.time_zone }) : undefined;
  return clean({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: item.title,
    description: d.plainDescription(item),
    startDate: date(e.start, span.start.instant, span.start.allDay),
    endDate: span.hasEnd ? (span.start.allDay ? e.end?.slice(0, 10) : d.isoWithOffset(span.end, zone)) : undefined,
    previousStartDate: previous ? date(e.previous_start, previous.start.instant, previous.start.allDay) : undefined,
    eventStatus: S + STATUS[e.status],
    eventAttendanceMode: S + MODE[online],
    location: locations.length > 1 ? locations : locations[0],
    image: abs(item.image ?? item.banner_image) ? [abs(item.image ?? item.banner_image)] : undefined,
    url: abs(item.url ?? item.external_url),
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
    offers:
      registration || availability
        ? clean({ '@type': 'Offer', url: registration, availability: availability ? S + availability : undefined })
        : undefined,
  });
}

/** The schema.org Book for an item with `_book` and a title, else undefined. */
function bookJsonLd(item: FeedItem, d: JsonLdDeps): Json | undefined {
  const abs = (url: string | undefined) => d.httpUrl(url, pageUrl());
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

/** What relative feed URLs resolve against: the page the JSON-LD describes. */
function pageUrl(): string {
  return document.baseURI;
}

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
