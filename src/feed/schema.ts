/**
 * The feed format in code: JSON Feed 1.1 with the `_event` and `_book` extensions (docs/feed.md is generated from these rules).
 *
 * This file is the single source for three things:
 * - the TypeScript types (`Feed`, `FeedItem`, `LecternEvent`, …, inferred from the rules below),
 * - runtime validation (`validate.ts` walks these rules item by item; no code is generated, so no `eval`),
 * - the published JSON Schema (`npm run schema` converts the rules to `schema/feed.schema.json`, with
 *   each field's meaning from `schema-docs.ts`, which stays out of the browser bundle).
 *
 * The rules are plain data built by the small functions below. A general schema library (valibot,
 * 5 KB of the bundle before) was replaced by this because the salvage rules of validate.ts want one
 * walk that decides at each failure what to drop, which a library's issue list only approximates, and
 * because partner pages pay for every byte. Unknown fields are ignored (never copied), so a newer feed
 * renders on an older bundle.
 */
import { isAllowedUrlString } from './url.js';
import { isIsoDateTime, isEventTime, isPublicationDate, isTimeZone, isLanguageTag } from './checks.js';

export const JSON_FEED_VERSIONS = ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'] as const;

/**
 * How much of a valid but enormous feed is read: beyond these, entries are left out with one warning
 * naming the cut, so that no feed under the 5 MB cap can stall the page (`npm run bench` measures the
 * longest task with 20,000 speakers, 100,000 related ids and 50,000 items).
 */
export const LIMITS = { items: 5000, speakers: 200, related: 100, featured: 20, offers: 20, tags: 20 } as const;

// ---------------------------------------------------------------------------------------------------
// The rule language

/** A test on a text value, with what to say when it fails (after the value: `"BST" is not …`). */
export interface Check {
  test: (s: string) => boolean;
  message: string;
  /** Failing costs only the value (the field falls back to absent or its default), not the item. */
  soft?: boolean;
}

/** A test on a whole object, after its fields have been read. */
export interface ObjectCheck {
  test: (o: Record<string, unknown>) => boolean;
  message: string;
}

/** A rule: what one value must be. */
export type Rule =
  | { type: 'text'; check?: Check; url?: boolean }
  | { type: 'text-or-number'; check?: Check; asText?: boolean }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'object'; fields: Readonly<Record<string, Field>>; checks?: readonly ObjectCheck[] }
  | { type: 'list'; of: Rule; max?: number }
  | { type: 'any' };

/** A rule in an object: may be absent (`optional`), or falls back to `default` when absent or dropped. */
export type Field = Rule & { optional?: boolean; default?: string };

// Type-level bookkeeping only (erased): the value a rule produces, and whether its field may be absent.
declare const produces: unique symbol;
type R<T, Optional extends boolean = false> = Field & { readonly [produces]?: [T, Optional] };
type ValueOf<X> = X extends { readonly [produces]?: [infer T, boolean] } ? T : never;
type IsOptional<X> = X extends { readonly [produces]?: [unknown, infer O] } ? O : false;
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectOf<E> = Flat<
  { -readonly [K in keyof E as IsOptional<E[K]> extends true ? never : K]: ValueOf<E[K]> } & {
    -readonly [K in keyof E as IsOptional<E[K]> extends true ? K : never]?: ValueOf<E[K]>;
  }
>;
/** The value a rule produces, e.g. `Out<typeof ItemSchema>` is `FeedItem`. */
export type Out<X> = ValueOf<X>;

const text = (check?: Check): R<string> => ({ type: 'text', check });
const optional = <T>(rule: R<T>): R<T, true> => ({ ...rule, optional: true }) as R<T, true>;
const oneOf = <const V extends readonly string[]>(values: V, fallback: V[number]): R<V[number]> => ({ type: 'enum', values, default: fallback });
/** A list; beyond `max` entries the rest are left out with one warning (what a page can show without stalling). */
const list = <T>(of: R<T>, max?: number): R<T[]> => ({ type: 'list', of, max });
const object = <const E extends Record<string, Field>>(fields: E, ...checks: ObjectCheck[]): R<ObjectOf<E>> & { fields: E } => ({
  type: 'object',
  fields,
  checks,
});

/**
 * A URL that passes the allow-list (a soft check: a bad URL costs only itself), resolved against the
 * feed's URL when it is relative.
 */
const url = (): R<string> => ({ type: 'text', url: true, check: URL_CHECK });

export const URL_CHECK: Check = {
  test: isAllowedUrlString,
  message: 'is not an allowed URL (https:, http:, mailto: or a relative URL, without user name or password)',
  soft: true,
};
export const DATE_TIME: Check = { test: isIsoDateTime, message: 'is not an RFC 3339 date-time (e.g. 2026-01-19T18:00:00Z)', soft: true };
export const EVENT_TIME: Check = {
  test: isEventTime,
  message: 'is not a date (YYYY-MM-DD), a wall time (YYYY-MM-DDTHH:mm) or an instant (…Z or ±HH:MM)',
};
export const PUBLICATION_DATE: Check = { test: isPublicationDate, message: 'is not a date (YYYY-MM-DD) or a date-time', soft: true };
export const TIME_ZONE: Check = {
  test: isTimeZone,
  message: 'is not an IANA time zone such as "Europe/London" (abbreviations like BST or EST are ambiguous)',
};
export const LANGUAGE: Check = { test: isLanguageTag, message: 'is not a BCP 47 language tag such as "en-GB"', soft: true };
export const NOT_EMPTY: Check = { test: (s) => s !== '', message: 'is empty: every speaker needs a name' };
export const ID_NOT_BLANK: Check = { test: (s) => s.trim() !== '', message: 'is empty: every item needs an id' };

export const WALL_TIMES_NEED_ZONE: ObjectCheck = {
  test: (e) => !(isWallTime(e['start']) || isWallTime(e['end']) || isWallTime(e['previous_start'])) || e['time_zone'] !== undefined,
  message: 'has wall times (no Z or offset) but no time_zone to read them in',
};
export const END_NEEDS_START: ObjectCheck = { test: (e) => e['end'] === undefined || e['start'] !== undefined, message: 'has an end but no start' };

const link = () => object({ url: url(), label: optional(text()) });

// ---------------------------------------------------------------------------------------------------
// JSON Feed 1.1

export const AuthorSchema = object({
  name: optional(text()),
  url: optional(url()),
  avatar: optional(url()),
});

export const SpeakerSchema = object({
  name: text(NOT_EMPTY),
  role: optional(text()),
  job_title: optional(text()),
  affiliation: optional(text()),
  bio: optional(text()),
  bio_html: optional(text()),
  avatar: optional(url()),
  avatar_alt: optional(text()),
  url: optional(url()),
});

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export const AVAILABILITIES = ['open', 'waitlist', 'full', 'closed', 'invitation'] as const;

export const EventSchema = object(
  {
    kind: optional(text()),
    start: optional(text(EVENT_TIME)),
    end: optional(text(EVENT_TIME)),
    time_zone: optional(text(TIME_ZONE)),
    status: oneOf(EVENT_STATUSES, 'scheduled'),
    previous_start: optional(text(EVENT_TIME)),
    attendance: oneOf(ATTENDANCE_MODES, 'in-person'),
    location: optional(object({ name: optional(text()), address: optional(text()), url: optional(url()) })),
    online: optional(link()),
    registration: optional(object({ url: optional(url()), label: optional(text()), availability: oneOf(AVAILABILITIES, 'open') })),
    recording: optional(link()),
    speakers: optional(list(SpeakerSchema, LIMITS.speakers)),
    featured: optional(list(text(), LIMITS.featured)),
    related: optional(list(text(), LIMITS.related)),
    // A whole number from 0; calendar.ts ignores anything else.
    sequence: optional<string | number>({ type: 'text-or-number' }),
  },
  WALL_TIMES_NEED_ZONE,
  END_NEEDS_START,
);

export const BookSchema = object({
  subtitle: optional(text()),
  series: optional(text()),
  series_number: optional<string | number>({ type: 'text-or-number' }),
  publisher: optional(text()),
  isbn: optional(text()),
  date_published: optional(text(PUBLICATION_DATE)),
  authors: optional(list(object({ name: text(), url: optional(url()) }))),
  cover: optional(url()),
  cover_alt: optional(text()),
  offers: optional(list(link(), LIMITS.offers)),
  excerpt: optional(link()),
  access: optional(text()),
});

export const ItemSchema = object({
  /** Text or a number in the feed; always text here. */
  id: { type: 'text-or-number', asText: true, check: ID_NOT_BLANK } as R<string>,
  url: optional(url()),
  external_url: optional(url()),
  title: optional(text()),
  summary: optional(text()),
  content_text: optional(text()),
  content_html: optional(text()),
  image: optional(url()),
  banner_image: optional(url()),
  date_published: optional(text(DATE_TIME)),
  date_modified: optional(text(DATE_TIME)),
  authors: optional(list(AuthorSchema)),
  author: optional(AuthorSchema),
  tags: optional(list(text(), LIMITS.tags)),
  language: optional(text(LANGUAGE)),
  _event: optional(EventSchema),
  _book: optional(BookSchema),
});

/** The feed without its items: items are validated one at a time so one bad item cannot sink the rest. */
export const FeedShellSchema = object({
  version: text(),
  title: text(),
  home_page_url: optional(url()),
  feed_url: optional(url()),
  description: optional(text()),
  icon: optional(url()),
  favicon: optional(url()),
  language: optional(text(LANGUAGE)),
  items: list({ type: 'any' } as R<unknown>),
});

/** The whole document, for the published JSON Schema. */
export const FeedSchema = object({
  ...FeedShellSchema.fields,
  version: { type: 'enum', values: JSON_FEED_VERSIONS } as R<(typeof JSON_FEED_VERSIONS)[number]>,
  items: list(ItemSchema),
});

export type Author = Out<typeof AuthorSchema>;
export type Speaker = Out<typeof SpeakerSchema>;
export type LecternEvent = Out<typeof EventSchema>;
export type Book = Out<typeof BookSchema>;
export type FeedItem = Out<typeof ItemSchema>;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
export type Availability = (typeof AVAILABILITIES)[number];
export type Feed = Omit<Out<typeof FeedShellSchema>, 'items'> & { items: FeedItem[] };

function isWallTime(s: unknown): boolean {
  return typeof s === 'string' && s.includes('T') && !/(Z|[+-]\d\d:\d\d)$/i.test(s);
}
