/**
 * The feed format in code: JSON Feed 1.1 with the `_event` and `_book` extensions (feed-format.md).
 *
 * This file is the single source for three things:
 * - the TypeScript types (`Feed`, `FeedItem`, `LecternEvent`, …, inferred below),
 * - runtime validation (`validate.ts` runs these schemas item by item; valibot needs no `eval`),
 * - the published JSON Schema (`npm run schema` converts these schemas to `schema/feed.schema.json`,
 *   with each field's meaning from `schema-docs.ts`, which stays out of the browser bundle).
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

/**
 * `v.object` over entries without a prototype. valibot walks entries with `for…in`, so on a host page
 * that adds enumerable keys to `Object.prototype` (old libraries do) every object would suddenly
 * "require" them and every feed would fail. A null-prototype entries object has nothing to inherit.
 * (valibot's `object` also accepts a list where an object belongs; validate.ts reports those.)
 */
function obj<const E extends v.ObjectEntries>(entries: E): v.ObjectSchema<E, undefined> {
  return v.object(Object.assign(Object.create(null) as E, entries));
}

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
const url = () =>
  v.pipe(
    v.string(),
    v.check(isAllowedUrlString, 'is not an allowed URL (https:, http:, mailto: or a relative URL, without user name or password)'),
    // The check above guarantees both calls return a string.
    v.transform((s: string) => ((resolveBase && absoluteUrl(s, resolveBase)) || safeUrl(s)) as string),
  );

const dateTime = () => v.pipe(v.string(), v.check(isIsoDateTime, 'is not an RFC 3339 date-time (e.g. 2026-01-19T18:00:00Z)'));

const eventTime = () =>
  v.pipe(v.string(), v.check(isEventTime, 'is not a date (YYYY-MM-DD), a wall time (YYYY-MM-DDTHH:mm) or an instant (…Z or ±HH:MM)'));

const link = () => obj({ url: url(), label: v.optional(v.string()) });

// ---------------------------------------------------------------------------------------------------
// JSON Feed 1.1

export const AuthorSchema = obj({
  name: v.optional(v.string()),
  url: v.optional(url()),
  avatar: v.optional(url()),
});

export const SpeakerSchema = obj({
  name: v.pipe(v.string(), v.nonEmpty('is empty: every speaker needs a name')),
  role: v.optional(v.string()),
  job_title: v.optional(v.string()),
  affiliation: v.optional(v.string()),
  bio: v.optional(v.string()),
  bio_html: v.optional(v.string()),
  avatar: v.optional(url()),
  avatar_alt: v.optional(v.string()),
  url: v.optional(url()),
});

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export const AVAILABILITIES = ['open', 'waitlist', 'full', 'closed', 'invitation'] as const;

export const EventSchema = v.pipe(
  obj({
    kind: v.optional(v.string()),
    start: v.optional(eventTime()),
    end: v.optional(eventTime()),
    time_zone: v.optional(
      v.pipe(
        v.string(),
        v.check(isTimeZone, 'is not an IANA time zone such as "Europe/London" (abbreviations like BST or EST are ambiguous)'),
      ),
    ),
    status: v.optional(v.picklist(EVENT_STATUSES), 'scheduled'),
    previous_start: v.optional(eventTime()),
    attendance: v.optional(v.picklist(ATTENDANCE_MODES), 'in-person'),
    location: v.optional(
      obj({
        name: v.optional(v.string()),
        address: v.optional(v.string()),
        url: v.optional(url()),
      }),
    ),
    online: v.optional(link()),
    registration: v.optional(
      obj({
        url: v.optional(url()),
        label: v.optional(v.string()),
        availability: v.optional(v.picklist(AVAILABILITIES), 'open'),
      }),
    ),
    recording: v.optional(link()),
    speakers: v.optional(v.array(SpeakerSchema)),
    featured: v.optional(v.array(v.string())),
    related: v.optional(v.array(v.string())),
  }),
  v.check(
    (e) => !(isWallTime(e.start) || isWallTime(e.end) || isWallTime(e.previous_start)) || e.time_zone !== undefined,
    'has wall times (no Z or offset) but no time_zone to read them in',
  ),
  v.check((e) => e.end === undefined || e.start !== undefined, 'has an end but no start'),
);

export const BookSchema = obj({
  subtitle: v.optional(v.string()),
  series: v.optional(v.string()),
  series_number: v.optional(v.union([v.string(), v.number()])),
  publisher: v.optional(v.string()),
  isbn: v.optional(v.string()),
  date_published: v.optional(v.pipe(v.string(), v.check(isPublicationDate, 'is not a date (YYYY-MM-DD) or a date-time'))),
  authors: v.optional(v.array(obj({ name: v.string(), url: v.optional(url()) }))),
  cover: v.optional(url()),
  cover_alt: v.optional(v.string()),
  offers: v.optional(v.array(link())),
  excerpt: v.optional(link()),
  access: v.optional(v.string()),
});

export const ItemSchema = obj({
  id: v.pipe(
    v.union([v.string(), v.number()]),
    v.transform((id) => String(id)),
    v.check((id: string) => id.trim() !== '', 'is empty: every item needs an id'),
  ),
  url: v.optional(url()),
  external_url: v.optional(url()),
  title: v.optional(v.string()),
  summary: v.optional(v.string()),
  content_text: v.optional(v.string()),
  content_html: v.optional(v.string()),
  image: v.optional(url()),
  banner_image: v.optional(url()),
  date_published: v.optional(dateTime()),
  date_modified: v.optional(dateTime()),
  authors: v.optional(v.array(AuthorSchema)),
  author: v.optional(AuthorSchema),
  tags: v.optional(v.array(v.string())),
  language: v.optional(v.pipe(v.string(), v.check(isLanguageTag, 'is not a BCP 47 language tag such as "en-GB"'))),
  _event: v.optional(EventSchema),
  _book: v.optional(BookSchema),
});

/** The feed without its items: items are validated one at a time so one bad item cannot sink the rest. */
export const FeedShellSchema = obj({
  version: v.string(),
  title: v.string(),
  home_page_url: v.optional(url()),
  feed_url: v.optional(url()),
  description: v.optional(v.string()),
  icon: v.optional(url()),
  favicon: v.optional(url()),
  language: v.optional(v.pipe(v.string(), v.check(isLanguageTag, 'is not a BCP 47 language tag such as "en-GB"'))),
  items: v.array(v.unknown()),
});

/** The whole document, for the published JSON Schema. */
export const FeedSchema = obj({
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
