/**
 * Every user-facing string, one table per language. A language is chosen by the page's language
 * (see `resolveLocale`: the element's `lang`, else its ancestors', else the feed's `language`):
 * `fr-CA` uses `fr`, an unknown language uses English. Right-to-left languages (`isRtl`) also get
 * `dir="rtl"` unless the page sets a direction at or inside the element that gives the language.
 *
 * Partner overrides, without rebuilding: set `window.LecternMessages` to tables keyed by language,
 * each with any of the keys of `en` below.
 *
 *   window.LecternMessages = {
 *     fr: { register: 'Réserver' },                       // change one French label
 *     'fr-CA': { register: 'Inscrivez-vous' },            // only for fr-CA
 *     cy: { register: 'Cofrestru', speakersHeading: 'Y panel' }, // add Welsh
 *   };
 *
 * - Lookup, per message: the exact tag (`fr-CA`), then its language (`fr`), then the built-in table,
 *   then an `en` override, then English. A partial table is fine: what it lacks falls back.
 * - Keep the `{placeholders}` of the English value (`"Page {index} of {total}"`).
 * - Elements read the tables when they render: set it before the bundle loads or before the elements
 *   render; afterwards, call `element.requestUpdate()` on the elements to apply it.
 * - Values that are not strings are ignored. Tests: test/a11y/l10n.test.ts.
 */
import type { CalendarMessages } from './en-calendar.js';
import type { ListMessages } from './en-list.js';

const core = {
  loading: 'Loading…',
  loadFailed: 'This content could not be loaded.',
  loadFailedHint: 'Please try again later.',
  notFound: 'This item is not in the feed.',
  noEvent: 'There is no event to show.',
  relatedHeading: 'Related content',
  speakersHeading: 'About the panel',
  dateTba: 'Date to be announced',
  yourTime: '{time} your time ({zone})',
  live: 'Live now',
  ended: 'This event has ended',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  rescheduled: 'Rescheduled',
  movedOnline: 'Moved online',
  previously: 'Previously',
  newDateTba: 'New date to be announced',
  inPerson: 'In person',
  online: 'Online',
  mixed: 'In person and online',
  register: 'Register',
  waitlist: 'Join the waitlist',
  full: 'Fully booked',
  closed: 'Registration closed',
  invitation: 'By invitation only',
  joinLive: 'Join the live stream',
  watchRecording: 'Watch the recording',
  map: 'Map',
  addToCalendar: 'Add to calendar',
  opensNewTab: '(opens in a new tab)',
  readMore: 'Read more',
  readLess: 'Show less',
  byAuthors: 'By {names}',
  published: 'Published {date}',
  seriesNumber: '{series}, no. {number}',
  excerpt: 'Read an excerpt',
  buy: 'Buy',
  isbn: 'ISBN {isbn}',
  carousel: 'carousel',
  slide: 'slide',
  slideOf: '{index} of {total}',
  pageOf: 'Page {index} of {total}',
  showingOne: 'Item {first} of {total}',
  showingRange: 'Items {first} to {last} of {total}',
  previous: 'Previous',
  next: 'Next',
  play: 'Start rotation',
  pause: 'Stop rotation',
  event: 'Event',
  publication: 'Publication',
  calendarUpdate: 'Update your calendar',
  calendarByHand: 'Web calendars (Google, Outlook) must be updated by hand.',
  retry: 'Try again',
};

/** English. The event list's and the calendar menu's messages join it when their chunks load (below). */
export const en: typeof core & Partial<ListMessages & CalendarMessages> = core;

/**
 * Every message's key. The English messages of the event list (en-list.ts) and of the calendar menu
 * (en-calendar.ts) travel in those chunks, which add them to `en` when they load: pages that never show
 * them do not carry them. The other languages' tables hold them as usual.
 */
export type MessageKey = keyof typeof core | keyof ListMessages | keyof CalendarMessages;
export type Messages = Record<MessageKey, string>;

/**
 * The other built-in languages: French, German, Arabic, Spanish, Russian, Chinese and Korean. Which
 * table a page language reads, and the tables themselves, are chunks (languages.ts): a page in one of
 * these languages fetches the small table of tables, then its own, alongside the feed; elements show
 * their pending state until it is here. English is always in the bundle.
 */
const BUILT_IN = /^(fr|de|ar|es|ru|zh|ko)\b/;

const builtIn: Record<string, Partial<Messages>> = { en };
const loading: Record<string, Promise<void>> = {};

/**
 * Starts loading the built-in messages of `locale`'s language. Returns a promise while they load, and
 * undefined once they are here (or when Lectern has no table for that language: English and partner
 * overrides apply). A table that fails to load (offline, a blocked request) leaves English, with one warning.
 */
export function loadMessages(locale: string): Promise<void> | undefined {
  const tag = locale.toLowerCase();
  if (!BUILT_IN.test(tag) || builtIn[tag]) return undefined;
  return (loading[tag] ??= import('./languages.js')
    .then((m) => m.tableFor(tag))
    .then(
      (table) => void (builtIn[tag] = table),
      (error: unknown) => {
        builtIn[tag] = en;
        console.warn(`[lectern] The ${tag} messages could not be loaded (${String(error)}); showing English.`);
      },
    ));
}

type Overrides = Record<string, Partial<Messages> | undefined>;

/** The message for `key` in `locale`: partner override, then built-in language, then English. */
export function msg(locale: string, key: MessageKey): string {
  const overrides = (globalThis as { LecternMessages?: Overrides }).LecternMessages;
  const tag = locale.toLowerCase();
  const lang = tag.split('-')[0]!;
  return (
    (overrides && (own(overrides[locale], key) ?? own(overrides[tag], key) ?? own(overrides[lang], key))) ??
    own(builtIn[tag], key) ??
    (overrides && own(overrides['en'], key)) ??
    // A chunk's own English messages are asked for only by that chunk, which has added them by then.
    en[key]!
  );
}

function own(table: Partial<Messages> | undefined, key: MessageKey): string | undefined {
  if (!table || typeof table !== 'object' || !Object.hasOwn(table, key)) return undefined;
  const value = table[key];
  return typeof value === 'string' ? value : undefined;
}

/** Languages written right to left, for `dir` when the page does not set one. */
export function isRtl(locale: string): boolean {
  return /^(ar|he|fa|ur|ps|yi|dv|ckb)\b/i.test(locale);
}

/** Fills `{name}` placeholders in a message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
