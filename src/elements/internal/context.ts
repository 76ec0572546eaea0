import { createContext } from '@lit/context';
import type { Feed } from '../../feed/schema.js';
import type { FeedErrorKind } from '../../feed/errors.js';

/** A feed error as plain data: it may cross bundle copies, so no classes. */
export interface FeedErrorInfo {
  kind: FeedErrorKind;
  message: string;
  url?: string;
  status?: number;
}

/** What `<lectern-feed>` provides to the elements inside it (and what a standalone element loads). */
export interface FeedState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Absolute feed URL; undefined for an inline feed. */
  url?: string;
  feed?: Feed;
  error?: FeedErrorInfo;
  /** The provider's `item` attribute: the item its content elements show unless they name their own. */
  item?: string;
  /** Time the provider's elements treat as "now" (ms since the epoch), when fixed by its `now`. */
  now?: number;
  /** The feed shown is a copy kept from an earlier visit: the network failed. */
  stale?: boolean;
  /** After an error: asks the server again (the error state's "Try again" button). */
  retry?: () => void;
}

/**
 * Keyed by `Symbol.for`, so a provider from one copy of the bundle serves consumers from another.
 * The `v1` is the shape of `FeedState`: a future incompatible shape gets a new key.
 */
export const feedContext = createContext<FeedState>(Symbol.for('lectern.feed-context.v1'));
