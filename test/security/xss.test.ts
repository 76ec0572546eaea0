/**
 * Hostile feed content: every payload of payloads.ts goes into every string and URL field of the
 * format, every element renders it, the test interacts with everything that opens or moves, and then
 * asserts that nothing ran and that the DOM holds nothing that could run later.
 *
 * The feed is generated from FIELDS, a list of every string leaf of the published JSON Schema; the
 * first test walks schema/feed.schema.json and fails if a field is missing from that list (or if the
 * list names a field the schema does not have), so a new field cannot be forgotten.
 *
 * One feed per payload. It holds:
 * - EA, a full event (content_html, bio_html, url, image, item authors, registration, online, recording),
 *   shown upcoming (with structured-data), live and ended, so registration, join and recording render;
 * - EB, an event that uses the fallbacks (content_text, bio, external_url, banner_image, author);
 * - BA, a full book, and BB, a book that uses the fallbacks (no summary, no cover, item authors);
 * - R1–R4, related items of every shape the carousel knows;
 * - one probe item per field whose bad value costs the whole item (start, end, previous_start,
 *   time_zone): validation leaves these out, so the payload reaches the validator but never the DOM.
 * `version` is the one field whose bad value costs the whole feed: after the first round of checks the
 * inline feed is replaced by one with the payload as its version, `refresh()` is called, every element
 * shows its error state, and the checks run again.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LecternFeed } from '../../src/index.js';
import { safeUrl } from '../../src/feed/url.js';
import { PAYLOADS, describeFlag, flagsSet, type Payload } from './payloads.js';

type Json = Record<string, unknown>;

/**
 * How a field gets its payload.
 * - `set`: written into every place the generated feed has that field (fields with a format, such as
 *   `language` or `date_published`, are then dropped on their own by validation; the item stays).
 * - `id`: item ids; the payload plus a suffix, so ids stay unique and references can follow them.
 * - `ref`: `featured[]` / `related[]`; the (payload-bearing) ids of the items they point to, plus one
 *   more payload that matches nothing.
 * - `item`: a bad value drops the whole item; the payload goes into a probe item.
 * - `feed`: a bad value drops the whole feed (`version`); tested with a second feed.
 */
type Role = 'set' | 'id' | 'ref' | 'item' | 'feed';
interface Field {
  path: string;
  kind: 'text' | 'url';
  role: Role;
}

const t = (path: string, role: Role = 'set'): Field => ({ path, kind: 'text', role });
const u = (path: string): Field => ({ path, kind: 'url', role: 'set' });

/** Every string and URL field of the format, in schema order. */
export const FIELDS: Field[] = [
  u('$schema'),
  t('version', 'feed'),
  t('title'),
  u('home_page_url'),
  u('feed_url'),
  t('description'),
  u('icon'),
  u('favicon'),
  t('language'),
  t('items[].id', 'id'),
  u('items[].url'),
  u('items[].external_url'),
  t('items[].title'),
  t('items[].summary'),
  t('items[].content_text'),
  t('items[].content_html'),
  u('items[].image'),
  u('items[].banner_image'),
  t('items[].date_published'),
  t('items[].date_modified'),
  t('items[].authors[].name'),
  u('items[].authors[].url'),
  u('items[].authors[].avatar'),
  t('items[].author.name'),
  u('items[].author.url'),
  u('items[].author.avatar'),
  t('items[].tags[]'),
  t('items[].language'),
  t('items[]._event.kind'),
  t('items[]._event.start', 'item'),
  t('items[]._event.end', 'item'),
  t('items[]._event.time_zone', 'item'),
  t('items[]._event.status'),
  t('items[]._event.previous_start', 'item'),
  t('items[]._event.attendance'),
  t('items[]._event.location.name'),
  t('items[]._event.location.address'),
  u('items[]._event.location.url'),
  u('items[]._event.online.url'),
  t('items[]._event.online.label'),
  u('items[]._event.registration.url'),
  t('items[]._event.registration.label'),
  t('items[]._event.registration.availability'),
  u('items[]._event.recording.url'),
  t('items[]._event.recording.label'),
  t('items[]._event.speakers[].name'),
  t('items[]._event.speakers[].role'),
  t('items[]._event.speakers[].job_title'),
  t('items[]._event.speakers[].affiliation'),
  t('items[]._event.speakers[].bio'),
  t('items[]._event.speakers[].bio_html'),
  u('items[]._event.speakers[].avatar'),
  t('items[]._event.speakers[].avatar_alt'),
  u('items[]._event.speakers[].url'),
  t('items[]._event.featured[]', 'ref'),
  t('items[]._event.related[]', 'ref'),
  t('items[]._event.sequence'),
  t('items[]._book.subtitle'),
  t('items[]._book.series'),
  t('items[]._book.series_number'),
  t('items[]._book.publisher'),
  t('items[]._book.isbn'),
  t('items[]._book.date_published'),
  t('items[]._book.authors[].name'),
  u('items[]._book.authors[].url'),
  u('items[]._book.cover'),
  t('items[]._book.cover_alt'),
  u('items[]._book.offers[].url'),
  t('items[]._book.offers[].label'),
  u('items[]._book.excerpt.url'),
  t('items[]._book.excerpt.label'),
  t('items[]._book.access'),
];

// ---------------------------------------------------------------------------------------------------
// The generated feed

const LONG = Array.from({ length: 14 }, (_, i) => `Sentence ${i + 1} of a long biography that goes on for a while.`).join(' ');
const BEFORE = '2030-01-01T00:00:00Z';
const DURING = '2030-01-19T18:30:00Z';
const AFTER = '2030-02-01T00:00:00Z';

const speaker = (name: string, html: boolean): Json => ({
  name,
  role: 'Chair',
  job_title: 'Director',
  affiliation: 'RUSI',
  bio: LONG,
  ...(html ? { bio_html: `<p>${LONG}</p>` } : {}),
  avatar: 'https://img.example/p.jpg',
  avatar_alt: 'Portrait',
  url: 'https://people.example/p',
});

const person = (name: string): Json => ({ name, url: 'https://people.example/a', avatar: 'https://img.example/a.jpg' });

/** A valid feed that has every field of the format at least once (checked by the first test). */
function skeleton(): Json {
  const event = (extra: Json): Json => ({
    kind: 'Launch',
    start: '2030-01-19T18:00',
    end: '2030-01-19T19:30',
    time_zone: 'Europe/London',
    status: 'scheduled',
    previous_start: '2030-01-12T18:00',
    sequence: 3,
    attendance: 'mixed',
    location: { name: 'RUSI', address: '61 Whitehall', url: 'https://maps.example/rusi' },
    online: { url: 'https://stream.example/live', label: 'Watch live' },
    registration: { url: 'https://rusi.example/register', label: 'Register', availability: 'open' },
    recording: { url: 'https://video.example/rec', label: 'Recording' },
    ...extra,
  });
  return {
    $schema: 'https://example.org/feed.schema.json',
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Events',
    home_page_url: 'https://rusi.example/',
    feed_url: 'https://rusi.example/feed.json',
    description: 'A feed',
    icon: 'https://rusi.example/icon.png',
    favicon: 'https://rusi.example/favicon.ico',
    language: 'en-GB',
    items: [
      {
        id: 'EA',
        url: 'https://rusi.example/ea',
        external_url: 'https://elsewhere.example/ea',
        title: 'Event A',
        summary: 'Summary A',
        content_text: 'Text A',
        content_html: '<p>HTML A</p>',
        image: 'https://img.example/ea.jpg',
        banner_image: 'https://img.example/ea-banner.jpg',
        date_published: '2029-12-01T00:00:00Z',
        date_modified: '2029-12-02T00:00:00Z',
        authors: [person('Org A'), person('Org B')],
        tags: ['Event', 'Launch'],
        language: 'en-GB',
        _event: event({
          speakers: [speaker('Andrea Berger', true), speaker('Hugh Griffiths', true)],
          featured: ['BA', 'BB'],
          related: ['R1', 'R2', 'R3', 'R4', 'BA'],
        }),
      },
      {
        id: 'EB',
        external_url: 'https://elsewhere.example/eb',
        title: 'Event B',
        content_text: 'Text B\n\nMore text B',
        banner_image: 'https://img.example/eb-banner.jpg',
        author: person('Org C'),
        tags: ['Event'],
        _event: event({ speakers: [speaker('Ann Chair', false), speaker('Sam Speaker', false)] }),
      },
      {
        id: 'BA',
        url: 'https://rusi.example/ba',
        title: 'Book A',
        summary: 'A book',
        content_text: 'Book text',
        image: 'https://img.example/ba.jpg',
        date_published: '2029-11-01T00:00:00Z',
        tags: ['Whitehall Paper'],
        _book: {
          subtitle: 'Sub',
          series: 'Whitehall Papers',
          series_number: '3',
          publisher: 'Routledge',
          isbn: '978-1-138-65435-0',
          date_published: '2029-11-01',
          authors: [{ name: 'Andrea Berger', url: 'https://people.example/ab' }],
          cover: 'https://img.example/cover.jpg',
          cover_alt: 'Cover',
          offers: [
            { url: 'https://shop.example/buy', label: 'Buy' },
            { url: 'mailto:sales@rusi.example', label: 'Order by email' },
          ],
          excerpt: { url: 'https://rusi.example/excerpt.pdf', label: 'Excerpt' },
          access: 'Subscribers',
        },
      },
      {
        id: 'BB',
        external_url: 'https://elsewhere.example/bb',
        title: 'Book B',
        content_text: 'First paragraph B.\n\nSecond B.',
        author: person('Author B'),
        _book: { series: 'Papers', series_number: 4, publisher: 'Routledge' },
      },
      {
        id: 'R1',
        url: 'https://rusi.example/r1',
        title: 'R1',
        summary: 'R1 summary',
        image: 'https://img.example/r1.jpg',
        tags: ['Commentary', 'Sanctions'],
        date_published: '2029-10-01T00:00:00Z',
      },
      {
        id: 'R2',
        external_url: 'https://elsewhere.example/r2',
        summary: 'R2 summary only',
        banner_image: 'https://img.example/r2.jpg',
        date_published: '2029-09-01T00:00:00Z',
      },
      { id: 'R3', url: 'https://rusi.example/r3', title: 'R3', _event: { start: '2030-03-01' } },
      { id: 'R4', title: 'R4', content_text: 'R4 text' },
    ],
  };
}

interface Segment {
  key: string;
  list: boolean;
}

function segments(path: string): Segment[] {
  return path.split('.').map((s) => (s.endsWith('[]') ? { key: s.slice(0, -2), list: true } : { key: s, list: false }));
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Calls `replace(old)` for every place `path` exists in `node` and stores what it returns. Only fields
 * the skeleton has are written, so the fallback items keep their gaps. Returns how many were written.
 */
function rewrite(node: unknown, segs: Segment[], replace: (old: unknown, index: number) => unknown): number {
  const [seg, ...rest] = segs;
  if (!seg || !isObject(node) || !Object.hasOwn(node, seg.key)) return 0;
  const child = node[seg.key];
  if (rest.length === 0) {
    if (!seg.list) {
      node[seg.key] = replace(child, 0);
      return 1;
    }
    if (!Array.isArray(child)) return 0;
    child.forEach((old, i) => (child[i] = replace(old, i)));
    return child.length;
  }
  if (seg.list) return Array.isArray(child) ? child.reduce((n: number, c) => n + rewrite(c, rest, replace), 0) : 0;
  return rewrite(child, rest, replace);
}

let nextFlag = 1;
/** A fresh instance of `payload` with its own flag number, remembered for the report. */
function instance(payload: Payload, path: string): string {
  const n = nextFlag++;
  describeFlag.set(n, `"${payload.name}" in ${path}`);
  return payload.make(n);
}

/** Long text fields get the payload after a long text (every other speaker), so "Read more" appears. */
function longValue(path: string, payload: string, index: number): string {
  if (index % 2 === 1) return payload;
  if (path.endsWith('.bio_html')) return `<p>${LONG}</p>${payload}`;
  if (path.endsWith('.bio')) return `${LONG}\n\n${payload}`;
  return payload;
}

interface Generated {
  feed: Json;
  /** Payload-bearing ids of the skeleton's items, by skeleton id. */
  ids: Record<string, string>;
  /** The feed with the payload as its version. */
  badVersion: Json;
  /** Instances written, per field. */
  written: Map<string, number>;
}

function generate(payload: Payload): Generated {
  const feed = skeleton();
  const written = new Map<string, number>();
  const ids: Record<string, string> = {};
  const fields = (role: Role) => FIELDS.filter((f) => f.role === role);
  // Ids first, so that references can follow them.
  for (const f of fields('id')) {
    written.set(
      f.path,
      rewrite(feed, segments(f.path), (old) => (ids[String(old)] = `${instance(payload, f.path)} #${String(old)}`)),
    );
  }
  for (const f of fields('ref')) {
    let n = 0;
    n += rewrite(feed, segments(f.path), (old) => ids[String(old)] ?? old);
    // One more entry that names no item.
    const parent = segments(f.path);
    const last = parent.pop()!;
    rewrite(feed, parent, (ev) => {
      if (isObject(ev) && Array.isArray(ev[last.key])) {
        (ev[last.key] as unknown[]).push(instance(payload, f.path));
        n++;
      }
      return ev;
    });
    written.set(f.path, n);
  }
  for (const f of fields('set')) {
    let k = 0;
    written.set(
      f.path,
      rewrite(feed, segments(f.path), () => longValue(f.path, instance(payload, f.path), k++)),
    );
  }
  // Probe items: a copy of EA with one fatal field set to the payload (validation leaves them out).
  const items = feed['items'] as Json[];
  const ea = items[0]!;
  for (const f of fields('item')) {
    const probe = structuredClone(ea);
    probe['id'] = `${instance(payload, 'items[].id')} #probe-${f.path}`;
    written.set(
      f.path,
      rewrite(probe, segments(f.path.replace(/^items\[\]\./, '')), () => instance(payload, f.path)),
    );
    items.push(probe);
  }
  const badVersion = structuredClone(feed);
  written.set(
    'version',
    rewrite(badVersion, segments('version'), () => instance(payload, 'version')),
  );
  return { feed, ids, badVersion, written };
}

// ---------------------------------------------------------------------------------------------------
// Rendering and interacting

const CONTENT = 'lectern-event-card, lectern-speaker-list, lectern-publication-card, lectern-related-carousel';

interface Rendered {
  container: HTMLElement;
  provider: LecternFeed;
  script: HTMLScriptElement;
  upcoming: HTMLElement;
  speakersA: HTMLElement;
  speakersB: HTMLElement;
  carousel: HTMLElement;
  books: HTMLElement;
}

async function render(gen: Generated): Promise<Rendered> {
  const container = await fixture<HTMLElement>(html`<div lang="en-GB" class="xss-fixture"></div>`);
  container.style.inlineSize = '48em';
  const provider = document.createElement('lectern-feed') as LecternFeed;
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = JSON.stringify(gen.feed);
  provider.append(script);
  const add = (tag: string, item: string, attrs: Record<string, string> = {}) => {
    const el = document.createElement(tag);
    el.setAttribute('item', gen.ids[item]!);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    provider.append(el);
    return el;
  };
  const upcoming = add('lectern-event-card', 'EA', { now: BEFORE, 'structured-data': '', 'reader-time-zone': 'America/New_York' });
  add('lectern-event-card', 'EA', { now: DURING });
  add('lectern-event-card', 'EA', { now: AFTER });
  add('lectern-event-card', 'EB', { now: BEFORE, 'structured-data': '' });
  const speakersA = add('lectern-speaker-list', 'EA', { now: BEFORE });
  const speakersB = add('lectern-speaker-list', 'EB', { now: BEFORE, 'group-by-role': '' });
  const books = add('lectern-publication-card', 'EA', { now: BEFORE, 'structured-data': '' });
  add('lectern-publication-card', 'BB', { now: BEFORE, 'structured-data': '' });
  const carousel = add('lectern-related-carousel', 'EA', { now: BEFORE, pagination: '' });
  add('lectern-related-carousel', 'EB', { now: BEFORE });
  container.append(provider);
  const all = [...provider.querySelectorAll(CONTENT)];
  await waitUntil(() => all.every((el) => el.shadowRoot?.querySelector('[part="base"]:not([aria-busy])')), 'elements did not render', {
    timeout: 8000,
  });
  // Rich text is sanitised asynchronously (DOMPurify loads on first use).
  await waitUntil(
    () => part(upcoming, 'description')?.querySelector('.rich') && parts(speakersA, 'bio').every((b) => b.querySelector('.rich')),
    'rich text did not render',
    { timeout: 8000 },
  );
  return { container, provider, script, upcoming, speakersA, speakersB, carousel, books };
}

const part = (el: Element, name: string) => el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const parts = (el: Element, name: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];

/** Opens the calendar menu by keyboard, walks it, audits it while open, then closes it with Escape. */
async function useCalendar(card: HTMLElement, whileOpen: () => Promise<void>): Promise<void> {
  totals.keys += 8;
  const button = part(card, 'calendar-button')!;
  expect(button, 'calendar button').to.exist;
  button.focus();
  await sendKeys({ press: 'Enter' });
  const menu = part(card, 'calendar-menu')!;
  await waitUntil(
    () => menu.matches(':popover-open') && card.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem',
    'calendar menu did not open',
  );
  for (const key of ['ArrowDown', 'ArrowDown', 'End', 'Home', 'ArrowUp', 'ArrowDown']) await sendKeys({ press: key });
  await whileOpen();
  await sendKeys({ press: 'Escape' });
  await waitUntil(() => !menu.matches(':popover-open'), 'calendar menu did not close');
}

/** Opens every clamped biography. */
async function expandBios(list: HTMLElement): Promise<number> {
  await waitUntil(() => parts(list, 'bio-toggle').length > 0, 'no "Read more" button', { timeout: 4000 });
  const toggles = parts(list, 'bio-toggle');
  for (const toggle of toggles) toggle.click();
  await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(
    parts(list, 'bio-toggle').some((b) => b.getAttribute('aria-expanded') === 'true'),
    'a bio opened',
  ).to.equal(true);
  return toggles.length;
}

/** Previous/next by mouse, then arrows, End and Home by keyboard. */
async function useCarousel(carousel: HTMLElement): Promise<void> {
  const next = part(carousel, 'next')!;
  const previous = part(carousel, 'previous')!;
  next.click();
  previous.click();
  next.click();
  next.focus();
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'Home']) await sendKeys({ press: key });
  totals.keys += 5;
  totals.clicks += 3;
  for (const page of parts(carousel, 'page')) {
    page.click();
    totals.clicks++;
  }
}

// ---------------------------------------------------------------------------------------------------
// The audit

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const SCRIPT_TYPES = new Set(['application/ld+json', 'application/feed+json']);
/** Elements that must never appear in a Lectern shadow root (rich text allows `p br strong em b i a ul ol li`). */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'input',
  'style',
  'template',
  'math',
  'foreignobject',
  'animate',
  'set',
  'use',
  'image',
  'video',
  'audio',
  'source',
  'noscript',
  'xmp',
  'details',
]);
/** URL-bearing attributes other than href/src: none of them should exist. */
const OTHER_URL_ATTRS = new Set([
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'ping',
  'background',
  'codebase',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'manifest',
  'xmlns:xlink',
]);
const RICH_TAGS = new Set(['p', 'br', 'strong', 'em', 'b', 'i', 'a', 'ul', 'ol', 'li']);
const ICS_PROPERTIES = new Set([
  'BEGIN',
  'END',
  'VERSION',
  'PRODID',
  'CALSCALE',
  'METHOD',
  'UID',
  'SEQUENCE',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'URL',
  'STATUS',
]);

const totals = {
  renders: 0,
  elements: 0,
  attributes: 0,
  urls: 0,
  jsonLd: 0,
  icsFiles: 0,
  richRoots: 0,
  toggles: 0,
  keys: 0,
  clicks: 0,
  live: 0,
  instances: 0,
  combinations: 0,
};
const reached = new Set<string>();
let baseline: { scripts: Set<Element>; handlers: Set<Element> };

function* roots(root: Document | ShadowRoot | Element): Generator<Document | ShadowRoot | Element> {
  yield root;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) yield* roots(el.shadowRoot);
}

/** Every element in the document and in every shadow root, recursively. */
function everything(): Element[] {
  const out: Element[] = [];
  for (const r of roots(document)) out.push(...r.querySelectorAll('*'));
  return out;
}

/** Flag numbers named in a string (payloads carry `__xss_<n>` even when encoded into a URL). */
function markers(s: string, into: Set<number>): void {
  for (const m of s.matchAll(/__xss_(\d+)/g)) into.add(Number(m[1]));
}

/** Everything the audit finds wrong, as readable lines. */
async function audit(container: HTMLElement, found: Set<number>): Promise<string[]> {
  const problems: string[] = [];
  // 1. Document-wide: no handler attributes, no executable scripts, JSON-LD that cannot close its script.
  for (const el of everything()) {
    totals.elements++;
    for (const a of el.attributes) {
      totals.attributes++;
      if (a.name.toLowerCase().startsWith('on') && !baseline.handlers.has(el)) problems.push(`<${el.localName}> has ${a.name}="${a.value}"`);
    }
    if (el.localName === 'script' && !baseline.scripts.has(el)) {
      const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
      if (!SCRIPT_TYPES.has(type)) problems.push(`a <script type="${type}"> appeared`);
      if (type === 'application/ld+json') {
        totals.jsonLd++;
        const text = el.textContent ?? '';
        if (/<\/script/i.test(text) || /<!--/.test(text)) problems.push(`JSON-LD holds markup that can end its script: ${text.slice(0, 80)}`);
        try {
          JSON.parse(text);
        } catch {
          problems.push('JSON-LD is not valid JSON');
        }
        markers(text, found);
      }
    }
  }
  // 2. Inside the shadow roots: only allow-listed URLs, no dangerous elements, rich text within its allow-list.
  for (const root of roots(container)) {
    if (!(root instanceof ShadowRoot)) continue;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) markers(n.nodeValue ?? '', found);
    for (const el of root.querySelectorAll('*')) {
      const name = el.localName.toLowerCase();
      if (FORBIDDEN.has(name)) problems.push(`<${name}> in a shadow root`);
      for (const a of el.attributes) {
        markers(a.value, found);
        const local = a.localName.toLowerCase();
        if (OTHER_URL_ATTRS.has(a.name.toLowerCase())) problems.push(`<${name}> has ${a.name}="${a.value}"`);
        if (local === 'style' && /__xss_|url\(|expression/i.test(a.value)) problems.push(`<${name}> has style="${a.value}"`);
        if (local !== 'href' && local !== 'src') continue;
        totals.urls++;
        let protocol = '';
        try {
          protocol = new URL(a.value, document.baseURI).protocol;
        } catch {
          problems.push(`<${name}> ${a.name}="${a.value}" does not parse`);
          continue;
        }
        const icsLink = protocol === 'blob:' && name === 'a' && el.hasAttribute('download') && el.getAttribute('part') === 'calendar-option';
        if (icsLink) {
          const blob = await (await fetch(a.value)).blob();
          if (!/^text\/calendar\b/.test(blob.type)) problems.push(`the .ics blob is ${blob.type}`);
          const ics = (await blob.text()).replace(/\r\n /g, '');
          totals.icsFiles++;
          markers(ics, found);
          for (const line of ics.split('\r\n').filter(Boolean)) {
            const prop = line.split(/[:;]/)[0]!;
            if (!ICS_PROPERTIES.has(prop)) problems.push(`the .ics has an unexpected line: ${line.slice(0, 80)}`);
          }
          if (ics.split('\r\n').filter((l) => l.startsWith('BEGIN:')).length !== 2) problems.push('the .ics has extra components');
          continue;
        }
        if (safeUrl(a.value) === undefined) problems.push(`<${name}> ${a.name}="${a.value}" fails safeUrl`);
        if (!ALLOWED_PROTOCOLS.has(protocol)) problems.push(`<${name}> ${a.name}="${a.value}" resolves to ${protocol}`);
      }
      if (name === 'a' && el.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) {
        problems.push(`<a target="_blank"> without rel=noopener: ${el.getAttribute('href')}`);
      }
    }
    for (const rich of root.querySelectorAll('.rich')) {
      totals.richRoots++;
      for (const el of rich.querySelectorAll('*')) {
        if (!RICH_TAGS.has(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`rich text kept <${el.localName}>`);
        for (const a of el.attributes) if (!['href', 'rel', 'target'].includes(a.name)) problems.push(`rich text kept ${el.localName}[${a.name}]`);
      }
    }
  }
  // 3. Nothing ran.
  for (const flag of flagsSet()) problems.push(`${flag} is set: ${describeFlag.get(Number(flag.slice(6)))} ran`);
  return problems;
}

function fieldsOf(found: Set<number>): string[] {
  return [...new Set([...found].map((n) => /in (\S+)$/.exec(describeFlag.get(n) ?? '')?.[1] ?? '?'))];
}

// ---------------------------------------------------------------------------------------------------

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  $ref?: string;
}

/** Every string leaf of the published JSON Schema, in the notation of FIELDS. */
function schemaLeaves(node: SchemaNode, path: string, out: string[]): string[] {
  if (node.$ref) throw new Error(`${path}: $ref is not followed by this walker; extend it`);
  const types = [node.type ?? [], ...(node.anyOf ?? []).map((b) => b.type ?? [])].flat();
  if (node.properties) {
    for (const [key, child] of Object.entries(node.properties)) schemaLeaves(child, path ? `${path}.${key}` : key, out);
  } else if (node.items) {
    schemaLeaves(node.items, `${path}[]`, out);
  } else if (types.includes('string')) {
    out.push(path);
  } else if (!types.every((x) => ['number', 'integer', 'boolean', 'null'].includes(x)) || types.length === 0) {
    throw new Error(`${path}: unknown schema shape ${JSON.stringify(node)}`);
  }
  return out;
}

describe('hostile feed content: XSS payloads in every string and URL field', function () {
  // Relative URLs from the feed resolve against a base Chrome refuses to connect to (port 9 is on its
  // list of unsafe ports), so images fail at once instead of asking the test server for odd paths.
  const base = Object.assign(document.createElement('base'), { href: 'http://127.0.0.1:9/' });
  before(() => {
    document.head.prepend(base);
    baseline = {
      scripts: new Set(document.querySelectorAll('script')),
      handlers: new Set(everything().filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')))),
    };
  });
  after(() => base.remove());

  it('covers every string and URL field of the published JSON Schema, and the generated feed has each', async () => {
    const schema = (await (await fetch(new URL('/schema/feed.schema.json', location.href))).json()) as SchemaNode;
    const leaves = schemaLeaves(schema, '', []);
    expect(FIELDS.map((f) => f.path)).to.have.members(leaves);
    expect(FIELDS).to.have.length(leaves.length);
    // URL fields are exactly the schema's uri-reference strings.
    const uriLeaves: string[] = [];
    const walk = (node: SchemaNode & { format?: string }, path: string) => {
      if (node.properties) for (const [k, c] of Object.entries(node.properties)) walk(c, path ? `${path}.${k}` : k);
      else if (node.items) walk(node.items, `${path}[]`);
      else if (node.format === 'uri-reference') uriLeaves.push(path);
    };
    walk(schema, '');
    expect(FIELDS.filter((f) => f.kind === 'url').map((f) => f.path)).to.have.members(uriLeaves);
    const gen = generate(PAYLOADS[0]!);
    const missing = FIELDS.filter((f) => !(gen.written.get(f.path)! > 0)).map((f) => f.path);
    expect(missing, 'fields the generated feed does not carry').to.deep.equal([]);
  });

  it('the audit finds what it looks for (planted handler, javascript: link, script, markup in rich text, </script in JSON-LD, a set flag)', async () => {
    const counted = { ...totals };
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const host = container.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<a href="javascript:void 0">a</a><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><span onclick="void 0">b</span>
      <a href="https://x.example/" target="_blank">c</a><div class="rich"><span>d</span><p title="t">e</p></div><iframe></iframe><img srcset="x 1x">`;
    root.append(Object.assign(document.createElement('script'), { type: 'text/x-inert' }));
    container.append(Object.assign(document.createElement('script'), { type: 'application/ld+json', text: '{"a":"</script>"}' }));
    (window as unknown as Record<string, number>)['__xss_0'] = 1;
    describeFlag.set(0, '"planted" in audit self-test');
    const problems = (await audit(container, new Set())).join('\n');
    delete (window as unknown as Record<string, number>)['__xss_0'];
    for (const expected of [
      'fails safeUrl',
      'resolves to javascript:',
      'resolves to data:',
      'has onclick',
      'without rel=noopener',
      'rich text kept <span>',
      'rich text kept p[title]',
      '<iframe> in a shadow root',
      'has srcset',
      'a <script type="text/x-inert"> appeared',
      'JSON-LD holds markup',
      '__xss_0 is set',
    ]) {
      expect(problems).to.contain(expected);
    }
    Object.assign(totals, counted);
  });

  it('the payloads are live: written raw into a same-origin frame, or followed as a link, they set their flags', async function () {
    this.timeout(20000);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const flags = new Map<Payload, number>();
    const frames = PAYLOADS.map((payload, i) => {
      const n = 900000 + i;
      flags.set(payload, n);
      const value = payload.make(n);
      // As a page would have it if a server pasted the field into its HTML unescaped.
      const frame = Object.assign(document.createElement('iframe'), { srcdoc: `<!doctype html><body>${value}</body>` });
      container.append(frame);
      return new Promise<void>((resolve) => {
        frame.addEventListener(
          'load',
          () => {
            // Followed as a link, when the browser reads it as a javascript: URL (never leave the test page).
            const a = frame.contentDocument!.createElement('a');
            a.href = value;
            if (a.protocol === 'javascript:') a.click();
            resolve();
          },
          { once: true },
        );
      });
    });
    await Promise.all(frames);
    await aTimeout(500);
    const flagged = (n: number) => (window as unknown as Record<string, unknown>)[`__xss_${n}`] !== undefined;
    const live = PAYLOADS.filter((p) => flagged(flags.get(p)!));
    for (const n of flags.values()) delete (window as unknown as Record<string, unknown>)[`__xss_${n}`];
    container.remove();
    totals.live = live.length;
    const names = live.map((p) => p.name);
    for (const name of [
      'script tag',
      'img onerror',
      'svg onload',
      'javascript:',
      'leading NUL',
      'tab in scheme',
      'every leading C0 control + space',
      'mXSS svg/style',
    ]) {
      expect(names, `"${name}" ran when written raw`).to.include(name);
    }
  });

  for (const payload of PAYLOADS) {
    it(`${payload.family}: ${payload.name}`, async function () {
      this.timeout(30000);
      const { warn, error } = console;
      // Validation warns once per dropped value (hundreds of lines) and a rejected feed is reported with
      // console.error, both prefixed "[lectern]"; anything else on console.error is a problem.
      const consoleErrors: string[] = [];
      console.warn = () => undefined;
      console.error = (...args: unknown[]) => {
        if (!String(args[0]).startsWith('[lectern]')) consoleErrors.push(args.map(String).join(' '));
      };
      try {
        const gen = generate(payload);
        totals.combinations += [...gen.written.values()].filter((n) => n > 0).length;
        totals.instances += [...gen.written.values()].reduce((a, b) => a + b, 0);
        const r = await render(gen);
        totals.renders++;
        const found = new Set<number>();
        const problems: string[] = [];

        // Text is text: the title reads exactly as written, in the card and in the JSON-LD.
        const items = gen.feed['items'] as Json[];
        expect(part(r.upcoming, 'title')!.textContent).to.equal(items[0]!['title']);
        await waitUntil(() => r.upcoming.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
        const ld = JSON.parse(r.upcoming.querySelector('script[type="application/ld+json"]')!.textContent!) as Json;
        expect(ld['name']).to.equal(items[0]!['title']);
        // Message templates are filled once: a feed value that looks like a placeholder stays as written.
        const book = (items[2]!['_book'] ?? {}) as Json;
        expect(part(r.books, 'series')!.textContent).to.equal(`${String(book['series']).trim()}, no. ${String(book['series_number']).trim()}`);

        await useCalendar(r.upcoming, async () => {
          problems.push(...(await audit(r.container, found)));
        });
        totals.toggles += await expandBios(r.speakersA);
        totals.toggles += await expandBios(r.speakersB);
        await useCarousel(r.carousel);
        await aTimeout(50);
        problems.push(...(await audit(r.container, found)));
        for (const f of fieldsOf(found)) reached.add(f);

        // The same feed with the payload as its version: every element shows its error state.
        r.script.textContent = JSON.stringify(gen.badVersion);
        r.provider.refresh();
        const all = [...r.provider.querySelectorAll(CONTENT)];
        await waitUntil(() => all.every((el) => part(el, 'error')), 'elements did not show the error state');
        totals.renders++;
        await aTimeout(20);
        problems.push(...(await audit(r.container, new Set())));
        problems.push(...consoleErrors.map((e) => `console.error: ${e}`));
        expect(problems).to.deep.equal([]);
      } finally {
        console.warn = warn;
        console.error = error;
      }
    });
  }

  it('prints the counts', () => {
    const notShown = FIELDS.map((f) => f.path).filter((p) => !reached.has(p));
    console.log(
      [
        `[security/xss] ${PAYLOADS.length} payloads × ${FIELDS.length} string/URL fields = ${PAYLOADS.length * FIELDS.length} combinations tried (${totals.combinations} generated; ${totals.instances} payload instances, each with its own flag)`,
        `[security/xss] ${totals.renders} feeds rendered (10 elements each: 4 event cards, 2 speaker lists, 2 publication cards, 2 carousels), ${totals.keys} key presses, ${totals.clicks} carousel clicks, ${totals.toggles} bios expanded`,
        `[security/xss] audited ${totals.elements} elements and ${totals.attributes} attributes, ${totals.urls} href/src values, ${totals.jsonLd} JSON-LD scripts, ${totals.icsFiles} .ics files, ${totals.richRoots} sanitised rich-text blocks: 0 problems, 0 flags set`,
        `[security/xss] canaries: ${totals.live} of ${PAYLOADS.length} payloads set their flag when written raw into a same-origin frame or followed as a link (the rest target other contexts: sanitiser bugs, attribute or script-element contexts, template engines, old browsers)`,
        `[security/xss] ${reached.size} of ${FIELDS.length} fields reached the page (text, attribute, JSON-LD or .ics); not shown by any element: ${notShown.join(', ')}`,
      ].join('\n'),
    );
    expect(totals.combinations).to.equal(PAYLOADS.length * FIELDS.length);
  });
});
