/**
 * The last good copy of each feed, kept in `localStorage` so that an outage shows yesterday's events
 * (marked stale) instead of an error. Bounded (a few feeds, each under a size limit) and guarded: in
 * private modes, with storage full or disabled, every call quietly does nothing.
 */
const PREFIX = 'lectern:v1:feed:';
const INDEX = 'lectern:v1:feeds';
const MAX_FEEDS = 8;
const MAX_CHARS = 512 * 1024;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // access itself throws when storage is blocked
  }
}

/** Remembers a feed's text; forgets the least recently saved beyond MAX_FEEDS. */
export function saveLastGood(url: string, text: string): void {
  const s = storage();
  if (!s || text.length > MAX_CHARS) return;
  try {
    const index = readIndex(s).filter((u) => u !== url);
    index.unshift(url);
    for (const old of index.splice(MAX_FEEDS)) s.removeItem(PREFIX + old);
    s.setItem(PREFIX + url, text);
    s.setItem(INDEX, JSON.stringify(index));
  } catch {
    // Full or refused: nothing is kept, nothing breaks.
  }
}

/** The last good copy of a feed, parsed, or undefined. */
export function readLastGood(url: string): unknown {
  const s = storage();
  try {
    const text = s?.getItem(PREFIX + url);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function readIndex(s: Storage): string[] {
  try {
    const list = JSON.parse(s.getItem(INDEX) ?? '[]');
    return Array.isArray(list) ? list.filter((u): u is string => typeof u === 'string') : [];
  } catch {
    return [];
  }
}
