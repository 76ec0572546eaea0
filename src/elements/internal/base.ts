import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Feed } from '../../feed/schema.js';
import type { MessageKey } from '../../i18n/messages.js';
import { FeedSource } from '../controllers/feed-source.js';
import { LocalizeController } from '../controllers/localize.js';
import { feedContext, type FeedState } from './context.js';
import { emitError, notFound, type LecternErrorDetail, type LecternLoadDetail } from './events.js';
import { instantConverter } from './properties.js';
import { baseStyles } from './styles.js';
import { nextTask } from './tasks.js';

// Named in the JSDoc below, for the manifest.
export type { LecternErrorDetail, LecternLoadDetail };

/** The base of every Lectern element: shared tokens, host reset and colour scheme. Internal: not exported by the package. */
export class LecternElement extends LitElement {
  static override styles = [baseStyles];

  // Reactive properties are declared in `static properties`, not with decorators: TypeScript's decorator
  // helper and Lit's decorators cost 450 bytes of lectern.js, and the helper calls the page's
  // `Reflect.decorate` when there is one (any host script can define it). Fields keep their docs below.

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /** `light` or `dark` forces that colour scheme here and in Lectern elements inside; default: the page's `color-scheme`. */
  theme?: 'light' | 'dark';
}

/**
 * A content element: it shows part of a feed, either from the `<lectern-feed>` around it (context) or
 * from its own `src`. `S` is what it shows (one item, or a list). Subclasses implement `select` (run
 * once per update, in `willUpdate`) and `renderContent`; this class renders the pending, error and
 * missing-item states, which are tidy, accessible and reserve space.
 *
 * @fires {CustomEvent<LecternLoadDetail>} lectern-load - With `src`: the feed arrived and was validated. `detail`: `{url, feed, stale}`.
 * @fires {CustomEvent<LecternErrorDetail>} lectern-error - With `src`: the feed could not be used; or the `item` it names is not in the feed. `detail`: `{url, kind, message, status?}`.
 *
 * @csspart base - The outer wrapper; it carries the element's typography.
 * @csspart pending - The placeholder shown while the feed loads (it reserves space).
 * @csspart error - The message shown when the feed cannot be used.
 * @csspart retry - The "Try again" button in the error message.
 * @csspart empty - The message shown when there is nothing to show, or `item` is not in the feed.
 *
 * @cssprop [--lectern-font-family=inherit] - Font family (the page's by default).
 * @cssprop [--lectern-font-size=16px] - Base size; every other size is relative to it (never to the page's `rem`).
 * @cssprop [--lectern-line-height=1.5] - Line height.
 * @cssprop [--lectern-color=#1f2328] - Text colour (dark scheme: #e6edf3).
 * @cssprop [--lectern-muted-color=#57606a] - Secondary text colour (dark: #a1aab4).
 * @cssprop [--lectern-accent=#8c1d40] - Links and buttons (dark: #f59ab5). Your own colour applies in both schemes; give `light-dark(light, dark)` for two.
 * @cssprop [--lectern-surface=#ffffff] - Card background (dark: #16191d; in the dark scheme the whole element sits on it).
 * @cssprop [--lectern-border-color=#d0d7de] - Borders (dark: #444c56).
 * @cssprop [--lectern-radius=0.5em] - Corner radius.
 * @cssprop [--lectern-focus-color=#0b57d0] - Focus outline (dark: #7cacf8).
 * @cssprop [--lectern-pending-color=#f3f4f6] - Placeholder colour while loading (dark: #262b31).
 * @cssprop [--lectern-pending-block-size] - Height reserved while the feed loads; by default about the element's usual height (event card 34em, speaker list 24em, publication card 20em, carousel 26em, event list 20em). Set it to your content's height for no layout shift at all.
 */
export abstract class LecternContentElement<S> extends LecternElement {
  static override properties: PropertyDeclarations = {
    src: {},
    item: {},
    timeout: { type: Number },
    now: { converter: instantConverter },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of a JSON Feed, when the element is used without a `<lectern-feed>`. Overrides the provider. */
  src?: string;

  /** Id of the feed item to show; without it, the provider's `item`, else the next event. */
  item?: string;

  /** With `src`: give up loading after this many milliseconds (default 10000). */
  timeout?: number;

  /** The time the element treats as now (an ISO date-time or ms since the epoch); default: the clock. */
  now?: number;

  /** Heading level (1–6) of the element's top heading, so it fits the page's outline; headings inside sit below it. */
  headingLevel = 2;

  /** What this element shows, derived from the feed in `willUpdate`; undefined when there is nothing (yet). */
  protected selection?: S;

  protected readonly localize = new LocalizeController(this, () => this.feedState.feed?.language);
  readonly #own = new FeedSource(this);
  /** The provider's state: kept in `value`, and every new one requests an update. */
  readonly #provided = new ContextConsumer(this, { context: feedContext, subscribe: true });
  /** The requested item this update found missing, and the last one reported (`${url}#${id}`). */
  #missing?: string;
  #reportedMissing?: string;
  /** Whether the element has rendered content (not a pending, error or empty state) yet. */
  #shownContent = false;

  /** What this element shows from: its own load when it has `src`, else the provider's. */
  protected get feedState(): FeedState {
    if (this.src) return this.#own.state;
    return this.#provided.value ?? { status: 'idle' };
  }

  /** The clock the element uses, in ms since the epoch. */
  protected get currentTime(): number {
    return this.now ?? this.feedState.now ?? Date.now();
  }

  /** The id this element was asked to show (its own `item`, else the provider's). */
  protected get requestedItem(): string | undefined {
    return this.item || (this.src ? undefined : this.#provided.value?.item) || undefined;
  }

  /** The message for `key` in this element's language. */
  protected t(key: MessageKey): string {
    return this.localize.t(key);
  }

  /**
   * The first render with content waits for a task of its own: when a feed arrives, each element on
   * the page renders in a separate task instead of all of them in one, so the page stays responsive
   * (no long task over 50 ms, docs/performance.md). Later renders (a status change, a carousel step)
   * are immediate.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.#shownContent && this.feedState.status === 'ready') {
      this.#shownContent = true;
      await nextTask();
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('timeout')) {
      if (this.src) this.#own.load(this.src, { timeout: this.timeout });
      else this.#own.clear();
    }
    const { feed } = this.feedState;
    this.selection = feed ? this.select(feed) : undefined;
    // The provider reports its own `item`; an element reports the one it was given itself.
    this.#missing = feed && !this.selection && (this.item || this.src) ? this.requestedItem : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A missing item the page asked for is an error the page author should hear about, once.
    const id = this.#missing;
    const { url } = this.feedState;
    if (id && `${url}#${id}` !== this.#reportedMissing) {
      this.#reportedMissing = `${url}#${id}`;
      emitError(this, notFound(url, id));
    }
  }

  /** Picks what to show from a loaded feed; undefined when the requested item is missing or there is no event. */
  protected abstract select(feed: Feed): S | undefined;

  protected abstract renderContent(selection: S, feed: Feed): TemplateResult | typeof nothing;

  /** Shown when the feed has nothing for this element and no item was asked for. */
  protected emptyMessage(): MessageKey {
    return 'noEvent';
  }

  protected override render(): unknown {
    const state = this.feedState;
    const { dir } = this.localize;
    if (!this.localize.ready) return this.renderPending();
    if (state.status === 'error') {
      return html`<div class="root" part="base" dir=${dir}><div class="notice" part="error" role="status">
        <p>${this.t('loadFailed')}</p>
        <p>${this.t('loadFailedHint')}</p>
        ${state.retry ? html`<button class="button secondary retry" part="retry" type="button" @click=${state.retry}>${this.t('retry')}</button>` : nothing}
      </div></div>`;
    }
    if (state.status !== 'ready' || !state.feed) return this.renderPending();
    const feed = state.feed;
    const selection = this.selection;
    // undefined: the asked-for item is missing, or there is no event at all. An empty list (an event
    // without featured or related items) is not an error: the element renders nothing.
    if (selection === undefined) {
      return html`<div class="root" part="base" dir=${dir}><div class="notice" part="empty" role="status">
        <p>${this.t(this.requestedItem ? 'notFound' : this.emptyMessage())}</p>
      </div></div>`;
    }
    // `lang` for content whose language comes from the feed, so screen readers pronounce it right.
    return html`<div class="root" part="base" lang=${this.localize.fromFeed ? this.localize.locale : nothing} dir=${dir}>${this.renderContent(selection, feed)}</div>`;
  }

  /** The pending state: reserved space and "Loading…" for screen readers. */
  protected renderPending() {
    return html`<div class="root" part="base" aria-busy="true"><div class="pending" part="pending">
      <span class="visually-hidden">${this.t('loading')}</span>
    </div></div>`;
  }
}
