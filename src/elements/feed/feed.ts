import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { findItem } from '../../model/select.js';
import { feedContext, type FeedState } from '../internal/context.js';
import { FeedSource } from '../controllers/feed-source.js';
import { emitError, notFound } from '../internal/events.js';
import { LecternElement } from '../internal/base.js';
import { instantConverter } from '../internal/properties.js';
import { css } from 'lit';

const INLINE_SELECTOR = ':scope > script[type="application/feed+json"]';

/**
 * @tag lectern-feed
 * @summary Loads a feed once and shares it with every Lectern element inside it.
 *
 * @description The feed comes from `src`, or from a child `<script type="application/feed+json">`
 * (no request at all). Content elements inside show the item named by `item`, or the next event.
 *
 * @slot - Lectern content elements, and any other markup.
 * @fires {CustomEvent<LecternLoadDetail>} lectern-load - The feed arrived and was validated. `detail`: `{url, feed, stale}`.
 * @fires {CustomEvent<LecternErrorDetail>} lectern-error - The feed could not be used, or `item` is not in it. `detail`: `{url, kind, message, status?}`.
 */
export class LecternFeed extends LecternElement {
  static override properties: PropertyDeclarations = {
    src: {},
    item: {},
    timeout: { type: Number },
    now: { converter: instantConverter },
  };

  static override styles = [
    ...LecternElement.styles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  /** URL of the JSON Feed (absolute, or relative to the page). Ignored when the feed is inline. */
  src?: string;

  /** Id of the item the elements inside show; without it, the next event that has not ended. */
  item?: string;

  /** Give up loading after this many milliseconds (default 10000). */
  timeout?: number;

  /** The time the elements inside treat as now (ISO date-time or ms since the epoch); default: the clock. */
  now?: number;

  readonly #provider = new ContextProvider(this, { context: feedContext, initialValue: { status: 'idle' } });
  readonly #source = new FeedSource(this, () => this.#share());
  #reportedMissing?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#pickSource();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('timeout')) this.#pickSource();
    if (changed.has('item') || changed.has('now')) this.#share();
  }

  /** Re-reads the inline feed or `src`: call after replacing the inline script's text. */
  refresh(): void {
    this.#pickSource(true);
  }

  #pickSource(fresh = false): void {
    const inline = this.querySelector<HTMLScriptElement>(INLINE_SELECTOR);
    if (inline) this.#source.loadInline(inline.textContent ?? '', `The inline feed in <${this.localName}>`, fresh);
    else if (this.src) this.#source.load(this.src, { timeout: this.timeout, fresh });
    else this.#source.clear();
  }

  #share(): void {
    const state: FeedState = { ...this.#source.state };
    if (this.item) state.item = this.item;
    if (this.now !== undefined) state.now = this.now;
    this.#provider.setValue(state, true);
    this.#checkItem(state);
  }

  #checkItem(state: FeedState): void {
    if (state.status !== 'ready' || !state.feed || !this.item || findItem(state.feed, this.item)) return;
    const key = `${state.url ?? 'inline'}#${this.item}`;
    if (this.#reportedMissing === key) return;
    this.#reportedMissing = key;
    emitError(this, notFound(state.url, this.item));
  }

  protected override render() {
    // Late markup (a CMS that inserts the inline feed after upgrade) is picked up on slotchange.
    return html`<slot @slotchange=${() => this.#pickSource()}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-feed': LecternFeed;
  }
}
