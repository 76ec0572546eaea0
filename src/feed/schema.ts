/**
 * The feed format in code: JSON Feed 1.1 with the `_event` and `_book` extensions (feed-format.md).
 *
 * This file is the single source for three things:
 * - the TypeScript types (`Feed`, `FeedItem`, `LecternEvent`, …, inferred below),
 * - runtime validation (`validate.ts` runs these schemas item by item; valibot needs no `eval`),
 * - the published JSON Schema (`npm run schema` converts these schemas to `schema/feed.schema.json`).
 *
 * Unknown fields are ignored (valibot's `object` drops them), so a newer feed renders on an older bundle.
 */
import * as v from 'valibot';
import { absoluteUrl, isAllowedUrlString, safeUrl } from './url.js';
import { isIsoDateTime, isEventTime, isPublicationDate, isTimeZone, isLanguageTag } from './checks.js';

export const JSON_FEED_VERSIONS = [
  'https://jsonfeed.org/version/1.1',
  'https://jsonfeed.org/version/1',
] as const;

// ---------------------------------------------------------------------------------------------------
// Building blocks

const text = (description: string) => v.pipe(v.string(), v.description(description));

/** Base URL that relative feed URLs resolve against while one feed is being validated. */
let resolveBase: string | undefined;
/** @internal Runs `fn` with relative URLs resolving against `base` (the feed's own URL). */
export function withUrlBase<T>(base: string | undefined, fn: () => T): T {
  const previous = resolveBase;
  resolveBase = base;
  try {
    return fn();
  } finally {
    resolveBase = previous;
  }
}

/** A URL that passed the allow-list, resolved against the feed's URL when it is relative. */
const url = (description: string) =>
  v.pipe(
    v.string(),
    v.check(isAllowedUrlString, 'is not an allowed URL (https:, http:, mailto: or a relative URL, without user name or password)'),
    // The check above guarantees both calls return a string.
    v.transform((s: string) => ((resolveBase && absoluteUrl(s, resolveBase)) || safeUrl(s)) as string),
    v.description(description),
  );

const dateTime = (description: string) =>
  v.pipe(v.string(), v.check(isIsoDateTime, 'is not an RFC 3339 date-time (e.g. 2026-01-19T18:00:00Z)'), v.description(description));

const eventTime = (description: string) =>
  v.pipe(
    v.string(),
    v.check(isEventTime, 'is not a date (YYYY-MM-DD), a wall time (YYYY-MM-DDTHH:mm) or an instant (…Z or ±HH:MM)'),
    v.description(description),
  );

const link = (what: string) =>
  v.object({
    url: url(`Address of the ${what}.`),
    label: v.optional(text('Link text; a sensible default is used when absent.')),
  });

// ---------------------------------------------------------------------------------------------------
// JSON Feed 1.1

export const AuthorSchema = v.object({
  name: v.optional(text('Name of the author.')),
  url: v.optional(url('A page about the author.')),
  avatar: v.optional(url('An image of the author.')),
});

export const SpeakerSchema = v.object({
  name: v.pipe(v.string(), v.nonEmpty('is empty: every speaker needs a name'), v.description('Full name.')),
  role: v.optional(text('Free text such as "Author", "Chair", "Speaker", "Discussant".')),
  job_title: v.optional(text('Job title, e.g. "Deputy Director, Proliferation and Nuclear Policy".')),
  affiliation: v.optional(text('Organisation, e.g. "RUSI".')),
  bio: v.optional(text('Biography as plain text (paragraphs separated by blank lines).')),
  bio_html: v.optional(text('Biography as HTML; sanitised to a small allow-list before display.')),
  avatar: v.optional(url('Portrait image.')),
  avatar_alt: v.optional(text('Text alternative for the portrait.')),
  url: v.optional(url('A page about the speaker.')),
});

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export const AVAILABILITIES = ['open', 'waitlist', 'full', 'closed', 'invitation'] as const;

export const EventSchema = v.pipe(
  v.object({
    kind: v.optional(text('Label above the title, e.g. "Whitehall Paper Launch".')),
    start: v.optional(
      eventTime('YYYY-MM-DD (all day), YYYY-MM-DDTHH:mm[:ss] (wall time in time_zone), or an instant with Z or ±HH:MM. Absent: date to be announced.'),
    ),
    end: v.optional(eventTime('As start; for all-day events the last day, inclusive.')),
    time_zone: v.optional(
      v.pipe(
        v.string(),
        v.check(isTimeZone, 'is not an IANA time zone such as "Europe/London" (abbreviations like BST or EST are ambiguous)'),
        v.description('IANA zone, e.g. "Europe/London". Required when start or end are wall times.'),
      ),
    ),
    status: v.optional(v.picklist(EVENT_STATUSES), 'scheduled'),
    previous_start: v.optional(eventTime('The start before a reschedule, shown struck through.')),
    attendance: v.optional(v.picklist(ATTENDANCE_MODES), 'in-person'),
    location: v.optional(
      v.object({
        name: v.optional(text('Venue name.')),
        address: v.optional(text('Postal address.')),
        url: v.optional(url('A map or a page about the venue.')),
      }),
    ),
    online: v.optional(link('stream or meeting')),
    registration: v.optional(
      v.object({
        url: v.optional(url('Where to register.')),
        label: v.optional(text('Button text.')),
        availability: v.optional(v.picklist(AVAILABILITIES), 'open'),
      }),
    ),
    recording: v.optional(link('recording (shown once the event has ended)')),
    speakers: v.optional(v.array(SpeakerSchema)),
    featured: v.optional(v.array(v.string())),
    related: v.optional(v.array(v.string())),
  }),
  v.check(
    (e) => !(isWallTime(e.start) || isWallTime(e.end) || isWallTime(e.previous_start)) || e.time_zone !== undefined,
    'has wall times (no Z or offset) but no time_zone to read them in',
  ),
  v.check((e) => e.end === undefined || e.start !== undefined, 'has an end but no start'),
  v.description('An event: when, where, who, and how to attend.'),
);

export const BookSchema = v.pipe(
  v.object({
    subtitle: v.optional(text('Subtitle.')),
    series: v.optional(text('Series, e.g. "Whitehall Papers".')),
    series_number: v.optional(v.union([v.string(), v.number()])),
    publisher: v.optional(text('Publisher, e.g. "Routledge".')),
    isbn: v.optional(text('ISBN-10 or ISBN-13.')),
    date_published: v.optional(
      v.pipe(v.string(), v.check(isPublicationDate, 'is not a date (YYYY-MM-DD) or a date-time'), v.description('Publication date.')),
    ),
    authors: v.optional(v.array(v.object({ name: text('Author name.'), url: v.optional(url('A page about the author.')) }))),
    cover: v.optional(url('Cover image.')),
    cover_alt: v.optional(text('Text alternative for the cover.')),
    offers: v.optional(v.array(link('offer, e.g. a bookshop page'))),
    excerpt: v.optional(link('free excerpt, e.g. the introduction')),
    access: v.optional(text('Free text, e.g. "Available to Whitehall Papers subscribers".')),
  }),
  v.description('A publication: a book, a paper, a report.'),
);

export const ItemSchema = v.object({
  id: v.pipe(
    v.union([v.string(), v.number()]),
    v.transform((id) => String(id)),
    v.check((id: string) => id.trim() !== '', 'is empty: every item needs an id'),
    v.description('Unique in the feed. JSON Feed asks for a string; numbers are read as strings.'),
  ),
  url: v.optional(url('The item’s own page.')),
  external_url: v.optional(url('A page elsewhere that the item is about.')),
  title: v.optional(text('Title.')),
  summary: v.optional(text('A short plain-text summary.')),
  content_text: v.optional(text('The full text; paragraphs separated by blank lines.')),
  content_html: v.optional(text('The full text as HTML; sanitised to a small allow-list before display.')),
  image: v.optional(url('Main image.')),
  banner_image: v.optional(url('Wide image for banners.')),
  date_published: v.optional(dateTime('When the item was published (RFC 3339).')),
  date_modified: v.optional(dateTime('When the item last changed (RFC 3339).')),
  authors: v.optional(v.array(AuthorSchema)),
  author: v.optional(AuthorSchema),
  tags: v.optional(v.array(v.string())),
  language: v.optional(v.pipe(v.string(), v.check(isLanguageTag, 'is not a BCP 47 language tag such as "en-GB"'))),
  _event: v.optional(EventSchema),
  _book: v.optional(BookSchema),
});

/** The feed without its items: items are validated one at a time so one bad item cannot sink the rest. */
export const FeedShellSchema = v.object({
  version: v.pipe(v.string(), v.description('https://jsonfeed.org/version/1.1 (…/version/1 is accepted too).')),
  title: text('Feed title.'),
  home_page_url: v.optional(url('The site the feed belongs to.')),
  feed_url: v.optional(url('Where the feed lives.')),
  description: v.optional(text('What the feed is about.')),
  icon: v.optional(url('A square image, 512 × 512.')),
  favicon: v.optional(url('A small square image, 64 × 64.')),
  language: v.optional(
    v.pipe(v.string(), v.check(isLanguageTag, 'is not a BCP 47 language tag such as "en-GB"'), v.description('BCP 47 tag; the fallback locale for dates.')),
  ),
  items: v.array(v.unknown()),
});

/** The whole document, for the published JSON Schema. */
export const FeedSchema = v.object({
  ...FeedShellSchema.entries,
  version: v.picklist(JSON_FEED_VERSIONS),
  items: v.array(ItemSchema),
});

export type Author = v.InferOutput<typeof AuthorSchema>;
export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type LecternEvent = v.InferOutput<typeof EventSchema>;
export type Book = v.InferOutput<typeof BookSchema>;
export type FeedItem = v.InferOutput<typeof ItemSchema>;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
export type Availability = (typeof AVAILABILITIES)[number];
export type Feed = Omit<v.InferOutput<typeof FeedShellSchema>, 'items'> & { items: FeedItem[] };

function isWallTime(s: string | undefined): boolean {
  return s !== undefined && s.includes('T') && !/(Z|[+-]\d\d:\d\d)$/i.test(s);
}
