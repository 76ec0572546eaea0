/**
 * Choosing what the widgets show (docs/feed.md, "Selection").
 */
import type { Feed, FeedItem } from '../feed/schema.js';
import { eventSpan } from '../time/event-time.js';

/** Each feed's items by id, built on the first lookup: 100,000 `related` ids cost 100,000 map reads, not scans. */
const indexes = new WeakMap<Feed, Map<string, FeedItem>>();

/** The item with this id, if the feed has it. */
export function findItem(feed: Feed, id: string): FeedItem | undefined {
  let index = indexes.get(feed);
  if (!index) indexes.set(feed, (index = new Map(feed.items.map((item) => [item.id, item]))));
  return index.get(id);
}

/**
 * Without an `item` attribute, an event element shows the next event that has not ended (the soonest
 * start first; events whose date is not announced after dated ones), else the one that ended most
 * recently.
 */
export function selectEvent(feed: Feed, now: number): FeedItem | undefined {
  let upcoming: { item: FeedItem; start: number } | undefined;
  let undated: FeedItem | undefined;
  let past: { item: FeedItem; end: number } | undefined;
  for (const item of feed.items) {
    if (!item._event) continue;
    const span = eventSpan(item._event);
    if (!span) {
      undated ??= item;
    } else if (span.end > now) {
      if (!upcoming || span.start.instant < upcoming.start) upcoming = { item, start: span.start.instant };
    } else if (!past || span.end > past.end) {
      past = { item, end: span.end };
    }
  }
  return upcoming?.item ?? undated ?? past?.item;
}

/** The item an element shows: the one named by `id`, else the selected event. */
export function selectItem(feed: Feed, id: string | undefined, now: number): FeedItem | undefined {
  return id ? findItem(feed, id) : selectEvent(feed, now);
}
