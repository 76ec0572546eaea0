import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Feed, FeedItem, Speaker } from '../../feed/schema.js';
import { selectItem } from '../../model/select.js';
import { LecternContentElement } from '../internal/base.js';
import { RichTextCache } from '../controllers/rich-text.js';
import { LayoutReader } from '../controllers/layout-reader.js';
import { BrokenImages } from '../controllers/broken-images.js';
import { heading, headingLevel, href, isolated, paragraphs } from '../internal/templates.js';
import styles from './speaker-list.styles.js';

export type SpeakerLayout = 'list' | 'grid' | 'compact';

interface Group {
  role: string | undefined;
  speakers: { speaker: Speaker; key: string }[];
}

/**
 * @tag lectern-speaker-list
 * @summary The selected event's speakers, in feed order: portrait, name, role, job and affiliation,
 * and a biography that opens with "Read more".
 *
 * @slot heading - Replaces the heading's text ("About the panel").
 *
 * @csspart heading - The list heading.
 * @csspart group - A group of speakers with one role (with `group-by-role`).
 * @csspart group-heading - The role that heads a group.
 * @csspart list - The list of speakers.
 * @csspart speaker - One speaker.
 * @csspart portrait - A speaker's portrait image.
 * @csspart initials - The initials shown when there is no portrait, or it fails to load.
 * @csspart name - A speaker's name (a heading one level below the list's).
 * @csspart name-link - The link around the name, to the speaker's `url`.
 * @csspart role - A speaker's role, e.g. "Author".
 * @csspart position - Job title and affiliation.
 * @csspart bio - The biography.
 * @csspart bio-toggle - The "Read more" / "Show less" button.
 *
 * @cssprop [--lectern-portrait-size=4.5em] - Portrait size in the list layout.
 * @cssprop [--lectern-bio-lines=4] - Lines of biography shown before "Read more".
 * @cssprop [--lectern-initials-background=#e7e9ec] - Background behind initials.
 */
export class LecternSpeakerList extends LecternContentElement<FeedItem> {
  static override styles = [...LecternContentElement.styles, styles];

  // `attribute: false` on internal state keeps it out of the manifest's attributes.
  static override properties: PropertyDeclarations = {
    heading: {},
    layout: { reflect: true },
    groupByRole: { type: Boolean, reflect: true, attribute: 'group-by-role' },
    expanded: { state: true, attribute: false },
    overflowing: { state: true, attribute: false },
  };

  /** Heading text; default "About the panel" in the page's language; an empty value shows no heading. */
  heading?: string;

  /** `list` (default), `grid` (cards) or `compact` (names and roles only). Narrow containers adapt. */
  layout: SpeakerLayout = 'list';

  /** Groups speakers by role, the chair first. */
  groupByRole = false;

  /** Keys of biographies the reader opened. */
  private expanded = new Set<string>();
  /** Keys of biographies taller than the clamp (measured), which get a "Read more" button. */
  private overflowing = new Set<string>();
  readonly #rich = new RichTextCache(this);
  readonly #broken = new BrokenImages(this);
  // Not private: a controller kept only for its lifecycle would count as unused.
  protected readonly clamps = new LayoutReader(this, () => this.#measure());

  protected override select(feed: Feed): FeedItem | undefined {
    return selectItem(feed, this.requestedItem, this.currentTime);
  }

  protected override renderContent(item: FeedItem) {
    const speakers = item._event?.speakers ?? [];
    if (speakers.length === 0) return nothing;
    const level = headingLevel(this.headingLevel);
    const title = this.heading ?? this.t('speakersHeading');
    const keyed = speakers.map((speaker, i) => ({ speaker, key: `${i}:${speaker.name}` }));
    const groups = this.groupByRole ? group(keyed) : [{ role: undefined, speakers: keyed }];
    const nameLevel = Math.min(level + (this.groupByRole ? 2 : 1), 6);
    return html`<section class="speakers layout-${this.layout}">
      ${title || this.#hasSlottedHeading() ? heading(level, html`<slot name="heading">${title}</slot>`, 'heading', 'heading') : nothing}
      ${groups.map((g) =>
        !g.role
          ? this.#renderList(g, nameLevel)
          : html`<div class="group" part="group">
              ${heading(Math.min(level + 1, 6), g.role, 'group-heading', 'group-heading')} ${this.#renderList(g, nameLevel)}
            </div>`,
      )}
    </section>`;
  }

  #renderList(g: Group, nameLevel: number) {
    return html`<ul class="list" part="list">
      ${g.speakers.map((s) => this.#renderSpeaker(s.speaker, s.key, nameLevel))}
    </ul>`;
  }

  #renderSpeaker(s: Speaker, key: string, nameLevel: number) {
    const compact = this.layout === 'compact';
    const link = href(s.url);
    const name = link === nothing ? s.name : html`<a part="name-link" href=${link}>${s.name}</a>`;
    const position = [s.job_title, s.affiliation].filter((x) => x && x.trim());
    return html`<li class="speaker" part="speaker">
      ${compact ? nothing : this.#renderPortrait(s)}
      <div class="text">
        ${compact ? html`<span class="name" part="name">${name}</span>` : heading(nameLevel, name, 'name', 'name')}
        ${s.role ? html`<span class="role" part="role">${s.role}</span>` : nothing}
        ${position.length && !compact ? html`<p class="position" part="position">${isolated(position)}</p>` : nothing}
        ${compact ? nothing : this.#renderBio(s, key)}
      </div>
    </li>`;
  }

  #renderPortrait(s: Speaker) {
    const src = href(s.avatar);
    if (src === nothing || this.#broken.has(src)) {
      return html`<span class="portrait initials" part="initials" aria-hidden="true">${initials(s.name)}</span>`;
    }
    return html`<img
      class="portrait"
      part="portrait"
      src=${src}
      alt=${s.avatar_alt ?? ''}
      width="72"
      height="72"
      loading="lazy"
      decoding="async"
      @error=${this.#broken.failed(src)}
    />`;
  }

  #renderBio(s: Speaker, key: string) {
    const rich = s.bio_html ? this.#rich.get(key, s.bio_html, this.feedState.url) : undefined;
    const body = rich ?? (s.bio ? paragraphs(s.bio, 'paragraph') : nothing);
    if (body === nothing) return nothing;
    const open = this.expanded.has(key);
    const id = `bio-${key.slice(0, key.indexOf(':'))}`;
    const toggle = this.overflowing.has(key) || open;
    return html`<div class="bio ${open ? 'open' : 'clamped'}" part="bio" id=${id} data-key=${key}>${body}</div>
      ${
        toggle
          ? html`<button
            class="toggle"
            part="bio-toggle"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${id}
            @click=${() => this.#toggle(key)}
          >
            ${this.t(open ? 'readLess' : 'readMore')}<span class="visually-hidden">: ${s.name}</span>
          </button>`
          : nothing
      }`;
  }

  #toggle(key: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
  }

  #hasSlottedHeading(): boolean {
    return this.querySelector(':scope > [slot="heading"]') !== null;
  }

  /** Which clamped biographies hide text: only those get a "Read more" button. */
  #measure(): void {
    const bios = this.shadowRoot?.querySelectorAll<HTMLElement>('.bio.clamped') ?? [];
    const next = new Set<string>();
    for (const bio of bios) if (bio.scrollHeight > bio.clientHeight + 1) next.add(bio.dataset['key']!);
    for (const key of this.expanded) if (this.overflowing.has(key)) next.add(key);
    if (next.size !== this.overflowing.size || [...next].some((k) => !this.overflowing.has(k))) this.overflowing = next;
  }
}

/** Groups by role in order of first appearance, chairs first. */
function group(speakers: { speaker: Speaker; key: string }[]): Group[] {
  const groups = new Map<string, Group>();
  for (const s of speakers) {
    const role = s.speaker.role?.trim() ?? '';
    const found = groups.get(role.toLowerCase()) ?? { role, speakers: [] };
    found.speakers.push(s);
    groups.set(role.toLowerCase(), found);
  }
  return [...groups.values()].sort((a, b) => Number(isChair(b.role)) - Number(isChair(a.role)));
}

function isChair(role: string | undefined): boolean {
  return /^(co-?)?chair/i.test(role ?? '');
}

/** Up to two initials from a name ("Andrea Berger" → "AB"), by grapheme, never empty. */
function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const first = (w: string | undefined) => (w ? [...w][0]!.toLocaleUpperCase() : '');
  return first(words[0]) + (words.length > 1 ? first(words[words.length - 1]) : '') || '?';
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-speaker-list': LecternSpeakerList;
  }
}
