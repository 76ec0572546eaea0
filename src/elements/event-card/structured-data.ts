/**
 * schema.org `Event` JSON-LD for search engines (Google's Event rich result: research.md,
 * "Standards"), added only on pages that ask for it with `structured-data`.
 */
import type { Feed, FeedItem, LecternEvent } from '../../feed/schema.js';
import { eventSpan } from '../../time/event-time.js';
import { eventZone, isoWithOffset } from '../../time/format.js';
import { clean, httpUrl, jsonLdScript, type Json } from '../json-ld.js';

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
export function eventJsonLd(item: FeedItem, _feed?: Feed): Json | undefined {
  const e = item._event;
  const span = e && eventSpan(e);
  if (!e || !span || !item.title) return undefined;
  const zone = eventZone(e);
  const date = (value: string | undefined, instant: number, allDay: boolean) =>
    allDay && value ? value.slice(0, 10) : isoWithOffset(instant, zone);
  const abs = httpUrl;
  const online = e.status === 'moved-online' ? 'online' : e.attendance;
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
  const previous = e.status === 'rescheduled' && e.previous_start ? eventSpan({ ...e, start: e.previous_start, end: undefined }) : undefined;
  return clean({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: item.title,
    description: item.summary ?? item.content_text,
    startDate: date(e.start, span.start.instant, span.start.allDay),
    endDate: span.hasEnd ? (span.start.allDay ? e.end?.slice(0, 10) : isoWithOffset(span.end, zone)) : undefined,
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

/** A JSON-LD script with the item's Event, or undefined. */
export function structuredDataScript(item: FeedItem, feed?: Feed): HTMLScriptElement | undefined {
  const data = eventJsonLd(item, feed);
  return data && jsonLdScript(data);
}
