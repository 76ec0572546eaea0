/**
 * The last good copy of each feed, kept in `localStorage` so that an outage shows yesterday's events
 * (marked stale) instead of an error. The host page's storage is not ours: at most MAX_FEEDS copies
 * and MAX_CHARS characters in all, the least recently used going first, and guarded: in private
 * modes, with storage full or disabled, every call quietly does nothing (a quota error never escapes).
 */
const PREFIX = 'lectern:v1:feed:';
const INDEX = 'lectern:v2:feeds';
const OLD_INDEX = 'lectern:v1:feeds';
export const MAX_FEEDS = 4;
/** Characters (UTF-16 code units, what storage quotas count) across every kept copy. */
export const MAX_CHARS = 512 * 1024;

/** Kept copies, most recently used first: [url, length]. */
type Index = Array<[string, number]>;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // access itself throws when storage is blocked
  }
}

/** Remembers a feed's text, making room by forgetting the least recently used copies. */
export function saveLastGood(url: string, text: string): void {
  const s = storage();
  if (!s) return;
  try {
    // Copies kept by the first version of this file (up to 8 feeds of 512 K each) are dropped.
    const old = s.getItem(OLD_INDEX);
    if (old !== null) {
      s.removeItem(OLD_INDEX); // first: an unreadable old index must not block saving for good
      for (const u of JSON.parse(old) as string[]) s.removeItem(PREFIX + u);
    }
    const index = readIndex(s).filter(([u]) => u !== url);
    s.removeItem(PREFIX + url);
    if (text.length <= MAX_CHARS) index.unshift([url, text.length]);
    let total = 0;
    const kept = index.filter(([u, n], i) => {
      total += n;
      if (i < MAX_FEEDS && total <= MAX_CHARS) return true;
      s.removeItem(PREFIX + u);
      return false;
    });
    if (kept[0]?.[0] === url) s.setItem(PREFIX + url, text);
    s.setItem(INDEX, JSON.stringify(kept));
  } catch {
    // Full or refused: nothing is kept, nothing breaks.
  }
}

/** The last good copy of a feed, parsed, or undefined. Reading it makes it the most recently used. */
export function readLastGood(url: string): unknown {
  const s = storage();
  try {
    const text = s?.getItem(PREFIX + url);
    if (!text) return undefined;
    const index = readIndex(s!);
    const at = index.findIndex(([u]) => u === url);
    if (at > 0) {
      index.unshift(...index.splice(at, 1));
      s!.setItem(INDEX, JSON.stringify(index));
    }
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readIndex(s: Storage): Index {
  try {
    const list: unknown = JSON.parse(s.getItem(INDEX) ?? '[]');
    return Array.isArray(list) ? list.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && e[1] >= 0) : [];
  } catch {
    return [];
  }
}
