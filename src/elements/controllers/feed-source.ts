import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed, readInlineFeed, toFeedError, type FeedError, type LoadedFeed } from '../../feed/index.js';
import type { FeedState } from '../internal/context.js';
import { emitError } from '../internal/events.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Loads a feed for an element (a `<lectern-feed>`, or a content element with its own `src`) and keeps
 * its `FeedState`. Changing the source aborts the previous load; the element leaving the page releases
 * its share of the request (the request itself stops when no element is left waiting for it).
 * Fires `lectern-load` and `lectern-error` from the host.
 */
export class FeedSource implements ReactiveController {
  state: FeedState = { status: 'idle' };
  #controller?: AbortController;
  #key?: string;
  #pendingRelease?: ReturnType<typeof setTimeout>;

  readonly #host: Host;
  readonly #onChange: (state: FeedState) => void;

  constructor(host: Host, onChange: (state: FeedState) => void = () => undefined) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.#pendingRelease);
  }

  hostDisconnected(): void {
    // Moving an element (disconnect, then connect in the same task) must not cancel its load.
    this.#pendingRelease = setTimeout(() => {
      if (!this.#host.isConnected) this.#release();
    });
  }

  /** Loads `src` (resolved against the page) unless it is already what this source shows. */
  load(src: string, options: { timeout?: number; fresh?: boolean } = {}): void {
    const key = `url:${src}`;
    if (key === this.#key && !options.fresh && this.state.status !== 'idle') return;
    this.#release();
    this.#key = key;
    const controller = (this.#controller = new AbortController());
    this.#set({ status: 'loading' });
    loadFeed(src, { signal: controller.signal, timeout: options.timeout, fresh: options.fresh }).then(
      (loaded) => {
        if (controller === this.#controller) this.#ready(loaded);
      },
      (e: unknown) => {
        if (controller !== this.#controller || controller.signal.aborted) return;
        this.#fail(toFeedError(e, src), () => this.load(src, { ...options, fresh: true }));
      },
    );
  }

  /** Uses a feed written in the page: at once (no request, no pending state), unless it is very large. */
  loadInline(text: string, where: string, fresh = false): void {
    const key = `inline:${text}`;
    if (key === this.#key && !fresh) return;
    this.#release();
    this.#key = key;
    try {
      const read = readInlineFeed(text, where);
      if (!(read instanceof Promise)) return this.#ready(read);
      const controller = (this.#controller = new AbortController());
      this.#set({ status: 'loading' });
      read.then(
        (loaded) => controller === this.#controller && this.#ready(loaded),
        (e: unknown) => controller === this.#controller && this.#fail(toFeedError(e)),
      );
    } catch (e) {
      this.#fail(toFeedError(e));
    }
  }

  /** Forgets the feed (no `src`, no inline feed). */
  clear(): void {
    this.#release();
    this.#set({ status: 'idle' });
  }

  #release(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#key = undefined;
  }

  #ready(loaded: LoadedFeed): void {
    const stale = loaded.stale === true;
    this.#set({ status: 'ready', url: loaded.url, feed: loaded.feed, ...(stale ? { stale } : {}) });
    this.#host.dispatchEvent(
      new CustomEvent('lectern-load', { bubbles: true, composed: true, detail: { url: loaded.url, feed: loaded.feed, stale } }),
    );
  }

  #fail(error: FeedError, retry?: () => void): void {
    const info = {
      kind: error.kind,
      message: error.message,
      ...(error.url ? { url: error.url } : {}),
      ...(error.status !== undefined ? { status: error.status } : {}),
    };
    this.#set({ status: 'error', error: info, ...(error.url ? { url: error.url } : {}), ...(retry ? { retry } : {}) });
    emitError(this.#host, info);
  }

  #set(state: FeedState): void {
    this.state = state;
    this.#onChange(state);
    this.#host.requestUpdate();
  }
}
