import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed, FeedItem, Speaker } from '../../feed/schema.js';
import { selectItem } from '../../model/select.js';
import { LecternContentElement } from '../base.js';
import { heading, headingLevel, href } from '../templates.js';
import styles from './speaker-list.styles.js';

/**
 * @tag lectern-speaker-list
 * @summary The selected event's speakers, in feed order. (Portraits, bios and layouts: issue 4.)
 *
 * @csspart heading - The list heading ("About the panel").
 * @csspart list - The list of speakers.
 * @csspart speaker - One speaker.
 * @csspart name - A speaker's name.
 * @csspart role - A speaker's role, e.g. "Author".
 */
export class LecternSpeakerList extends LecternContentElement {
  static override styles = [...LecternContentElement.styles, styles];

  /** Heading level of the list's heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Heading text; default "About the panel" in the page's language. */
  @property() heading?: string;

  protected override select(feed: Feed): FeedItem | undefined {
    return selectItem(feed, this.requestedItem, this.currentTime);
  }

  protected override renderContent(selection: FeedItem | FeedItem[], feed: Feed) {
    const speakers = (selection as FeedItem)._event?.speakers ?? [];
    if (speakers.length === 0) return nothing;
    const title = this.heading ?? this.t('speakersHeading', feed);
    return html`${title ? heading(headingLevel(this.headingLevel), title, 'heading', 'heading') : nothing}
      <ul class="list" part="list">
        ${repeat(
          speakers,
          (s: Speaker, i) => `${i}:${s.name}`,
          (s: Speaker) => html`<li class="speaker" part="speaker">
            <span class="name" part="name">${s.url ? html`<a href=${href(s.url)}>${s.name}</a>` : s.name}</span>
            ${s.role ? html`<span class="role" part="role">${s.role}</span>` : nothing}
          </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-speaker-list': LecternSpeakerList;
  }
}
