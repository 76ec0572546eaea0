/**
 * Shared by the accessibility and localisation tests: a rich inline feed (the demo feed's real text,
 * plus the fields and states the demo does not use), a mounting helper, and colour maths (WCAG 2.x
 * relative luminance and contrast ratio, on the colours the browser actually computed).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { ENGINE, media } from '../engine.js';
import '../../src/index.js';
import { mount as mountElements, part, parts, type MountOptions } from '../helpers.js';

export { part, parts, type MountOptions };

// Feeds under test are patched loosely, key by key.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

export const EVENT_ID = 'https://rusi.org/events/target-markets';
export const TAGS = ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel'] as const;
export type Tag = (typeof TAGS)[number];

/** Before, during and after the demo event (19 January 2027, 18:00–19:30 London). */
export const NOW = { upcoming: '2027-01-10T12:00:00Z', live: '2027-01-19T18:30:00Z', ended: '2027-02-01T12:00:00Z' };

let demo: Json | undefined;

/** The demo feed (demo/feeds/events.json), enriched so that every part and message can appear. */
export async function richFeed(): Promise<Json> {
  demo ??= (await (await fetch('/demo/feeds/events.json')).json()) as Json;
  const feed = structuredClone(demo);
  delete feed['language'];
  const event = feed['items'][0];
  Object.assign(event._event, {
    attendance: 'mixed',
    online: { url: 'https://stream.example/live' },
    recording: { url: 'https://video.example/recording' },
  });
  // Long enough to be clamped behind "Read more" at any width.
  event._event.speakers[0].bio += `\n\n${event._event.speakers[0].bio}`;
  event._event.speakers.push({ name: 'Jane Chair', role: 'Chair', job_title: 'Director', affiliation: 'RUSI' });
  const book = feed['items'][1];
  Object.assign(book._book, { series_number: 3, isbn: '978-1-138-65478-2', subtitle: 'Whitehall Paper 87', date_published: '2015-12-15' });
  book._book.offers.push({ url: 'https://shop.example/target-markets' });
  // Items without tags: their slide label is a message ("Event", "Publication").
  for (const item of feed['items']) delete item.tags;
  // A second book without labels of its own: its links use the messages ("Read an excerpt", "Buy").
  feed['items'].push({
    id: 'https://rusi.org/book-2',
    url: 'https://rusi.org/book-2',
    title: 'A second book',
    content_text: 'x',
    date_published: '2026-05-01T09:00:00Z',
    _book: { excerpt: { url: 'https://rusi.org/book-2#excerpt' }, offers: [{ url: 'https://rusi.org/book-2#buy' }] },
  });
  event._event.related.push('https://rusi.org/book-2');
  event._event.featured.push('https://rusi.org/book-2');
  return feed;
}

/** The rich feed with the event's `_event` changed (status, registration, dates…). */
export async function eventFeed(patch: Json = {}): Promise<Json> {
  const feed = await richFeed();
  const e = feed['items'][0]._event;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete e[k];
    else e[k] = v;
  }
  return feed;
}

/**
 * A feed of events for `<lectern-event-list>` around NOW.upcoming: the demo event (19 January 2027),
 * two more upcoming ones (one cancelled, one fully booked and online), one live at NOW.live, two past
 * ones (one with a recording) and one with no date yet.
 */
export async function listFeed(): Promise<Json> {
  const feed = await richFeed();
  const event = (id: string, title: string, e: Json, extra: Json = {}) => ({
    id: `https://rusi.org/events/${id}`,
    url: `https://rusi.org/events/${id}`,
    title,
    content_text: 'x',
    ...extra,
    _event: { kind: 'Seminar', attendance: 'in-person', location: { name: 'RUSI, Whitehall' }, time_zone: 'Europe/London', ...e },
  });
  feed['items'].push(
    event('arctic', 'Security in the High North', { start: '2027-02-03T13:00', end: '2027-02-03T14:30', status: 'cancelled' }, { tags: ['Arctic'] }),
    event('webinar', 'Sanctions Enforcement at Sea', {
      start: '2027-01-12T15:00',
      end: '2027-01-12T16:00',
      time_zone: 'America/New_York',
      attendance: 'online',
      location: undefined,
      registration: { url: 'https://rusi.org/r', availability: 'full' },
    }),
    event('past-1', 'Deterrence After Ukraine', {
      start: '2026-11-20T18:00',
      end: '2026-11-20T19:30',
      recording: { url: 'https://video.example/1' },
    }),
    event('past-2', 'The Future of UN Panels', { kind: 'Book launch', start: '2026-10-05T18:00', end: '2026-10-05T19:00' }, { tags: ['Books'] }),
    event('tba', 'Maritime Security Roundtable', { start: undefined, end: undefined }),
  );
  return feed;
}

/** `mount` from test/helpers.ts with the rich feed, the demo event and the upcoming clock as defaults. */
export async function mount(options: MountOptions = {}): Promise<HTMLElement[]> {
  return mountElements({
    ...options,
    now: options.now ?? NOW.upcoming,
    item: options.item ?? EVENT_ID,
    elements: options.elements ?? TAGS.map((t) => `${t} reader-time-zone="America/New_York"`),
    feed: options.feed ?? (options.providerSrc ? undefined : await richFeed()),
  });
}

export type Scheme = 'light' | 'dark' | 'forced';

/**
 * Emulates a colour scheme; `forced` is Windows high contrast (forced-colors: active). With `ctx` (a
 * test's or a "before" hook's `this`), an engine that cannot emulate it skips by name (test/engine.ts).
 */
export async function scheme(s: Scheme, ctx?: Mocha.Context): Promise<void> {
  // The widgets follow the page's color-scheme: this test page supports both, so the reader's decides.
  document.documentElement.style.colorScheme = 'light dark';
  // Other engines cannot emulate: a test that needs another scheme than the browser's is skipped by name.
  await media({ colorScheme: s === 'dark' ? 'dark' : 'light', forcedColors: s === 'forced' ? 'active' : 'none' }, ctx);
  if (ENGINE !== 'chromium') return;
  // emulateMedia's forcedColors only works under Playwright; this project runs Puppeteer (forced-colors-plugin.mjs).
  await executeServerCommand('lectern-forced-colors', { active: s === 'forced' });
  if (matchMedia('(forced-colors: active)').matches !== (s === 'forced')) throw new Error(`could not emulate ${s}`);
}

/** Every element in a shadow root, including those in nested shadow roots. */
export function shadowElements(el: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (root: ParentNode) => {
    for (const e of root.querySelectorAll<HTMLElement>('*')) {
      out.push(e);
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Rendered and not visually hidden. */
export function isVisible(e: Element): boolean {
  if (e.closest('.visually-hidden')) return false;
  // Off-screen slides (content-visibility: auto) are not laid out until they come into view.
  if (!e.checkVisibility({ contentVisibilityAuto: true })) return false;
  const s = getComputedStyle(e);
  return s.visibility !== 'hidden' && s.display !== 'none' && e.getClientRects().length > 0;
}

// --- Colour -----------------------------------------------------------------------------------------

export type Rgba = [number, number, number, number];

const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Any computed CSS colour as sRGB 0–255 and alpha 0–1. */
export function rgba(color: string): Rgba {
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  // Other syntaxes (color(srgb …), oklch(…)): let the canvas convert.
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

/** The colour behind an element: its own and its ancestors' backgrounds (across shadow roots), over the canvas. */
export function backgroundOf(e: Element, includeSelf = true): Rgba {
  const layers: Rgba[] = [];
  for (let n: Element | null = includeSelf ? e : parentOf(e); n; n = parentOf(n)) {
    const c = rgba(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  // The page canvas: this test page declares no color-scheme, so it is white (Canvas in forced colours).
  let result: Rgba = matchMedia('(forced-colors: active)').matches ? rgba(systemColor('Canvas')) : [255, 255, 255, 1];
  for (const l of layers.reverse()) result = over(l, result);
  return result;
}

function parentOf(e: Element): Element | null {
  if (e.parentElement) return e.parentElement;
  const root = e.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.x contrast ratio; a translucent foreground is first composited over the background. */
export function contrast(fg: Rgba | string, bg: Rgba | string): number {
  const b = typeof bg === 'string' ? rgba(bg) : bg;
  const f = over(typeof fg === 'string' ? rgba(fg) : fg, b);
  const [hi, lo] = [luminance(f), luminance(b)].sort((x, y) => y - x) as [number, number];
  return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}

/** Text colour of an element against what is behind it. */
export function textContrast(e: Element): number {
  return contrast(getComputedStyle(e).color, backgroundOf(e));
}

/** Elements of a shadow tree that render text of their own (a non-blank direct text node), visibly. */
export function textElements(el: Element): HTMLElement[] {
  return shadowElements(el).filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && isVisible(e));
}

/** A short description of an element for failure messages. */
export function label(e: Element): string {
  const host = (e.getRootNode() as ShadowRoot).host?.localName ?? '';
  const p = e.getAttribute('part');
  return `${host} ${e.localName}${p ? `[part=${p}]` : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
}
