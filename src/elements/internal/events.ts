import type { Feed } from '../../feed/schema.js';
import type { FeedErrorInfo } from './context.js';

export interface LecternLoadDetail {
  /** Absolute URL of the feed; undefined for an inline feed. */
  url: string | undefined;
  feed: Feed;
  /** True when the network failed and a saved copy is shown instead. */
  stale: boolean;
}

export type LecternErrorDetail = FeedErrorInfo;

declare global {
  interface GlobalEventHandlersEventMap {
    'lectern-load': CustomEvent<LecternLoadDetail>;
    'lectern-error': CustomEvent<LecternErrorDetail>;
  }
}

/** Fires `lectern-error` (bubbling, composed) and tells the page author in the console. */
export function emitError(host: HTMLElement, info: FeedErrorInfo): void {
  console.error(`[lectern] <${host.localName}>: ${info.message}`);
  host.dispatchEvent(new CustomEvent('lectern-error', { bubbles: true, composed: true, detail: info }));
}

/** The `not-found` error for an `item` id the feed does not have. */
export function notFound(url: string | undefined, id: string): FeedErrorInfo {
  return { kind: 'not-found', message: `${url ?? 'The inline feed'} has no item with id "${id}"`, ...(url ? { url } : {}) };
}
