import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed, FeedItem } from '../../feed/schema.js';
import { findItem, selectItem } from '../../model/select.js';
import { LecternContentElement } from '../base.js';
import { heading, headingLevel, href } from '../templates.js';
import styles from './publication-card.styles.js';

/**
 * @tag lectern-publication-card
 * @summary The publications an event presents (its `featured` items), or the item named by `item`.
 * (Covers, offers, excerpts and structured data: issue 4.)
 *
 * @csspart card - One publication.
 * @csspart series - Series name, e.g. "Whitehall Papers".
 * @csspart title - The publication title (a heading at `heading-level`).
 * @csspart publisher - The publisher.
 */
export class LecternPublicationCard extends LecternContentElement {
  static override styles = [...LecternContentElement.styles, styles];

  /** Heading level of each publication title (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected override select(feed: Feed): FeedItem[] | undefined {
    const chosen = selectItem(feed, this.requestedItem, this.currentTime);
    if (!chosen) return undefined;
    if (chosen._book || !chosen._event) return [chosen];
    return (chosen._event.featured ?? [])
      .map((id) => findItem(feed, id))
      .filter((item): item is FeedItem => item !== undefined);
  }

  protected override renderContent(selection: FeedItem | FeedItem[]) {
    const items = selection as FeedItem[];
    if (items.length === 0) return nothing;
    return html`${repeat(
      items,
      (item) => item.id,
      (item) => html`<article class="card" part="card">
        ${item._book?.series ? html`<p class="series" part="series">${item._book.series}</p>` : nothing}
        ${item.title
          ? heading(headingLevel(this.headingLevel), item.url ? html`<a href=${href(item.url)}>${item.title}</a>` : item.title, 'title', 'title')
          : nothing}
        ${item._book?.publisher ? html`<p class="publisher" part="publisher">${item._book.publisher}</p>` : nothing}
      </article>`,
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-publication-card': LecternPublicationCard;
  }
}
