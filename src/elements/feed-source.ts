import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed, readInlineFeed, toFeedError, type FeedError, type LoadedFeed } from '../feed/index.js';
import type { FeedState } from './context.js';
import { emitError } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Loads a feed for an element (a `<lectern-feed>`, or a content element with its own `src`) and keeps
 * its `FeedState`. Changing the source aborts the previous load; the element leaving the page releases
 * its share of the request (the request itself stops when no element is left waiting for it).
 * Fires `lectern-load` and `lectern-error` from the host.
 */
export class FeedSource implements ReactiveController {
  state: FeedState = { status: 'idle' };
  private controller?: AbortController;
  private key?: string;
  private pendingRelease?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: Host,
    private readonly onChange: (state: FeedState) => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.pendingRelease);
  }

  hostDisconnected(): void {
    // Moving an element (disconnect, then connect in the same task) must not cancel its load.
    this.pendingRelease = setTimeout(() => {
      if (!this.host.isConnected) this.release();
    });
  }

  /** Loads `src` (resolved against the page) unless it is already what this source shows. */
  load(src: string, options: { timeout?: number; fresh?: boolean } = {}): void {
    const key = `url:${src}`;
    if (key === this.key && !options.fresh && this.state.status !== 'idle') return;
    this.release();
    this.key = key;
    const controller = (this.controller = new AbortController());
    this.set({ status: 'loading' });
    loadFeed(src, { signal: controller.signal, timeout: options.timeout, fresh: options.fresh }).then(
      (loaded) => {
        if (controller === this.controller) this.ready(loaded);
      },
      (e: unknown) => {
        if (controller !== this.controller || controller.signal.aborted) return;
        this.fail(toFeedError(e, src), () => this.load(src, { ...options, fresh: true }));
      },
    );
  }

  /** Uses a feed written in the page. Synchronous: no request, no pending state. */
  loadInline(text: string, where: string, fresh = false): void {
    const key = `inline:${text}`;
    if (key === this.key && !fresh) return;
    this.release();
    this.key = key;
    try {
      this.ready(readInlineFeed(text, where));
    } catch (e) {
      this.fail(toFeedError(e));
    }
  }

  /** Forgets the feed (no `src`, no inline feed). */
  clear(): void {
    this.release();
    this.key = undefined;
    this.set({ status: 'idle' });
  }

  private release(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.key = undefined;
  }

  private ready(loaded: LoadedFeed): void {
    const stale = loaded.stale === true;
    this.set({ status: 'ready', url: loaded.url, feed: loaded.feed, ...(stale ? { stale } : {}) });
    this.host.dispatchEvent(new CustomEvent('lectern-load', { bubbles: true, composed: true, detail: { url: loaded.url, feed: loaded.feed, stale } }));
  }

  private fail(error: FeedError, retry?: () => void): void {
    const info = { kind: error.kind, message: error.message, ...(error.url ? { url: error.url } : {}), ...(error.status !== undefined ? { status: error.status } : {}) };
    this.set({ status: 'error', error: info, ...(error.url ? { url: error.url } : {}), ...(retry ? { retry } : {}) });
    emitError(this.host, info);
  }

  private set(state: FeedState): void {
    this.state = state;
    this.onChange(state);
    this.host.requestUpdate();
  }
}
