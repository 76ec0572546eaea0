import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed, FeedItem } from '../../feed/schema.js';
import { selectItem } from '../../model/select.js';
import { relatedItems } from '../../model/related.js';
import { LecternContentElement } from '../base.js';
import { heading, headingLevel, href } from '../templates.js';
import styles from './related-carousel.styles.js';

/**
 * @tag lectern-related-carousel
 * @summary Related content for the selected event: its `related` items, else the feed's other items.
 * (Scroll-snap, controls and the APG carousel pattern: issue 5.)
 *
 * @csspart heading - The heading ("Related content").
 * @csspart list - The list of related items.
 * @csspart slide - One related item.
 * @csspart label - An item's label (its first tag).
 * @csspart title - An item's title link.
 */
export class LecternRelatedCarousel extends LecternContentElement {
  static override styles = [...LecternContentElement.styles, styles];

  /** Heading level of the heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Heading text; default "Related content" in the page's language. */
  @property() heading?: string;

  /** Show at most this many items. */
  @property({ type: Number }) max?: number;

  protected override select(feed: Feed): FeedItem[] | undefined {
    // With its own feed (`src`) and no `item`, the carousel shows all of that feed's items.
    if (this.src && !this.item) return limit(relatedItems(feed, undefined), this.max);
    const chosen = selectItem(feed, this.requestedItem, this.currentTime);
    if (!chosen && this.requestedItem) return undefined;
    return limit(relatedItems(feed, chosen), this.max);
  }

  protected override renderContent(selection: FeedItem | FeedItem[], feed: Feed) {
    const items = selection as FeedItem[];
    if (items.length === 0) return nothing;
    const title = this.heading ?? this.t('relatedHeading', feed);
    return html`${title ? heading(headingLevel(this.headingLevel), title, 'heading', 'heading') : nothing}
      <ul class="list" part="list">
        ${repeat(
          items,
          (item) => item.id,
          (item) => html`<li class="slide" part="slide">
            ${item.tags?.[0] ? html`<span class="label" part="label">${item.tags[0]}</span>` : nothing}
            <a part="title" href=${href(item.url ?? item.external_url)}>${item.title || item.summary || item.id}</a>
          </li>`,
        )}
      </ul>`;
  }
}

function limit(items: FeedItem[], max: number | undefined): FeedItem[] {
  return max !== undefined && Number.isFinite(max) && max >= 0 ? items.slice(0, max) : items;
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-related-carousel': LecternRelatedCarousel;
  }
}
