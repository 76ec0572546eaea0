/** Why a feed could not be used (docs/feed.md, "Errors"). */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'unsupported-version' | 'too-large' | 'not-found';

export const FEED_ERROR_KINDS: readonly FeedErrorKind[] = [
  'network',
  'timeout',
  'http',
  'parse',
  'invalid',
  'unsupported-version',
  'too-large',
  'not-found',
];

/**
 * A failure a page author can act on. `message` names the URL and what went wrong
 * ("https://example.org/events.json answered 404 Not Found").
 *
 * Code that handles errors must read `kind`, never use `instanceof`: two copies of the bundle on one
 * page share loads, so an error may come from the other copy's class (errors cross copies as plain
 * data; see `toFeedError`).
 */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Normalises anything thrown (including another bundle copy's FeedError) into a FeedError. */
export function toFeedError(e: unknown, url?: string): FeedError {
  if (e instanceof FeedError) return e;
  if (e && typeof e === 'object' && typeof (e as FeedError).kind === 'string' && FEED_ERROR_KINDS.includes((e as FeedError).kind)) {
    const o = e as FeedError;
    return new FeedError(o.kind, String(o.message), o.url ?? url, typeof o.status === 'number' ? o.status : undefined);
  }
  const where = url ?? 'the feed';
  return new FeedError('network', `${where} could not be loaded (${e instanceof Error ? e.message : String(e)})`, url);
}
