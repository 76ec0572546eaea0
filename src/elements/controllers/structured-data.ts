/**
 * Keeps an element's schema.org JSON-LD (see src/structured-data/json-ld.ts) in the light DOM in step with what it shows.
 * The builder is a chunk of its own, fetched the first time an element with `structured-data` has
 * something to describe; pages without the attribute never load it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedItem } from '../../feed/schema.js';
import { jsonLdDeps } from '../../structured-data/deps.js';

type Builder = typeof import('../../structured-data/json-ld.js');
let builder: Builder | undefined;
let loading: Promise<Builder | void> | undefined;

export class StructuredData implements ReactiveController {
  #scripts: HTMLScriptElement[] = [];
  #items: readonly FeedItem[] = [];
  #key: unknown;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #kind: 'event' | 'book';

  constructor(host: ReactiveControllerHost & HTMLElement, kind: 'event' | 'book') {
    this.#host = host;
    this.#kind = kind;
    host.addController(this);
  }

  /** A moved element takes its scripts along; a removed one takes them off the page. */
  hostConnected(): void {
    this.#host.append(...this.#scripts);
  }

  hostDisconnected(): void {
    this.#scripts.forEach((s) => s.remove());
  }

  /**
   * One script per item in `items` (none for an empty list); unchanged items are left alone unless
   * `key` changes (the event card passes its next transition: offers end when the event does).
   */
  show(items: readonly FeedItem[], key?: unknown): void {
    if (key === this.#key && items.length === this.#items.length && items.every((item, i) => item === this.#items[i])) return;
    this.#items = items;
    this.#key = key;
    if (items.length === 0 || builder) return this.#write();
    loading ??= import('../../structured-data/json-ld.js').then(
      (m) => void (builder = m),
      (error: unknown) => console.warn(`[lectern] structured-data could not be loaded (${String(error)}).`),
    );
    // Whatever the element shows by the time the builder arrives.
    void loading.then(() => this.#write());
  }

  #write(): void {
    this.#scripts.forEach((s) => s.remove());
    const b = builder;
    // The element's clock (its `now`, if fixed) decides whether the event is over.
    const now = (this.#host as unknown as { currentTime: number }).currentTime;
    this.#scripts = b ? this.#items.map((item) => b.jsonLdFor(this.#kind, item, jsonLdDeps, { now })).filter((s): s is HTMLScriptElement => !!s) : [];
    this.#host.append(...this.#scripts);
  }
}
