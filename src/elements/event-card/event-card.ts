import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, FeedItem } from '../../feed/schema.js';
import { selectItem } from '../../model/select.js';
import { LecternContentElement } from '../base.js';
import { heading, headingLevel, href } from '../templates.js';
import styles from './event-card.styles.js';

/**
 * @tag lectern-event-card
 * @summary An event's kind, title and summary. (Dates, venue, status and calendar links: issue 3.)
 *
 * @csspart kind - The label above the title, e.g. "Whitehall Paper Launch".
 * @csspart title - The event title (a heading at `heading-level`).
 * @csspart title-link - The link around the title, to the item's `url`.
 * @csspart summary - The summary paragraph.
 */
export class LecternEventCard extends LecternContentElement {
  static override styles = [...LecternContentElement.styles, styles];

  /** Heading level of the event title (1–6), so the card fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected override select(feed: Feed): FeedItem | undefined {
    return selectItem(feed, this.requestedItem, this.currentTime);
  }

  protected override renderContent(selection: FeedItem | FeedItem[]) {
    const item = selection as FeedItem;
    const e = item._event;
    const title = item.title ?? '';
    const link = href(item.url ?? item.external_url);
    return html`<article class="card" part="card">
      ${e?.kind ? html`<p class="kind" part="kind">${e.kind}</p>` : nothing}
      ${title
        ? heading(
            headingLevel(this.headingLevel),
            link === nothing ? title : html`<a part="title-link" href=${link}>${title}</a>`,
            'title',
            'title',
          )
        : nothing}
      ${item.summary ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-event-card': LecternEventCard;
  }
}
