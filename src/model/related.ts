import type { Feed, FeedItem } from '../feed/schema.js';
import { findItem } from './select.js';

/**
 * The related-content list for an item: its `_event.related` ids in feed order of that list (unknown
 * ids skipped); without `related`, every other item of the feed, newest first.
 */
export function relatedItems(feed: Feed, item: FeedItem | undefined): FeedItem[] {
  const ids = item?._event?.related;
  if (ids) return ids.map((id) => findItem(feed, id)).filter((i): i is FeedItem => i !== undefined && i !== item);
  return feed.items
    .filter((i) => i !== item)
    .map((i, index) => ({ i, index, t: Date.parse(i.date_published ?? '') }))
    .sort((a, b) => (Number.isNaN(b.t) ? -Infinity : b.t) - (Number.isNaN(a.t) ? -Infinity : a.t) || a.index - b.index)
    .map(({ i }) => i);
}
