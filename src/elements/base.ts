import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { Feed, FeedItem } from '../feed/schema.js';
import { isRtl, loadMessages, msg, type MessageKey } from '../i18n/messages.js';
import { feedContext, type FeedState } from './context.js';
import { FeedSource } from './feed-source.js';
import { emitError, notFound } from './events.js';
import { resolveLocale } from './locale.js';
import { baseStyles } from './styles.js';

/** Reads `now` from an attribute: an ISO date-time, or milliseconds since the epoch. */
export const instantConverter = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    const n = /^-?\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
    return Number.isFinite(n) ? n : undefined;
  },
};

/** Resolves in a later task: `scheduler.yield()` where there is one (it keeps the caller's place in line), else a zero timeout. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/** The base of every Lectern element: shared tokens, host reset and language resolution. */
export class LecternElement extends LitElement {
  static override styles = [baseStyles];

  /** `light` or `dark` forces that colour scheme here and in Lectern elements inside; default: the reader's. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The language of this element's text: its `lang`, else its ancestors', else the feed's, else English. */
  protected locale(feed?: Feed): string {
    return resolveLocale(this, feed?.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetch a non-English page's messages now, alongside the feed, not after it.
    loadMessages(this.locale());
  }

  /**
   * True while the messages of this element's language load (the first render on a non-English page);
   * the element renders again when they arrive, so it never flashes English first.
   */
  protected languageLoading(feed?: Feed): boolean {
    const loading = loadMessages(this.locale(feed));
    void loading?.then(() => this.requestUpdate());
    return loading !== undefined;
  }

  protected t(key: MessageKey, feed?: Feed): string {
    return msg(this.locale(feed), key);
  }

  /** `rtl` for a right-to-left language, unless a `dir` at or inside the element giving the language says otherwise. */
  protected dirFor(feed?: Feed): 'rtl' | typeof nothing {
    const d = this.closest('[dir]');
    const l = this.closest('[lang]');
    return isRtl(this.locale(feed)) && (!d || (l !== d && d.contains(l ?? d))) ? 'rtl' : nothing;
  }
}

/**
 * @fires lectern-load - With `src`: the feed arrived and was validated. `detail`: `{url, feed, stale}`.
 * @fires lectern-error - With `src`: the feed could not be used; or the `item` it names is not in the feed. `detail`: `{url, kind, message, status?}`.
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
 * @cssprop [--lectern-pending-block-size] - Height reserved while the feed loads; by default about the element's usual height (event card 34em, speaker list 24em, publication card 20em, carousel 26em). Set it to your content's height for no layout shift at all.
 *
 * A content element: it shows part of a feed, either from the `<lectern-feed>` around it (context) or
 * from its own `src`. Subclasses implement `renderContent`; this class renders the pending, error and
 * missing-item states, which are tidy, accessible and reserve space.
 */
export abstract class LecternContentElement extends LecternElement {
  /** URL of a JSON Feed, when the element is used without a `<lectern-feed>`. Overrides the provider. */
  @property() src?: string;

  /** Id of the feed item to show; without it, the provider's `item`, else the next event. */
  @property() item?: string;

  /** With `src`: give up loading after this many milliseconds (default 10000). */
  @property({ type: Number }) timeout?: number;

  /** The time the element treats as now (an ISO date-time or ms since the epoch); default: the clock. */
  @property({ converter: instantConverter }) now?: number;

  private readonly own = new FeedSource(this);
  private provided?: FeedState;
  private reportedMissing?: string;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: feedContext,
      subscribe: true,
      callback: (state) => {
        this.provided = state;
        this.requestUpdate();
      },
    });
  }

  /** What this element shows from: its own load when it has `src`, else the provider's. */
  protected get feedState(): FeedState {
    if (this.src) return this.own.state;
    return this.provided ?? { status: 'idle' };
  }

  /** The clock the element uses, in ms since the epoch. */
  protected get currentTime(): number {
    return this.now ?? this.feedState.now ?? Date.now();
  }

  /** The id this element was asked to show (its own `item`, else the provider's). */
  protected get requestedItem(): string | undefined {
    return this.item || (this.src ? undefined : this.provided?.item) || undefined;
  }

  /** Whether the element has rendered content (not a pending, error or empty state) yet. */
  private shownContent = false;

  /**
   * The first render with content waits for a task of its own: when a feed arrives, each element on
   * the page renders in a separate task instead of all of them in one, so the page stays responsive
   * (issue 8: no long task over 50 ms). Later renders (a status change, a carousel step) are immediate.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.shownContent && this.feedState.status === 'ready') {
      this.shownContent = true;
      await nextTask();
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('timeout')) {
      if (this.src) this.own.load(this.src, { timeout: this.timeout });
      else this.own.clear();
    }
  }

  /** Picks the item(s) to show from a loaded feed; undefined when the requested item is missing. */
  protected abstract select(feed: Feed): FeedItem | FeedItem[] | undefined;

  protected abstract renderContent(selection: FeedItem | FeedItem[], feed: Feed): TemplateResult | typeof nothing;

  /** Shown when the feed has nothing for this element and no item was asked for. */
  protected emptyMessage(): MessageKey {
    return 'noEvent';
  }

  protected override render(): unknown {
    const state = this.feedState;
    if (this.languageLoading(state.feed)) return this.renderPending();
    if (state.status === 'error') {
      return html`<div class="root" part="base" dir=${this.dirFor()}><div class="notice" part="error" role="status">
        <p>${this.t('loadFailed')}</p>
        <p>${this.t('loadFailedHint')}</p>
        ${state.retry ? html`<button class="button secondary retry" part="retry" type="button" @click=${state.retry}>${this.t('retry')}</button>` : nothing}
      </div></div>`;
    }
    if (state.status !== 'ready' || !state.feed) return this.renderPending();
    const feed = state.feed;
    const selection = this.select(feed);
    // undefined: the asked-for item is missing, or there is no event at all. An empty list (an event
    // without featured or related items) is not an error: the element renders nothing.
    if (!selection) {
      const id = this.requestedItem;
      this.reportMissing(id, state);
      return html`<div class="root" part="base" dir=${this.dirFor(feed)}><div class="notice" part="empty" role="status">
        <p>${this.t(id ? 'notFound' : this.emptyMessage(), feed)}</p>
      </div></div>`;
    }
    return html`<div class="root" part="base" lang=${this.langFor(feed)} dir=${this.dirFor(feed)}>${this.renderContent(selection, feed)}</div>`;
  }

  private renderPending() {
    return html`<div class="root" part="base" aria-busy="true"><div class="pending" part="pending">
      <span class="visually-hidden">${this.t('loading')}</span>
    </div></div>`;
  }

  /** `lang` for the content: set when it comes from the feed, so screen readers pronounce it right. */
  private langFor(feed: Feed): string | typeof nothing {
    return this.closest('[lang]') || !feed.language ? nothing : this.locale(feed);
  }

  /** A missing item the page asked for is an error the page author should hear about, once. */
  private reportMissing(id: string | undefined, state: FeedState): void {
    if (!id) return;
    // The provider reports its own `item`; we report ours.
    if (!this.item && !this.src) return;
    const key = `${state.url ?? 'inline'}#${id}`;
    if (this.reportedMissing === key) return;
    this.reportedMissing = key;
    queueMicrotask(() => emitError(this, notFound(state.url, id)));
  }
}
