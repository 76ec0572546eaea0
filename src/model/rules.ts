/**
 * The domain rules every view shares: decided here once, so the card, the calendar file and the
 * JSON-LD never disagree about what an event is. Plain functions over validated feed data; the lazy
 * chunks (calendar, structured data) receive them as arguments, see `src/calendar/deps.ts` and
 * `src/structured-data/deps.ts`.
 */
import type { AttendanceMode, Author, FeedItem, LecternEvent } from '../feed/schema.js';
import { safeUrl } from '../feed/url.js';

/** How people attend, as things stand: an event moved online is online, whatever it was planned as. */
export function attendanceOf(e: LecternEvent): AttendanceMode {
  return e.status === 'moved-online' ? 'online' : e.attendance;
}

/** Online only: no venue to show or to put in a calendar. */
export function isOnlineOnly(e: LecternEvent): boolean {
  return attendanceOf(e) === 'online';
}

/**
 * A book's authors with a name: `_book.authors`, else the item's `authors`, else its JSON Feed 1.0
 * `author`. Names are trimmed; authors without one are left out.
 */
export function bookAuthors(item: FeedItem): Author[] {
  const b = item._book;
  const all = b?.authors?.length ? b.authors : (item.authors ?? (item.author ? [item.author] : []));
  return all.flatMap((a) => {
    const name = a.name?.trim();
    // Keeps the feed's null prototype (feed/validate.ts): a spread into `{}` would not.
    return name ? [{ __proto__: null, ...a, name } as unknown as Author] : [];
  });
}

/** Trimmed text, or undefined when only white space (or nothing) is there. */
export function nonBlank(value: string | undefined): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? undefined : trimmed;
}

/** The first paragraph of plain text (paragraphs are separated by blank lines). */
export function firstParagraph(text: string | undefined): string | undefined {
  return nonBlank(text?.trim().split(/\n\s*\n/)[0]);
}

/**
 * A short text about an item, for places that show one paragraph (a publication's card): its
 * `summary`, else the first paragraph of `content_text`.
 */
export function shortSummary(item: FeedItem): string | undefined {
  return nonBlank(item.summary) ?? firstParagraph(item.content_text);
}

/**
 * The plain-text description of an item, for places that carry text but no markup (a calendar
 * entry, a search engine's Event): its `summary`, else its `content_text`.
 */
export function plainDescription(item: FeedItem): string | undefined {
  // As written (not trimmed): the calendar file keeps the author's text exactly.
  return [item.summary, item.content_text].find(nonBlank);
}

/**
 * The summary to show above a full description, or undefined when it would only repeat the
 * description's opening (feeds often copy the first sentence into `summary`).
 */
export function summaryBesideContent(item: FeedItem): string | undefined {
  const summary = nonBlank(item.summary);
  return summary && !(item.content_text?.trim() ?? '').startsWith(summary) ? summary : undefined;
}

/**
 * An absolute `http:`/`https:` URL that passes the allow-list, in its parsed form: what may leave the
 * page (in a calendar file, in JSON-LD, as a link to another site). A relative URL counts only when
 * there is a `base` to resolve it against; `mailto:` and everything the allow-list refuses never do.
 */
export function httpUrl(raw: unknown, base?: string): string | undefined {
  const safe = safeUrl(raw, base);
  if (safe === undefined) return undefined;
  try {
    const url = new URL(safe, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The venue's name and address, those the feed gives. */
export const venueParts = (e: LecternEvent) => [e.location?.name, e.location?.address].filter(nonBlank);

/** The venue as one line ("RUSI, 61 Whitehall, London"), or undefined when the feed names none. */
export function venueLine(e: LecternEvent): string | undefined {
  const parts = venueParts(e);
  return parts.length ? parts.join(', ') : undefined;
}
