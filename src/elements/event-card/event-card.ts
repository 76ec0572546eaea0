import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Feed, FeedItem, LecternEvent } from '../../feed/schema.js';
import { attendanceOf, isOnlineOnly, summaryBesideContent, venueParts } from '../../model/rules.js';
import { selectItem } from '../../model/select.js';
import { eventPhase, nextTransition, type EventPhase } from '../../model/status.js';
import { formatMoment, formatWhen, readerTimeZone } from '../../time/format.js';
import type { MessageKey } from '../../i18n/messages.js';
import { LecternContentElement } from '../internal/base.js';
import { heading, href, isolated, paragraphs } from '../internal/templates.js';
import { clockIcon, peopleIcon, placeIcon, screenIcon } from '../internal/icons.js';
import { RichTextCache } from '../controllers/rich-text.js';
import { CalendarMenu } from './calendar-menu.js';
import { TransitionTimer } from '../controllers/transition-timer.js';
import { StructuredData } from '../controllers/structured-data.js';
import styles from './event-card.styles.js';

const STATUS_LABEL: Partial<Record<LecternEvent['status'], MessageKey>> = {
  cancelled: 'cancelled',
  postponed: 'postponed',
  rescheduled: 'rescheduled',
  'moved-online': 'movedOnline',
};

const ATTENDANCE_LABEL: Record<LecternEvent['attendance'], MessageKey> = {
  'in-person': 'inPerson',
  online: 'online',
  mixed: 'mixed',
};

/**
 * @tag lectern-event-card
 * @summary An event: what, when (in the event's zone and the reader's), where, its status, and how to
 * register, join, watch or add it to a calendar.
 *
 * @csspart card - The card.
 * @csspart image - The event image.
 * @csspart kind - The label above the title, e.g. "Whitehall Paper Launch".
 * @csspart status - The status badge: live now, ended, cancelled, postponed, rescheduled, moved online.
 * @csspart title - The event title (a heading at `heading-level`).
 * @csspart title-link - The link around the title, to the item's `url`.
 * @csspart when - The date and time in the event's zone (or "Date to be announced").
 * @csspart reader-time - The same time in the reader's zone, when it differs.
 * @csspart previous - A rescheduled or postponed event's earlier date, struck through.
 * @csspart venue - Venue name and address.
 * @csspart map-link - The link to the venue's map.
 * @csspart attendance - In person, online, or both.
 * @csspart summary - The summary paragraph.
 * @csspart description - The full description.
 * @csspart actions - The row of buttons.
 * @csspart register - The registration button (or its closed/full state).
 * @csspart join - The link to the live stream, while the event is live.
 * @csspart recording - The link to the recording, once the event has ended.
 * @csspart calendar-button - The "Add to calendar" button.
 * @csspart calendar-menu - The calendar menu.
 * @csspart calendar-option - One entry of the calendar menu.
 * @csspart calendar-note - For a cancelled event: web calendars must be updated by hand.
 *
 * @cssprop [--lectern-accent-contrast=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--lectern-status-color=#8c1d40] - Status badges for cancelled, postponed and similar.
 * @cssprop [--lectern-live-color=#1a7f37] - The "Live now" badge.
 */
export class LecternEventCard extends LecternContentElement<FeedItem> {
  static override styles = [...LecternContentElement.styles, styles];

  static override properties: PropertyDeclarations = {
    readerTimeZone: { attribute: 'reader-time-zone' },
    structuredData: { type: Boolean, reflect: true, attribute: 'structured-data' },
  };

  /** The reader's IANA time zone for the "your time" line; default: the browser's. */
  readerTimeZone?: string;

  /** Adds a schema.org `Event` as JSON-LD to the page (light DOM). Off by default. */
  structuredData = false;

  readonly #calendar = new CalendarMenu(this, () => this.currentTime);
  readonly #rich = new RichTextCache(this);
  readonly #jsonLd = new StructuredData(this, 'event');
  readonly #clock = new TransitionTimer(this);

  protected override select(feed: Feed): FeedItem | undefined {
    return selectItem(feed, this.requestedItem, this.currentTime);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const item = this.selection;
    const next = item?._event && nextTransition(item._event, this.currentTime);
    // Re-render by itself when the event starts and when it ends (the timer runs no clock while the time is fixed).
    this.#clock.schedule(next);
    // The JSON-LD follows the card: rewritten when the item, or its phase (the next transition), changes.
    this.#jsonLd.show(this.structuredData && item?._event ? [item] : [], next);
  }

  protected override renderContent(item: FeedItem) {
    const e = item._event;
    const locale = this.localize.locale;
    const t = (key: MessageKey) => this.t(key);
    const phase: EventPhase = e ? eventPhase(e, this.currentTime) : 'tba';
    const title = item.title ?? '';
    const link = href(item.url ?? item.external_url);
    const image = href(item.image ?? item.banner_image);
    return html`<article class="card" part="card">
      ${image === nothing ? nothing : html`<img class="image" part="image" src=${image} alt="" loading="lazy" decoding="async" />`}
      <div class="body">
        <div class="eyebrow">
          ${e?.kind ? html`<p class="kind" part="kind">${e.kind}</p>` : nothing} ${e ? this.#renderStatus(e, phase, t) : nothing}
        </div>
        ${
          title
            ? heading(this.headingLevel, link === nothing ? title : html`<a part="title-link" href=${link}>${title}</a>`, 'title', 'title')
            : nothing
        }
        ${e ? this.#renderFacts(e, locale, t) : nothing} ${this.#renderText(item)}
        ${e ? this.#renderActions(item, e, phase, title, t) : nothing}
      </div>
    </article>`;
  }

  #renderStatus(e: LecternEvent, phase: EventPhase, t: (key: MessageKey) => string) {
    const status = STATUS_LABEL[e.status];
    if (status) return html`<p class="status alert" part="status">${t(status)}</p>`;
    if (phase === 'live') return html`<p class="status live" part="status">${t('live')}</p>`;
    if (phase === 'ended') return html`<p class="status" part="status">${t('ended')}</p>`;
    return nothing;
  }

  #renderFacts(e: LecternEvent, locale: string, t: (key: MessageKey) => string) {
    const when = formatWhen(e, locale, this.readerTimeZone ?? readerTimeZone(), t('yourTime'));
    const postponed = e.status === 'postponed';
    const previous = e.status === 'rescheduled' ? formatMoment(e.previous_start, e, locale) : postponed ? when : undefined;
    const attendance = attendanceOf(e);
    const venue = isOnlineOnly(e) ? undefined : e.location;
    const venueText = venue ? venueParts(e) : [];
    const mapLink = href(venue?.url);
    return html`<div class="facts">
      <p class="when" part="when">
        ${clockIcon}
        ${
          when && !postponed
            ? html`<time datetime=${when.datetime}>${when.text}</time>`
            : html`<span>${t(postponed ? 'newDateTba' : 'dateTba')}</span>`
        }
      </p>
      ${
        previous
          ? html`<p class="previous" part="previous">
            <span class="visually-hidden">${t('previously')}: </span><del><time datetime=${previous.datetime}>${previous.text}</time></del>
          </p>`
          : nothing
      }
      ${
        // Server-rendered, the line is kept (blank until the reader's zone is known), so it never moves the page.
        when && !postponed && (when.reader || this.hasAttribute('server-rendered'))
          ? html`<p class="reader" part="reader-time">${when.reader ?? '\xa0'}</p>`
          : nothing
      }
      ${
        venueText.length
          ? html`<p class="venue" part="venue">
            ${placeIcon}<span>${isolated(venueText)}</span>
            ${
              mapLink === nothing
                ? nothing
                : html`<a part="map-link" href=${mapLink} target="_blank" rel="noopener noreferrer"
                  >${t('map')}<span class="visually-hidden"> ${venue?.name ?? ''} ${t('opensNewTab')}</span></a
                >`
            }
          </p>`
          : nothing
      }
      <p class="attendance" part="attendance">${attendance === 'in-person' ? peopleIcon : screenIcon}<span>${t(ATTENDANCE_LABEL[attendance])}</span></p>
    </div>`;
  }

  #renderText(item: FeedItem) {
    const content = item.content_text?.trim();
    const summary = summaryBesideContent(item);
    const rich = item.content_html ? this.#rich.get(item.id, item.content_html, this.feedState.url) : undefined;
    return html`${summary ? html`<p class="summary" part="summary">${summary}</p>` : nothing}
    ${
      rich
        ? html`<div class="description" part="description">${rich}</div>`
        : content
          ? html`<div class="description" part="description">${paragraphs(content, 'paragraph')}</div>`
          : nothing
    }`;
  }

  #renderActions(item: FeedItem, e: LecternEvent, phase: EventPhase, title: string, t: (key: MessageKey) => string) {
    const about = title ? html`<span class="visually-hidden">: ${title}</span>` : nothing;
    const halted = e.status === 'cancelled' || e.status === 'postponed';
    let main: unknown = nothing;
    if (phase === 'live' && !halted) {
      const join = href(e.online?.url);
      if (join !== nothing) {
        main = html`<a class="button" part="join" href=${join} target="_blank" rel="noopener noreferrer"
          >${e.online?.label || t('joinLive')}${about}</a
        >`;
      }
    } else if (phase === 'ended') {
      const recording = href(e.recording?.url);
      if (recording !== nothing) {
        main = html`<a class="button" part="recording" href=${recording}>${e.recording?.label || t('watchRecording')}${about}</a>`;
      }
    } else if (!halted && e.registration) {
      main = this.#renderRegistration(e.registration, about, t);
    }
    const calendar =
      (phase === 'upcoming' || phase === 'live') && e.status !== 'postponed'
        ? // A cancelled event's file carries STATUS:CANCELLED: it updates calendars that hold the event.
          this.#calendar.render(item, t)
        : nothing;
    if (main === nothing && calendar === nothing) return nothing;
    return html`<div class="actions" part="actions">${main}${calendar}</div>${
      calendar !== nothing && e.status === 'cancelled' ? html`<p class="note" part="calendar-note">${t('calendarByHand')}</p>` : nothing
    }`;
  }

  #renderRegistration(r: NonNullable<LecternEvent['registration']>, about: unknown, t: (key: MessageKey) => string) {
    const url = href(r.url);
    const open = r.availability === 'open' || r.availability === 'waitlist';
    if (open && url !== nothing) {
      const label = r.label || t(r.availability === 'open' ? 'register' : 'waitlist');
      return html`<a class="button" part="register" href=${url}>${label}${about}</a>`;
    }
    if (open) return nothing;
    return html`<span class="button disabled" part="register" aria-disabled="true">${t(r.availability as 'full' | 'closed' | 'invitation')}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-event-card': LecternEventCard;
  }
}
