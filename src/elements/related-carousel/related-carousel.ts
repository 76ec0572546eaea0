import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import type { Feed, FeedItem } from '../../feed/schema.js';
import { selectItem } from '../../model/select.js';
import { relatedItems } from '../../model/related.js';
import { formatDate, formatEventDate } from '../../time/format.js';
import { fill, type MessageKey } from '../../i18n/messages.js';
import { LecternContentElement } from '../base.js';
import { heading, headingLevel, href } from '../templates.js';
import { LayoutReader } from '../layout-reader.js';
import styles from './related-carousel.styles.js';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * @tag lectern-related-carousel
 * @summary Related content as an accessible carousel (WAI-ARIA APG): native scroll-snap, previous and
 * next buttons, keyboard support, no clones, and no autoplay unless asked for.
 *
 * @csspart heading - The heading ("Related content").
 * @csspart controls - The row of buttons.
 * @csspart rotation - The pause/play button (with `autoplay`).
 * @csspart previous - The "Previous" button.
 * @csspart next - The "Next" button.
 * @csspart track - The scrolling row of slides.
 * @csspart slide - One slide (a group named "3 of 12").
 * @csspart image - A slide's image.
 * @csspart placeholder - Shown where a slide has no image.
 * @csspart label - A slide's label: its first tag, or "Event" / "Publication".
 * @csspart title - A slide's title link.
 * @csspart date - A slide's date.
 * @csspart summary - A slide's summary, clamped to a few lines.
 * @csspart pagination - The row of page buttons (with `pagination`).
 * @csspart page - One page button.
 *
 * @cssprop [--lectern-slide-gap=1em] - Space between slides.
 * @cssprop [--lectern-summary-lines=3] - Lines of summary shown on a slide.
 */
export class LecternRelatedCarousel extends LecternContentElement {
  static override styles = [...LecternContentElement.styles, styles];

  /** Heading level of the heading (1–6); slide titles sit one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Heading text; default "Related content" in the page's language; an empty value shows none. */
  @property() heading?: string;

  /** Show at most this many items. */
  @property({ type: Number }) max?: number;

  /** Slides visible at once; by default it follows the container's width (1 to 4). */
  @property({ type: Number, attribute: 'slides-per-view' }) slidesPerView?: number;

  /** Shows a row of page buttons under the slides. */
  @property({ type: Boolean, reflect: true }) pagination = false;

  /** Wraps from the last page to the first (by scrolling back, never by cloning slides). */
  @property({ type: Boolean, reflect: true }) loop = false;

  /** Rotates through the pages; never under `prefers-reduced-motion: reduce`; stops for good on hover or focus. */
  @property({ type: Boolean, reflect: true }) autoplay = false;

  /** Milliseconds between rotations with `autoplay` (at least 2000). */
  @property({ type: Number }) interval = 6000;

  @state() private atStart = true;
  @state() private atEnd = false;
  @state() private first = 0;
  @state() private visible = 1;
  @state() private rotating = false;
  @state() private announcement = '';

  private timer?: ReturnType<typeof setInterval>;
  private announceNext = false;
  private userStopped = false;
  private count = 0;
  private readonly layout = new LayoutReader(this, () => this.measure());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  /** The last selection, reused while its inputs stand (scrolling re-renders every frame). */
  private selected?: { key: string; feed: Feed; items: FeedItem[] | undefined };

  protected override select(feed: Feed): FeedItem[] | undefined {
    const chosen = this.src && !this.item ? undefined : selectItem(feed, this.requestedItem, this.currentTime);
    const key = `${this.src ?? ''}|${this.item ?? ''}|${this.requestedItem ?? ''}|${chosen?.id ?? ''}|${this.max ?? ''}`;
    if (this.selected?.feed === feed && this.selected.key === key) return this.selected.items;
    let items: FeedItem[] | undefined;
    // With its own feed (`src`) and no `item`, the carousel shows all of that feed's items.
    if (this.src && !this.item) items = limit(relatedItems(feed, undefined), this.max);
    else if (!chosen && this.requestedItem) items = undefined;
    else items = limit(relatedItems(feed, chosen), this.max);
    this.selected = { key, feed, items };
    return items;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute: partners' `style-src` may forbid inline styles.
    const perView = this.slidesPerView && this.slidesPerView > 0 ? String(Math.floor(this.slidesPerView)) : '';
    if (perView) this.track?.style.setProperty('--lectern-per-view', perView);
    else this.track?.style.removeProperty('--lectern-per-view');
    if (changed.has('autoplay') || changed.has('interval')) {
      if (this.autoplay && !this.userStopped && !reducedMotion()) this.play();
      else if (!this.autoplay) this.stop();
    }
  }

  protected override renderContent(selection: FeedItem | FeedItem[], feed: Feed) {
    const items = selection as FeedItem[];
    this.count = items.length;
    if (items.length === 0) return nothing;
    const t = (key: MessageKey) => this.t(key, feed);
    const locale = this.locale(feed);
    const level = headingLevel(this.headingLevel);
    const title = this.heading ?? t('relatedHeading');
    const total = String(items.length);
    const pages = Math.ceil(items.length / Math.max(this.visible, 1));
    const currentPage = Math.min(Math.round(this.first / Math.max(this.visible, 1)), pages - 1);
    const noPrevious = !this.loop && this.atStart;
    const noNext = !this.loop && this.atEnd;
    return html`<section
      class="carousel"
      aria-roledescription=${t('carousel')}
      aria-labelledby=${title ? 'heading' : nothing}
      aria-label=${title ? nothing : t('relatedHeading')}
      @mouseenter=${this.onHover}
      @focusin=${this.onFocusIn}
    >
      ${title ? heading(level, html`<span id="heading">${title}</span>`, 'heading', 'heading') : nothing}
      <div class="controls" part="controls" @keydown=${this.onControlKeydown}>
        ${this.autoplay
          ? html`<button class="control rotation" part="rotation" type="button" @click=${this.toggleRotation}>
              ${t(this.rotating ? 'pause' : 'play')}
            </button>`
          : nothing}
        <button
          class="control"
          part="previous"
          type="button"
          aria-controls="track"
          aria-disabled=${noPrevious ? 'true' : 'false'}
          @click=${() => this.page(-1, true)}
        >
          <span class="arrow" aria-hidden="true">‹</span>${t('previous')}
        </button>
        <button
          class="control"
          part="next"
          type="button"
          aria-controls="track"
          aria-disabled=${noNext ? 'true' : 'false'}
          @click=${() => this.page(1, true)}
        >
          ${t('next')}<span class="arrow" aria-hidden="true">›</span>
        </button>
      </div>
      <div
        class="track"
        id="track"
        part="track"
        @scroll=${this.onScroll}
        @scrollend=${this.onScrollEnd}
      >
        ${
          // Scrolling re-renders the controls every frame; the slides only when what they show changes.
          guard([items, locale, level, feed], () =>
            repeat(
              items,
              (item) => item.id,
              (item, i) => html`<div class="slide" part="slide" role="group" aria-roledescription=${t('slide')} aria-label=${fill(t('slideOf'), { index: String(i + 1), total })}>
                ${this.renderCard(item, level + 1, locale, t)}
              </div>`,
            ),
          )
        }
      </div>
      ${this.pagination && pages > 1
        ? html`<div class="pagination" part="pagination">
            ${Array.from(
              { length: pages },
              (_, p) => html`<button
                class="page"
                part="page"
                type="button"
                aria-controls="track"
                aria-current=${p === currentPage ? 'true' : 'false'}
                aria-label=${fill(t('pageOf'), { index: String(p + 1), total: String(pages) })}
                @click=${() => this.goTo(p * this.visible, true)}
              ></button>`,
            )}
          </div>`
        : nothing}
      <div class="visually-hidden" aria-live=${this.rotating ? 'off' : 'polite'} aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderCard(item: FeedItem, level: number, locale: string, t: (key: MessageKey) => string) {
    const image = href(item.image ?? item.banner_image);
    const link = href(item.url ?? item.external_url);
    const label = item.tags?.find((tag) => tag.trim()) ?? (item._event ? t('event') : item._book ? t('publication') : '');
    const title = item.title?.trim() || item.summary?.trim() || '';
    // For events, the event's date; otherwise the publication date.
    const when = (item._event && formatEventDate(item._event, locale)) || formatDate(item.date_published, locale);
    return html`<article class="card">
      ${image === nothing
        ? html`<div class="media placeholder" part="placeholder" aria-hidden="true"></div>`
        : html`<img class="media" part="image" src=${image} alt="" loading="lazy" decoding="async" />`}
      <div class="card-body">
        ${label ? html`<p class="label" part="label">${label}</p>` : nothing}
        ${title ? heading(level, link === nothing ? title : html`<a part="title" href=${link}>${title}</a>`, 'card-title', 'card-title') : nothing}
        ${when ? html`<p class="date" part="date"><time datetime=${when.datetime}>${when.text}</time></p>` : nothing}
        ${item.summary && item.summary.trim() !== title ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
      </div>
    </article>`;
  }

  private get track(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('#track');
  }

  /** Width of one slide plus the gap: the distance between two slide starts. */
  private step(track: HTMLElement): number {
    const slides = track.children;
    if (slides.length > 1) return Math.abs((slides[1] as HTMLElement).offsetLeft - (slides[0] as HTMLElement).offsetLeft);
    return track.clientWidth;
  }

  private isRtl(): boolean {
    return getComputedStyle(this.track ?? this).direction === 'rtl';
  }

  /** Reads the scroll position: which slides show, and whether either end is reached. */
  private measure(): void {
    const track = this.track;
    if (!track) return;
    const step = this.step(track) || 1;
    const offset = Math.abs(track.scrollLeft);
    this.visible = Math.max(1, Math.round((track.clientWidth + 1) / step));
    this.first = Math.min(Math.round(offset / step), Math.max(this.count - 1, 0));
    this.atStart = offset <= 1;
    this.atEnd = offset + track.clientWidth >= track.scrollWidth - 1;
  }

  private readonly onScroll = () => this.layout.schedule();

  private readonly onScrollEnd = () => {
    this.measure();
    if (this.announceNext) {
      this.announceNext = false;
      this.announce();
    }
  };

  /** The polite live region says where the reader is after a button press (not while rotating). */
  private announce(): void {
    const feed = this.feedState.feed;
    const last = Math.min(this.first + this.visible, this.count);
    const values = { first: String(this.first + 1), last: String(last), total: String(this.count) };
    this.announcement = fill(this.t(last > this.first + 1 ? 'showingRange' : 'showingOne', feed), values);
  }

  /** Moves by `pages` pages; wraps with `loop`. */
  private page(pages: number, byUser: boolean): void {
    this.measure();
    this.goTo(this.first + pages * this.visible, byUser);
  }

  /** Scrolls so that slide `index` is the first visible one. */
  private goTo(index: number, byUser: boolean): void {
    const track = this.track;
    if (!track || this.count === 0) return;
    // Read the position now: a second press may come before the scroll handler's next frame.
    this.measure();
    const lastStart = Math.max(this.count - this.visible, 0);
    let target = index;
    if (target < 0) target = this.loop && this.first === 0 ? lastStart : 0;
    else if (target > lastStart) target = this.loop && this.first >= lastStart ? 0 : lastStart;
    if (byUser) {
      if (target === this.first) return;
      this.announceNext = true;
      this.stopByUser();
    }
    const left = target * this.step(track) * (this.isRtl() ? -1 : 1);
    track.scrollTo({ left, behavior: reducedMotion() ? 'instant' : 'smooth' });
    // Browsers without `scrollend` (and instant scrolls that end at once) still update and announce.
    setTimeout(() => this.onScrollEnd(), reducedMotion() ? 0 : 600);
  }

  /** Arrow keys on the controls move by one slide, Home and End to the ends (mirrored right to left). */
  private readonly onControlKeydown = (e: KeyboardEvent) => {
    this.measure();
    const forward = this.isRtl() ? 'ArrowLeft' : 'ArrowRight';
    const back = this.isRtl() ? 'ArrowRight' : 'ArrowLeft';
    let index: number | undefined;
    if (e.key === forward) index = this.first + 1;
    else if (e.key === back) index = this.first - 1;
    else if (e.key === 'Home') index = 0;
    else if (e.key === 'End') index = this.count;
    if (index === undefined) return;
    e.preventDefault();
    this.goTo(index, true);
  };

  private readonly onFocusIn = (e: FocusEvent) => {
    // Keyboard focus entering the carousel stops rotation for good (APG).
    this.stopByUser();
    const slide = (e.target as Element).closest?.('.slide');
    slide?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reducedMotion() ? 'instant' : 'smooth' });
  };

  private readonly onHover = () => this.stopByUser();

  private readonly toggleRotation = () => {
    if (this.rotating) this.stopByUser();
    else {
      this.userStopped = false;
      this.play();
    }
  };

  private play(): void {
    this.stop();
    this.rotating = true;
    this.timer = setInterval(() => {
      this.measure();
      const lastStart = Math.max(this.count - this.visible, 0);
      this.goTo(this.first >= lastStart ? 0 : this.first + this.visible, false);
    }, Math.max(this.interval || 0, 2000));
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.rotating = false;
  }

  /** Stopped by the reader: rotation does not resume until they press play. */
  private stopByUser(): void {
    if (!this.rotating) return;
    this.userStopped = true;
    this.stop();
  }
}

function limit(items: FeedItem[], max: number | undefined): FeedItem[] {
  return max !== undefined && Number.isFinite(max) && max >= 0 ? items.slice(0, Math.floor(max)) : items;
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-related-carousel': LecternRelatedCarousel;
  }
}
