import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Feed, FeedItem } from '../../feed/schema.js';
import { bookAuthors, httpUrl, shortSummary } from '../../model/rules.js';
import { findItem, selectItem } from '../../model/select.js';
import { fill, type MessageKey } from '../../i18n/messages.js';
import { formatDate } from '../../time/format.js';
import { LecternContentElement } from '../internal/base.js';
import { page } from '../internal/page.js';
import { BrokenImages } from '../controllers/broken-images.js';
import { fillIsolated, heading, href, isolated } from '../internal/templates.js';
import { StructuredData } from '../controllers/structured-data.js';
import styles from './publication-card.styles.js';

/** An http(s) link to another origin: it opens in a new tab. */
const external = (url: string) => {
  const base = page.url();
  const absolute = httpUrl(url, base);
  return absolute !== undefined && new URL(absolute).origin !== new URL(base).origin;
};

/**
 * @tag lectern-publication-card
 * @summary The publications an event presents (its `featured` items), or the item named by `item`:
 * cover, series, title, authors, publisher, date, ISBN, summary, access note, excerpt and offers.
 *
 * @csspart card - One publication (an `<article>`).
 * @csspart cover - The cover image.
 * @csspart cover-placeholder - Shown instead of the cover when there is none or it fails to load: the title, set in type.
 * @csspart body - The text beside (wide) or below (narrow) the cover.
 * @csspart series - Series and number, e.g. "Whitehall Papers, no. 3".
 * @csspart title - The publication title (a heading at `heading-level`).
 * @csspart title-link - The link around the title, to the item's `url`.
 * @csspart subtitle - The subtitle.
 * @csspart authors - "By …", when there are named authors.
 * @csspart publisher - The publisher.
 * @csspart date - The publication date.
 * @csspart isbn - The ISBN.
 * @csspart summary - The summary (or the first paragraph of the text).
 * @csspart access - The access note, e.g. "Available to Whitehall Papers subscribers".
 * @csspart actions - The row of links.
 * @csspart excerpt - The link to a free excerpt.
 * @csspart offer - Each purchase link.
 *
 * @cssprop [--lectern-cover-inline-size=8em] - Width of the cover (its height follows at 2:3).
 * @cssprop [--lectern-cover-color=#8c1d40] - Background of the typographic placeholders: a missing book cover, a slide without an image (default: the accent).
 * @cssprop [--lectern-accent-contrast=#ffffff] - Text on accent-coloured buttons and the placeholder.
 */
export class LecternPublicationCard extends LecternContentElement<FeedItem[]> {
  static override styles = [...LecternContentElement.styles, styles];

  static override properties: PropertyDeclarations = {
    structuredData: { type: Boolean, reflect: true, attribute: 'structured-data' },
  };

  /** Adds one schema.org `Book` per publication as JSON-LD to the page (light DOM). Off by default. */
  structuredData = false;

  /** Covers that failed to load: shown as placeholders. */
  readonly #broken = new BrokenImages(this);
  readonly #jsonLd = new StructuredData(this, 'book');

  protected override select(feed: Feed): FeedItem[] | undefined {
    const chosen = selectItem(feed, this.requestedItem, this.currentTime);
    if (!chosen) return undefined;
    if (chosen._book || !chosen._event) return [chosen];
    return [...new Set(chosen._event.featured)].map((id) => findItem(feed, id)).filter((item): item is FeedItem => !!item);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#jsonLd.show(this.structuredData ? (this.selection ?? []) : []);
  }

  protected override renderContent(items: FeedItem[]) {
    return html`${items.map((item) => this.#renderCard(item))}`;
  }

  #renderCard(item: FeedItem) {
    const b = item._book ?? {};
    const t = (key: MessageKey) => this.t(key);
    const locale = this.localize.locale;
    const title = item.title?.trim() ?? '';
    const link = href(item.url ?? item.external_url);
    const cover = href(b.cover);
    const authors = bookAuthors(item).map((a) => a.name!);
    const num = String(b.series_number ?? '').trim();
    const series = b.series?.trim() && (num ? fillIsolated(t('seriesNumber'), { series: b.series.trim(), number: num }) : b.series.trim());
    const date = formatDate(b.date_published ?? item.date_published, locale);
    const [before, after] = t('published').split('{date}');
    const summary = shortSummary(item);
    const p = (part: string, text: unknown) =>
      text && (typeof text !== 'string' || text.trim()) ? html`<p class=${part} part=${part}>${text}</p>` : nothing;
    const out = (url: string | undefined, label: string, part: string, cls: string) => {
      const u = href(url);
      if (u === nothing) return nothing;
      const ext = external(u);
      // The hidden text makes the name make sense out of context: "Buy: Target Markets (opens in a new tab)".
      return html`<a class=${cls} part=${part} href=${u} target=${ext ? '_blank' : nothing} rel=${ext ? 'noopener noreferrer' : nothing}>${label}<span class="visually-hidden">${title ? `: ${title}` : ''}${ext ? ` ${t('opensNewTab')}` : ''}</span></a>`;
    };
    const actions = [
      b.excerpt ? out(b.excerpt.url, b.excerpt.label?.trim() || t('excerpt'), 'excerpt', 'button secondary') : nothing,
      ...(b.offers ?? []).map((o) => out(o.url, o.label?.trim() || t('buy'), 'offer', 'button')),
    ].filter((a) => a !== nothing);
    const names = authors.length
      ? fillIsolated(t('byAuthors'), {
          names: new Intl.ListFormat(locale, { type: 'conjunction' })
            .formatToParts(authors)
            .map((x) => (x.type === 'element' ? isolated([x.value]) : x.value)),
        })
      : '';
    const level = this.headingLevel;
    // Templates are kept tight: Lit ships their whitespace as written.
    const body = [
      p('series', series),
      title ? heading(level, link === nothing ? title : html`<a part="title-link" href=${link}>${title}</a>`, 'title', 'title') : nothing,
      p('subtitle', b.subtitle),
      p('authors', names),
      p('publisher', b.publisher),
      date ? html`<p class="date" part="date">${before}<time datetime=${date.datetime}>${date.text}</time>${after}</p>` : nothing,
      p('isbn', b.isbn?.trim() && fill(t('isbn'), { isbn: b.isbn.trim() })),
      p('summary', summary),
      p('access', b.access),
      actions.length ? html`<div class="actions" part="actions">${actions}</div>` : nothing,
    ];
    const image =
      cover !== nothing && !this.#broken.has(cover)
        ? html`<img class="cover" part="cover" src=${cover} alt=${b.cover_alt?.trim() ?? ''} loading="lazy" @error=${this.#broken.failed(cover)} />`
        : title
          ? html`<div class="cover placeholder" part="cover-placeholder" aria-hidden="true"><span>${title}</span></div>`
          : nothing;
    return html`<article class="card" part="card">${image}<div class="body" part="body">${body}</div></article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-publication-card': LecternPublicationCard;
  }
}
