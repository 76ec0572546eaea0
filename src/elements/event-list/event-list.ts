import type { PropertyDeclarations } from 'lit';
import type { Feed } from '../../feed/schema.js';
import { LecternContentElement } from '../internal/base.js';
import type { FeedState } from '../internal/context.js';
import { emitError } from '../internal/events.js';
import { listDeps } from './deps.js';
import type { ListSelection, ListShow } from './event-list-view.js';

type View = typeof import('./event-list-view.js');

/**
 * The list's view: which events it shows, its template and its styles, in a chunk of its own fetched
 * when the first list connects (alongside the feed), so that pages without a list do not carry it.
 * Until it is here a list shows its pending state. If it cannot be fetched (offline, a blocked request),
 * each list shows the error state and reports a `network` error, as for a feed that cannot be fetched;
 * without "Try again": browsers keep a failed module for the page's life.
 */
let view: View | undefined;
let loading: Promise<View> | undefined;
let failed: FeedState | undefined;

/**
 * @tag lectern-event-list
 * @summary A feed's events as a list: upcoming ones (soonest first), past ones (with their recordings),
 * or both; filtered by kind or tag, cut to a number, optionally under month headings.
 *
 * @csspart list - The list's frame.
 * @csspart section - One section (upcoming or past).
 * @csspart heading - A section's heading (at `heading-level`).
 * @csspart month - A month's heading, with `group-by="month"`.
 * @csspart entries - The `<ol>` of entries.
 * @csspart entry - One entry (`<li>`).
 * @csspart leaf - The calendar leaf: the day and month (the date is also read out in `when`).
 * @csspart kind - The event's kind, e.g. "Book launch".
 * @csspart status - The status badge: live now, cancelled, postponed, rescheduled, moved online, fully booked.
 * @csspart title - The entry's title (a heading).
 * @csspart title-link - The link around the title, to the item's `url`.
 * @csspart when - The date and time in the event's zone, with the zone's abbreviation.
 * @csspart venue - The venue, or "Online".
 * @csspart recording - A past event's recording link.
 * @csspart more - The "More events" link, when the list is cut.
 * @csspart show-past - The "Show past events" button of an empty upcoming list.
 *
 * @cssprop [--lectern-status-color=#8c1d40] - Status badges for cancelled, postponed and similar.
 * @cssprop [--lectern-live-color=#1a7f37] - The "Live now" badge.
 */
export class LecternEventList extends LecternContentElement<ListSelection> {
  static override properties: PropertyDeclarations = {
    show: { reflect: true },
    kind: {},
    tag: {},
    max: { type: Number },
    moreHref: { attribute: 'more-href' },
    groupBy: { attribute: 'group-by' },
    heading: {},
  };

  /** `upcoming` (default: events that have not ended, soonest first), `past` (ended, most recent first) or `all` (both, under two headings). */
  show: ListShow = 'upcoming';

  /** Only events of this kind (`_event.kind`, e.g. "Seminar"; case ignored). */
  kind?: string;

  /** Only items with this tag (`tags`; case ignored). */
  tag?: string;

  /** At most this many entries in each section (default 50); a cut list links to more events. */
  max?: number;

  /** Where "More events" leads when the list is cut; default: the feed's `home_page_url`. */
  moreHref?: string;

  /** `month` puts the entries under month headings (the month in each event's zone). */
  groupBy?: 'month';

  /** Not used by a list: it shows every event that `show`, `kind` and `tag` let through. */
  declare item?: string;

  /** Heading of a one-section list; default "Upcoming events" or "Past events" in the page's language; an empty value shows none. */
  heading?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Once the view is here it adopts its styles into this element's shadow root and renders it again.
    void (loading ??= import('./event-list-view.js')).then(
      (v) => (view = v).connect(this, listDeps),
      (error: unknown) => {
        failed = { status: 'error' };
        this.requestUpdate();
        emitError(this, { kind: 'network', message: `The event list could not be loaded (${String(error)})` });
      },
    );
  }

  protected override get feedState(): FeedState {
    return failed ?? super.feedState;
  }

  /** None: a list asks for no one item, so an `item` attribute (or the provider's) is never reported missing. */
  protected override get requestedItem(): undefined {
    return undefined;
  }

  protected override select(feed: Feed): ListSelection | undefined {
    // Undefined until the view is here (render shows the pending state; a list names no item, so the
    // base class reports nothing missing).
    return view?.selectFor(this, feed, listDeps);
  }

  protected override render(): unknown {
    return view || this.feedState.status === 'error' ? super.render() : this.renderPending();
  }

  protected override renderContent(selection: ListSelection, feed: Feed) {
    return view!.renderFor(this, selection, feed, listDeps);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-event-list': LecternEventList;
  }
}
