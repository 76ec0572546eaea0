/**
 * What `<lectern-event-list>` lists and how it looks: a chunk of its own, fetched when the first list
 * connects, so pages without a list do not carry it. Like every Lectern chunk it imports nothing from
 * lectern.js; what it shares arrives as `ListDeps` (deps.ts), and its styles as text the element adopts.
 */
import type { CSSResultOrNative, ReactiveControllerHost } from 'lit';
import type { Feed, FeedItem, LecternEvent } from '../../feed/schema.js';
import type { MessageKey } from '../../i18n/messages.js';
import enList from '../../i18n/en-list.js';
import type { ListDeps } from './deps.js';

export type ListShow = 'upcoming' | 'past' | 'all';

export interface ListOptions {
  show: ListShow;
  /** Only events whose `_event.kind` is this (case and surrounding space ignored). */
  kind?: string;
  /** Only items with this tag (case and surrounding space ignored). */
  tag?: string;
  /** At most this many entries in each section. */
  max: number;
  now: number;
}

export interface ListEntry {
  item: FeedItem;
  e: LecternEvent;
  /** Start and (exclusive) end instants; undefined for a date to be announced. */
  start?: number;
  end?: number;
}

export interface ListSelection {
  /** Not ended (or not dated yet): soonest first, undated last. Cut to `max`. */
  upcoming: ListEntry[];
  /** Ended: most recent first. Cut to `max`. */
  past: ListEntry[];
  /** How many each section had before the cut. */
  upcomingTotal: number;
  pastTotal: number;
  /** The next instant at which an entry starts or ends: the list changes then. */
  next?: number;
}

/**
 * What the view reads of its element (`LecternEventList`; some of it protected there, so described
 * here rather than imported as a type).
 */
export interface ListElement extends HTMLElement, ReactiveControllerHost {
  show: ListShow;
  kind?: string;
  tag?: string;
  max?: number;
  moreHref?: string;
  groupBy?: string;
  heading?: string;
  headingLevel: number;
  now?: number;
  renderRoot: HTMLElement | DocumentFragment;
}
interface Protected {
  selection?: ListSelection;
  t(key: MessageKey): string;
  localize: { locale: string };
  currentTime: number;
}
const inside = (el: ListElement) => el as unknown as Protected;

/** Entries per section unless `max` says otherwise: a feed of thousands of events lists this many, then "More events". */
const DEFAULT_MAX = 50;

/**
 * Called for each list as it connects: its styles join the element's own (adopted, so a strict
 * `style-src` allows them), it gets its clock (the first time), and it renders again.
 */
export function connect(el: ListElement, d: ListDeps): void {
  // The list's English messages join the English table (other languages carry them already).
  Object.assign(d.en, enList);
  const root = el.renderRoot;
  if (root instanceof ShadowRoot)
    d.adoptStyles(root, [...(el.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles, (sheet ??= d.unsafeCSS(styles))]);
  if (!clocks.has(el)) {
    clocks.add(el);
    const clock = new d.TransitionTimer(el);
    // Renders again by itself when a listed event starts or ends (the timer runs no clock while the time is fixed).
    el.addController({ hostUpdated: () => clock.schedule(inside(el).selection?.next) });
  }
  el.requestUpdate();
}
let sheet: CSSResultOrNative | undefined;
const clocks = new WeakSet<ListElement>();

/** The list's options from its attributes. */
function options(el: ListElement): ListOptions {
  const show: ListShow = el.show === 'past' || el.show === 'all' ? el.show : 'upcoming';
  const max = el.max ?? DEFAULT_MAX;
  return { show, kind: el.kind, tag: el.tag, max: Number.isFinite(max) ? max : DEFAULT_MAX, now: inside(el).currentTime };
}

export const selectFor = (el: ListElement, feed: Feed, d: ListDeps): ListSelection => selectEvents(feed.items, options(el), d);

export function renderFor(el: ListElement, sel: ListSelection, feed: Feed, d: ListDeps) {
  const p = inside(el);
  return renderList(
    {
      t: (key) => p.t(key),
      locale: p.localize.locale,
      headingLevel: el.headingLevel,
      heading: el.heading,
      groupBy: el.groupBy,
      moreHref: el.moreHref,
      // The empty state's button: past events instead, with focus on the first of them (the button is gone).
      showPast: () => {
        el.show = 'past';
        void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('[part~="title-link"]')?.focus());
      },
    },
    sel,
    options(el),
    feed.home_page_url,
    d,
  );
}

/** What the rendering needs of its element. */
export interface ListHost {
  t(key: MessageKey): string;
  locale: string;
  headingLevel: number;
  /** Heading of a one-section list; undefined: the section's name; empty: none. */
  heading?: string;
  groupBy?: string;
  moreHref?: string;
  /** Switches the list to past events (the empty state's button). */
  showPast(): void;
}

const STATUS: Partial<Record<LecternEvent['status'], MessageKey>> = {
  cancelled: 'cancelled',
  postponed: 'postponed',
  rescheduled: 'rescheduled',
  'moved-online': 'movedOnline',
};

// Its own css tag, so the build minifies the literal (vite.config.ts) without Lit in the chunk.
const css = String.raw;

export const styles = css`
  .list {
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.375em;
    line-height: 1.3;
    font-weight: 700;
  }
  .section + .section {
    margin-block-start: 1.5em;
  }
  .month {
    margin: 1em 0 0.5em;
    font-size: 1em;
    font-weight: 700;
    color: var(--_muted);
  }
  .entries {
    display: grid;
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 45em) {
    .entries {
      grid-template-columns: 1fr 1fr;
      gap: 1.25em 2em;
    }
  }
  .entry {
    display: flex;
    gap: 0.875em;
    align-items: flex-start;
    min-inline-size: 0;
  }
  .leaf {
    flex: none;
    display: grid;
    place-items: center;
    align-content: center;
    inline-size: 3.5em;
    min-block-size: 3.5em;
    border: 1px solid var(--_border);
    border-block-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    line-height: 1.1;
    text-align: center;
  }
  .leaf-month {
    font-size: 0.75em;
    font-weight: 600;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .leaf-day {
    font-size: 1.375em;
    font-weight: 700;
  }
  .text {
    flex: 1;
    min-inline-size: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.625em;
    align-items: center;
    margin: 0;
  }
  .meta:empty {
    display: none;
  }
  .kind {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_accent);
  }
  /* The badge itself: the shared .status of the base styles. */
  .status {
    padding: 0 0.5em;
    font-size: 0.75em;
  }
  .title {
    margin: 0.125em 0 0.25em;
    font-size: 1.0625em;
    line-height: 1.3;
    font-weight: 700;
  }
  .when,
  .where {
    margin: 0;
    font-size: 0.875em;
  }
  .where {
    color: var(--_muted);
  }
  .recording {
    display: inline-block;
    margin-block-start: 0.25em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .more {
    margin: 1em 0 0;
  }
  .empty {
    margin: 0;
  }
  .empty + .button {
    margin-block-start: 0.75em;
  }
`;

/** Events of the feed for this list, filtered, sorted and cut. Linear in the feed's size (a sort per section). */
export function selectEvents(items: readonly FeedItem[], o: ListOptions, d: ListDeps): ListSelection {
  const kind = o.kind?.trim().toLowerCase();
  const tag = o.tag?.trim().toLowerCase();
  const upcoming: ListEntry[] = [];
  const past: ListEntry[] = [];
  let next: number | undefined;
  for (const item of items) {
    const e = item._event;
    if (!e) continue;
    if (kind && e.kind?.trim().toLowerCase() !== kind) continue;
    if (tag && !item.tags?.some((t) => t.trim().toLowerCase() === tag)) continue;
    const span = d.eventSpan(e);
    if (span && span.end <= o.now) {
      past.push({ item, e, start: span.start.instant, end: span.end });
      continue;
    }
    upcoming.push({ item, e, start: span?.start.instant, end: span?.end });
    // Not ended: it changes when it starts (live) or ends (past).
    const at = span && (span.start.instant > o.now ? span.start.instant : span.end);
    if (at !== undefined && (next === undefined || at < next)) next = at;
  }
  // Stable sorts: events at the same time keep the feed's order.
  upcoming.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  past.sort((a, b) => b.end! - a.end!);
  const max = Math.max(0, Math.trunc(o.max));
  return {
    upcoming: o.show === 'past' ? [] : upcoming.slice(0, max),
    past: o.show === 'upcoming' ? [] : past.slice(0, max),
    upcomingTotal: upcoming.length,
    pastTotal: past.length,
    next,
  };
}

/** What every part of the rendering reads. */
interface Ctx {
  host: ListHost;
  t: (key: MessageKey) => string;
  d: ListDeps;
  now: number;
}

/** The list: one section, or two (upcoming, then past) with `show="all"`. */
export function renderList(host: ListHost, sel: ListSelection, o: ListOptions, homePage: string | undefined, d: ListDeps) {
  const { html, nothing } = d;
  const c: Ctx = { host, t: (key) => host.t(key), d, now: o.now };
  const level = host.headingLevel;
  const sections: [Section, ListEntry[], number][] = [];
  if (o.show !== 'past') sections.push(['upcoming', sel.upcoming, sel.upcomingTotal]);
  if (o.show !== 'upcoming') sections.push(['past', sel.past, sel.pastTotal]);
  const cut = sections.some(([, shown, total]) => shown.length < total);
  const more = cut ? d.href(host.moreHref || homePage) : nothing;
  return html`<div class="list" part="list">
    ${sections.map(([which, entries]) => {
      const name = c.t(which === 'upcoming' ? 'upcomingEvents' : 'pastEvents');
      // One section: the \`heading\` attribute names it (empty: no heading). Two: each has its own.
      const title = o.show === 'all' ? name : (host.heading ?? name);
      const inner = title ? Math.min(level + 1, 6) : level;
      return html`<section class="section" part="section">
        ${title ? d.heading(level, title, 'heading', 'heading') : nothing}
        ${entries.length ? renderEntries(c, entries, which, inner) : renderEmpty(c, which, o.show === 'upcoming' && sel.pastTotal > 0)}
      </section>`;
    })}
    ${more === nothing ? nothing : html`<p class="more"><a part="more" href=${more}>${c.t('moreEvents')}</a></p>`}
  </div>`;
}

type Section = 'upcoming' | 'past';

/** "No upcoming events" (also when a filter leaves none), with a way to the past ones when there are some. */
function renderEmpty({ host, t, d }: Ctx, which: Section, offerPast: boolean) {
  const { html, nothing } = d;
  return html`<p class="empty" part="empty" role="status">${t(which === 'upcoming' ? 'noUpcoming' : 'noPast')}</p>
    ${
      offerPast
        ? html`<button class="button secondary" part="show-past" type="button" @click=${() => host.showPast()}>${t('showPast')}</button>`
        : nothing
    }`;
}

function renderEntries(c: Ctx, entries: ListEntry[], which: Section, level: number) {
  const { html } = c.d;
  const list = (group: ListEntry[], entryLevel: number) =>
    html`<ol class="entries" part="entries">
      ${group.map((entry) => renderEntry(c, entry, which, entryLevel))}
    </ol>`;
  if (c.host.groupBy !== 'month') return list(entries, level);
  // Under month headings (the month in the event's zone), in the entries' order; undated events last,
  // under "Date to be announced".
  const groups: { label: string; entries: ListEntry[] }[] = [];
  for (const entry of entries) {
    const label = entry.start === undefined ? c.t('dateTba') : monthLabel(c, entry);
    const last = groups[groups.length - 1];
    if (last?.label === label) last.entries.push(entry);
    else groups.push({ label, entries: [entry] });
  }
  return groups.map((g) => html`${c.d.heading(level, g.label, 'month', 'month')}${list(g.entries, Math.min(level + 1, 6))}`);
}

function renderEntry(c: Ctx, { item, e, start, end }: ListEntry, which: Section, level: number) {
  const { t, d } = c;
  const { html, nothing } = d;
  const title = item.title?.trim() || t('event');
  const link = d.href(item.url ?? item.external_url);
  const when = start === undefined ? undefined : formatTimes(c, e, start, end!);
  const venue = d.isOnlineOnly(e) ? t('online') : e.location ? d.venueParts(e)[0] : undefined;
  const recording = which === 'past' && e.status !== 'cancelled' ? d.href(e.recording?.url) : nothing;
  return html`<li class="entry" part="entry">
    <div class="leaf" part="leaf" aria-hidden="true">
      ${when ? html`<span class="leaf-month">${when.month}</span><span class="leaf-day">${when.day}</span>` : html`<span class="leaf-day">?</span>`}
    </div>
    <div class="text">
      <p class="meta">${e.kind ? html`<span class="kind" part="kind">${e.kind}</span>` : nothing}${statusBadge(c, e, start, end)}</p>
      ${d.heading(level, link === nothing ? title : html`<a part="title-link" href=${link}>${title}</a>`, 'title', 'title')}
      <p class="when" part="when">${when ? html`<time datetime=${when.datetime}>${when.text}</time>` : t('dateTba')}</p>
      ${venue ? html`<p class="where" part="venue"><bdi>${venue}</bdi></p>` : nothing}
      ${
        recording === nothing
          ? nothing
          : html`<a class="recording" part="recording" href=${recording}
              >${e.recording?.label || t('watchRecording')}<span class="visually-hidden">: ${title}</span></a
            >`
      }
    </div>
  </li>`;
}

/** Cancelled, postponed, rescheduled, moved online; else live now; else fully booked. None for the rest. */
function statusBadge({ t, d, now }: Ctx, e: LecternEvent, start: number | undefined, end: number | undefined) {
  const { html, nothing } = d;
  const status = STATUS[e.status];
  if (status) return html`<span class="status alert" part="status">${t(status)}</span>`;
  if (start !== undefined && start <= now && now < end!) return html`<span class="status live" part="status">${t('live')}</span>`;
  if (e.registration?.availability === 'full' && (start === undefined || now < start)) {
    return html`<span class="status" part="status">${t('full')}</span>`;
  }
  return nothing;
}

/**
 * The entry's date and time in the event's zone, with the zone's abbreviation ("Tue 19 Jan 2027,
 * 18:00–19:30 GMT"); all-day events by date. Also the leaf's month and day, in the same zone.
 */
function formatTimes({ host, d }: Ctx, e: LecternEvent, start: number, end: number) {
  const locale = host.locale;
  const allDay = e.start!.length === 10;
  // All-day dates are calendar dates: formatted in UTC from the date itself, so no zone shifts them.
  const zone = allDay ? 'UTC' : d.eventZone(e);
  const from = allDay ? Date.parse(`${e.start!.slice(0, 10)}T00:00Z`) : start;
  const to = allDay ? Date.parse(`${(e.end && e.end.length === 10 ? e.end : e.start!).slice(0, 10)}T00:00Z`) : end;
  const date: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: zone };
  const f = d.formatter(locale, allDay ? date : { ...date, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
  const hasEnd = allDay ? to > from : e.end !== undefined && end > start;
  return {
    text: hasEnd ? f.formatRange(from, to) : f.format(from),
    datetime: allDay ? e.start!.slice(0, 10) : d.isoWithOffset(start, zone),
    month: d.formatter(locale, { month: 'short', timeZone: zone }).format(from),
    day: d.formatter(locale, { day: 'numeric', timeZone: zone }).format(from),
  };
}

/** "January 2027", the month the event starts in, in its zone. */
function monthLabel({ host, d }: Ctx, { e, start }: ListEntry): string {
  const allDay = e.start!.length === 10;
  return d
    .formatter(host.locale, { month: 'long', year: 'numeric', timeZone: allDay ? 'UTC' : d.eventZone(e) })
    .format(allDay ? Date.parse(`${e.start!.slice(0, 10)}T00:00Z`) : start);
}
