import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { LIMITS, type Feed, type FeedItem } from '../../feed/schema.js';
import { selectItem } from '../../model/select.js';
import { relatedItems } from '../../model/related.js';
import { formatDate, formatEventDate } from '../../time/format.js';
import { fill, type MessageKey } from '../../i18n/messages.js';
import { LecternContentElement } from '../internal/base.js';
import { heading, headingLevel, href } from '../internal/templates.js';
import { AutoplayController } from './autoplay-controller.js';
import { reducedMotion, ScrollController } from './scroll-controller.js';
import styles from './related-carousel.styles.js';

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
 * @csspart placeholder - Shown where a slide has no image: its label (tag, or Event or Publication), set in type on the accent colour.
 * @csspart label - A slide's label: its first tag, or "Event" / "Publication".
 * @csspart title - A slide's title link.
 * @csspart date - A slide's date.
 * @csspart summary - A slide's summary, clamped to a few lines.
 * @csspart pagination - The row of page buttons (with `pagination`).
 * @csspart page - One page button.
 *
 * @cssprop [--lectern-slide-gap=1em] - Space between slides.
 * @cssprop [--lectern-summary-lines=3] - Lines of summary shown on a slide.
 * @cssprop [--lectern-cover-color=#8c1d40] - Background of the typographic placeholders: a missing book cover, a slide without an image (default: the accent).
 */
export class LecternRelatedCarousel extends LecternContentElement<FeedItem[]> {
  static override styles = [...LecternContentElement.styles, styles];

  // `attribute: false` on internal state keeps it out of the manifest's attributes.
  static override properties: PropertyDeclarations = {
    heading: {},
    max: { type: Number },
    slidesPerView: { type: Number, attribute: 'slides-per-view' },
    pagination: { type: Boolean, reflect: true },
    loop: { type: Boolean, reflect: true },
    autoplay: { type: Boolean, reflect: true },
    interval: { type: Number },
    announcement: { state: true, attribute: false },
  };

  /** Heading text; default "Related content" in the page's language; an empty value shows none. */
  heading?: string;

  /** Show at most this many items (default 100: a feed of thousands would otherwise make thousands of slides). */
  max?: number;

  /** Slides visible at once; by default it follows the container's width (1 to 4). */
  slidesPerView?: number;

  /** Shows a row of page buttons under the slides. */
  pagination = false;

  /** Wraps from the last page to the first (by scrolling back, never by cloning slides). */
  loop = false;

  /** Rotates through the pages; never under `prefers-reduced-motion: reduce`; stops for good on hover or focus. */
  autoplay = false;

  /** Milliseconds between rotations with `autoplay` (at least 2000). */
  interval = 6000;

  /** What the polite live region says after the reader moved the carousel. */
  private announcement = '';

  get #track(): HTMLElement | null {
    return this.renderRoot.querySelector('#track');
  }

  readonly #scroller = new ScrollController(this, {
    track: () => this.#track,
    loop: () => this.loop,
    onUserMove: () => this.#rotation.stopByUser(),
    onArrive: () => this.#announce(),
  });

  readonly #rotation = new AutoplayController(this, () => {
    this.#scroller.measure();
    const { first, visible, count } = this.#scroller;
    this.#scroller.goTo(first >= Math.max(count - visible, 0) ? 0 : first + visible, false);
  });

  /** The last selection, reused while its inputs stand (scrolling re-renders every frame). */
  #selected?: { key: string; feed: Feed; items: FeedItem[] | undefined };

  protected override select(feed: Feed): FeedItem[] | undefined {
    const chosen = this.src && !this.item ? undefined : selectItem(feed, this.requestedItem, this.currentTime);
    const key = `${this.src ?? ''}|${this.item ?? ''}|${this.requestedItem ?? ''}|${chosen?.id ?? ''}|${this.max ?? ''}`;
    if (this.#selected?.feed === feed && this.#selected.key === key) return this.#selected.items;
    let items: FeedItem[] | undefined;
    // With its own feed (`src`) and no `item`, the carousel shows all of that feed's items.
    if (this.src && !this.item) items = limit(relatedItems(feed, undefined), this.max);
    else if (!chosen && this.requestedItem) items = undefined;
    else items = limit(relatedItems(feed, chosen), this.max);
    this.#selected = { key, feed, items };
    return items;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#scroller.count = this.selection?.length ?? 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute: partners' `style-src` may forbid inline styles.
    // (Unset or under 1, as `undefined >= 1` is false: the stylesheet's count.)
    const perView = this.slidesPerView! >= 1 ? String(Math.floor(this.slidesPerView!)) : '';
    if (perView) this.#track?.style.setProperty('--_per-view', perView);
    else this.#track?.style.removeProperty('--_per-view');
    if (changed.has('autoplay') || changed.has('interval')) {
      if (this.autoplay && !this.#rotation.userStopped && !reducedMotion()) this.#rotation.play(this.interval);
      else if (!this.autoplay) this.#rotation.stop();
    }
  }

  protected override renderContent(items: FeedItem[], feed: Feed) {
    if (items.length === 0) return nothing;
    const t = (key: MessageKey) => this.t(key);
    const locale = this.localize.locale;
    const level = headingLevel(this.headingLevel);
    const title = this.heading ?? t('relatedHeading');
    const { visible, atStart, atEnd } = this.#scroller;
    const pages = this.#scroller.pages();
    const rotating = this.#rotation.rotating;
    const noPrevious = !this.loop && atStart;
    const noNext = !this.loop && atEnd;
    return html`<section
      class="carousel"
      aria-roledescription=${t('carousel')}
      aria-labelledby=${title ? 'heading' : nothing}
      aria-label=${title ? nothing : t('relatedHeading')}
      @mouseenter=${this.#onHover}
      @focusin=${this.#onFocusIn}
    >
      ${title ? heading(level, html`<span id="heading">${title}</span>`, 'heading', 'heading') : nothing}
      <div class="controls" part="controls" @keydown=${this.#onControlKeydown}>
        ${
          this.autoplay
            ? html`<button class="control rotation" part="rotation" type="button" @click=${this.#toggleRotation}>
              ${t(rotating ? 'pause' : 'play')}
            </button>`
            : nothing
        }
        <button
          class="control"
          part="previous"
          type="button"
          aria-controls="track"
          aria-disabled=${noPrevious ? 'true' : 'false'}
          @click=${() => this.#scroller.page(-1, true)}
        >
          <span class="arrow" aria-hidden="true">‹</span>${t('previous')}
        </button>
        <button
          class="control"
          part="next"
          type="button"
          aria-controls="track"
          aria-disabled=${noNext ? 'true' : 'false'}
          @click=${() => this.#scroller.page(1, true)}
        >
          ${t('next')}<span class="arrow" aria-hidden="true">›</span>
        </button>
      </div>
      <div
        class="track"
        id="track"
        part="track"
        tabindex="-1"
        @scroll=${this.#scroller.onScroll}
        @scrollend=${this.#scroller.onScrollEnd}
      >
        ${this.#slides(items, level, locale, feed, t)}
      </div>
      ${
        this.pagination && pages.total > 1
          ? html`<div class="pagination" part="pagination">
            ${Array.from(
              { length: pages.total },
              (_, p) => html`<button
                class="page"
                part="page"
                type="button"
                aria-controls="track"
                aria-current=${p === pages.current ? 'true' : 'false'}
                aria-label=${fill(t('pageOf'), { index: p + 1, total: pages.total })}
                @click=${() => this.#scroller.goTo(p * visible, true)}
              ></button>`,
            )}
          </div>`
          : nothing
      }
      <div class="visually-hidden" aria-live=${rotating ? 'off' : 'polite'} aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  /**
   * The slides' templates, made again only when what they show changes: scrolling re-renders the
   * controls every frame, and Lit then finds the slides' values unchanged and leaves their DOM alone.
   */
  #made?: { from: unknown[]; slides: unknown };
  #slides(items: FeedItem[], level: number, locale: string, feed: Feed, t: (key: MessageKey) => string) {
    const from = [items, locale, level, feed];
    if (!this.#made || from.some((value, i) => value !== this.#made!.from[i])) {
      const total = items.length;
      const slides = items.map(
        (
          item,
          i,
        ) => html`<div class="slide" part="slide" role="group" aria-roledescription=${t('slide')} aria-label=${fill(t('slideOf'), { index: i + 1, total })}>
          ${this.#renderCard(item, level + 1, locale, t)}
        </div>`,
      );
      this.#made = { from, slides };
    }
    return this.#made.slides;
  }

  #renderCard(item: FeedItem, level: number, locale: string, t: (key: MessageKey) => string) {
    const image = href(item.image ?? item.banner_image);
    const link = href(item.url ?? item.external_url);
    const label = item.tags?.find((tag) => tag.trim()) ?? (item._event ? t('event') : item._book ? t('publication') : '');
    const title = item.title?.trim() || item.summary?.trim() || '';
    // For events, the event's date; otherwise the publication date.
    const when = (item._event && formatEventDate(item._event, locale)) || formatDate(item.date_published, locale);
    return html`<article class="card">
      ${
        image === nothing
          ? html`<div class="media placeholder" part="placeholder" aria-hidden="true">${label}</div>`
          : html`<img class="media" part="image" src=${image} alt="" loading="lazy" decoding="async" />`
      }
      <div class="card-body">
        ${label ? html`<p class="label" part="label">${label}</p>` : nothing}
        ${title ? heading(level, link === nothing ? title : html`<a part="title" href=${link}>${title}</a>`, 'card-title', 'card-title') : nothing}
        ${when ? html`<p class="date" part="date"><time datetime=${when.datetime}>${when.text}</time></p>` : nothing}
        ${item.summary && item.summary.trim() !== title ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
      </div>
    </article>`;
  }

  /** The polite live region says where the reader is after a button press (not while rotating). */
  #announce(): void {
    const { first, visible, count } = this.#scroller;
    const end = Math.min(first + visible, count);
    const values = { first: first + 1, last: end, total: count };
    this.announcement = fill(this.t(end > first + 1 ? 'showingRange' : 'showingOne'), values);
  }

  /** Arrow keys on the controls move by one slide, Home and End to the ends (mirrored right to left). */
  readonly #onControlKeydown = (e: KeyboardEvent) => {
    this.#scroller.measure();
    const rtl = this.#scroller.isRtl();
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const { first, count } = this.#scroller;
    let index: number | undefined;
    if (e.key === forward) index = first + 1;
    else if (e.key === back) index = first - 1;
    else if (e.key === 'Home') index = 0;
    else if (e.key === 'End') index = count;
    if (index === undefined) return;
    e.preventDefault();
    this.#scroller.goTo(index, true);
  };

  readonly #onFocusIn = (e: FocusEvent) => {
    // Keyboard focus entering the carousel stops rotation for good (APG).
    this.#rotation.stopByUser();
    const slide = (e.target as Element).closest?.('.slide');
    slide?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reducedMotion() ? 'instant' : 'smooth' });
  };

  readonly #onHover = () => this.#rotation.stopByUser();

  readonly #toggleRotation = () => this.#rotation.toggle(this.interval);
}

function limit(items: FeedItem[], max: number | undefined): FeedItem[] {
  return items.slice(0, max !== undefined && Number.isFinite(max) && max >= 0 ? Math.floor(max) : LIMITS.related);
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-related-carousel': LecternRelatedCarousel;
  }
}
