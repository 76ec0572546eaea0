/**
 * Server rendering (`import { renderEmbed } from 'lectern/server'`, and `lectern render`): the same
 * elements, rendered to HTML with Declarative Shadow DOM by Lit's own server renderer (`@lit-labs/ssr`),
 * so a page shows the whole event before any JavaScript, and `lectern.js` hydrates it in place.
 *
 * What the snippet holds, and why (docs/server-rendering.md):
 * - `<lectern-feed server-rendered lang now>` around the content elements, with the validated feed inline
 *   (escaped so that no text in it can end the script element), so hydration makes no request.
 * - Each content element with `server-rendered` and `defer-hydration`, and its shadow tree in a
 *   `<template shadowrootmode="open">`. The browser attaches it while parsing: no script needed.
 * - The client's first render must reproduce the server's templates and values, or Lit keeps stale text
 *   (or throws on a different template). So the server writes down what it rendered with: the instant
 *   (`now` on the feed), the reader's zone (`reader-time-zone` = the event's own on the card) and the
 *   language (`lang`). lectern.js hydrates with those, then lets go of `now` and `reader-time-zone`
 *   (src/elements/internal/hydrate.ts), so the status follows the clock and the reader's own time appears.
 *
 * Nothing here touches a DOM: Node has none, and Lit's server renderer brings only what it needs. The
 * elements run as on a page up to `render()`: property values, `willUpdate`, `render` (no
 * `connectedCallback`, no controllers' `hostUpdate`). Their feed and language, which a page gives them
 * through `<lectern-feed>` and `lang`, come from the render in progress (`current`, below).
 */
import { html as serverHtml, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { FeedError } from '../feed/errors.js';
import type { Feed, FeedItem } from '../feed/schema.js';
import { validateFeed, type FeedProblem } from '../feed/validate.js';
import { isRtl, loadMessages } from '../i18n/messages.js';
import { __setSanitizerImport } from '../sanitize/sanitize.js';
import { findItem, selectItem } from '../model/select.js';
import { jsonLdDeps } from '../structured-data/deps.js';
import { jsonLdData } from '../structured-data/json-ld.js';
import { instantConverter } from '../elements/internal/properties.js';
import type { FeedState } from '../elements/internal/context.js';
import { page } from '../elements/internal/page.js';
import { LecternContentElement } from '../elements/internal/base.js';
import { LecternFeed } from '../elements/feed/feed.js';
import { LecternEventCard } from '../elements/event-card/event-card.js';
import { LecternSpeakerList } from '../elements/speaker-list/speaker-list.js';
import { LecternPublicationCard } from '../elements/publication-card/publication-card.js';
import { LecternRelatedCarousel } from '../elements/related-carousel/related-carousel.js';

/** The content elements a snippet can hold, in the order they are written. */
export const EMBED_ELEMENTS = ['event-card', 'speaker-list', 'publication-card', 'related-carousel'] as const;
export type EmbedElement = (typeof EMBED_ELEMENTS)[number];

export interface RenderEmbedOptions {
  /** Id of the item to show; default: the next event that has not ended at `now`. */
  item?: string;
  /** Which content elements, in this order; default: all four. */
  elements?: readonly EmbedElement[];
  /** BCP 47 language of the text; default: the feed's `language`, else English. */
  lang?: string;
  /** The instant the snapshot is taken at (ISO date-time, ms since the epoch or a Date); default: now. */
  now?: string | number | Date;
  /** Heading level (1–6) of each element's top heading; default 2. */
  headingLevel?: number;
  /** Adds the schema.org JSON-LD (the event's, and the books') for search engines. */
  structuredData?: boolean;
  /** URL of the page the snippet goes in: links to other sites open in a new tab. Default: every http(s) link is another site's. */
  pageUrl?: string;
  /** A CSP nonce for the `<style>` elements of the shadow trees (a page whose `style-src` has no 'unsafe-inline'). */
  nonce?: string;
}

/** A feed or an option that cannot be rendered: `problems` holds the validator's findings. */
export class EmbedError extends Error {
  override name = 'EmbedError';
  readonly problems: FeedProblem[];
  constructor(message: string, problems: FeedProblem[] = []) {
    super(message);
    this.problems = problems;
  }
}

/** What the elements of the render in progress show from. Renders are synchronous, so one at a time. */
let current: { state: FeedState; locale: string } | undefined;

/**
 * The content elements as the server renders them: their feed and language come from `current` rather
 * than from `<lectern-feed>` and the page. Everything they render is the browser classes' own code.
 */
function serverClass<T extends abstract new (...args: never[]) => LecternContentElement<unknown>>(Base: T) {
  abstract class Server extends (Base as unknown as typeof LecternContentElement<unknown>) {
    protected override get feedState(): FeedState {
      return current?.state ?? { status: 'idle' };
    }
    protected override willUpdate(changed: PropertyValues<this>): void {
      const locale = current?.locale ?? 'en';
      // What the LocalizeController works out in a browser (its hostUpdate), for a snippet whose
      // <lectern-feed> carries `lang` and no `dir`.
      Object.assign(this.localize, { locale, ready: true, fromFeed: false, dir: isRtl(locale) ? 'rtl' : nothing });
      super.willUpdate(changed);
    }
  }
  return Server as unknown as T;
}

const CLASSES: Record<EmbedElement, abstract new () => LecternContentElement<unknown>> = {
  'event-card': LecternEventCard,
  'speaker-list': LecternSpeakerList,
  'publication-card': LecternPublicationCard,
  'related-carousel': LecternRelatedCarousel,
};

let defined = false;
/** Registers the elements in the server renderer's registry (Lit's DOM shim), once per process. */
function defineServerElements(): void {
  if (defined) return;
  defined = true;
  // No DOM here, so no sanitiser: rich text (content_html, bio_html) is never started, and the elements
  // render what a browser shows before DOMPurify has loaded (content_text, the plain bio). lectern.js
  // adds the rich text once it has hydrated them.
  __setSanitizerImport(() => new Promise(() => undefined));
  const define = (tag: string, ctor: CustomElementConstructor) => customElements.get(tag) ?? customElements.define(tag, ctor);
  define('lectern-feed', LecternFeed);
  for (const name of EMBED_ELEMENTS) define(`lectern-${name}`, serverClass(CLASSES[name]) as unknown as CustomElementConstructor);
}

/**
 * Renders a feed to an HTML snippet: `<lectern-feed>` with the feed inline and the content elements,
 * each with its shadow tree, ready to show without JavaScript and to be hydrated by `lectern.js`.
 * Throws an `EmbedError` (with the validator's problems) for a feed that is unusable or has errors, an
 * `item` that is not in it, or options out of range: never half a snippet.
 */
export async function renderEmbed(feedJson: unknown, options: RenderEmbedOptions = {}): Promise<string> {
  const { feed, now, locale, elements, level, item } = prepare(feedJson, options);
  await loadMessages(locale);
  defineServerElements();
  const selected = selectItem(feed, item, now);
  const zone = selected?._event?.time_zone;
  // A server-only template around the elements: it is never hydrated itself, so it carries no markers.
  // The feed goes in as escaped JSON (scriptJson: the inline-feed rules), never as markup of its own.
  const snippet = serverHtml`<lectern-feed server-rendered lang=${locale} now=${new Date(now).toISOString()} item=${item ?? nothing}>
  ${unsafeHTML(`<script type="application/feed+json">${scriptJson(feed)}</script>`)}${elements.map((name) => elementTemplate(name, level, zone))}
</lectern-feed>`;
  const base = page.url;
  page.url = () => options.pageUrl ?? 'https://page.invalid/';
  current = { state: { status: 'ready', feed, now, ...(item ? { item } : {}) }, locale };
  let out: string;
  try {
    out = collectResultSync(render(snippet));
  } finally {
    current = undefined;
    page.url = base;
  }
  // The server renderer leaves the spaces of removed bindings in the elements' start tags. (Feed text
  // cannot match: it is escaped, `<` written `&lt;`.)
  out = out.replace(/<(lectern-[a-z-]+) +/g, '<$1 ');
  if (options.nonce !== undefined) out = out.replaceAll('<style>', `<style nonce="${escapeAttribute(options.nonce)}">`);
  const jsonLd = options.structuredData && selected ? structuredData(feed, selected, now, options.pageUrl) : '';
  return `${out}${jsonLd}\n`;
}

function elementTemplate(name: EmbedElement, level: number, zone: string | undefined) {
  switch (name) {
    case 'event-card':
      // The reader's zone is unknown here: the card is rendered as for a reader in the event's zone,
      // with the line for the reader's own time kept blank; lectern.js fills it in.
      return serverHtml`
  <lectern-event-card server-rendered defer-hydration heading-level=${level} reader-time-zone=${zone ?? nothing}></lectern-event-card>`;
    case 'speaker-list':
      return serverHtml`
  <lectern-speaker-list server-rendered defer-hydration heading-level=${level}></lectern-speaker-list>`;
    case 'publication-card':
      return serverHtml`
  <lectern-publication-card server-rendered defer-hydration heading-level=${level}></lectern-publication-card>`;
    case 'related-carousel':
      return serverHtml`
  <lectern-related-carousel server-rendered defer-hydration heading-level=${level}></lectern-related-carousel>`;
  }
}

/** Checks the feed and options; every failure is an EmbedError saying what to fix. */
function prepare(feedJson: unknown, options: RenderEmbedOptions) {
  let feed: Feed;
  let problems: FeedProblem[];
  try {
    ({ feed, problems } = validateFeed(feedJson));
  } catch (e) {
    if (e instanceof FeedError) throw new EmbedError(e.message);
    throw e;
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    throw new EmbedError(`The feed has ${errors.length} error${errors.length === 1 ? '' : 's'}; no HTML written`, problems);
  }
  const now =
    options.now === undefined
      ? Date.now()
      : instantConverter.fromAttribute(String(options.now instanceof Date ? options.now.getTime() : options.now));
  if (now === undefined) throw new EmbedError(`now must be an ISO date-time or ms since the epoch, not "${String(options.now)}"`);
  const level = options.headingLevel ?? 2;
  if (!Number.isInteger(level) || level < 1 || level > 6) throw new EmbedError(`headingLevel must be a whole number from 1 to 6, not "${level}"`);
  const elements = options.elements ?? EMBED_ELEMENTS;
  const unknown = elements.find((e) => !EMBED_ELEMENTS.includes(e));
  if (unknown !== undefined || elements.length === 0) {
    throw new EmbedError(`elements must be some of ${EMBED_ELEMENTS.join(', ')}${unknown === undefined ? '' : `, not "${String(unknown)}"`}`);
  }
  const item = options.item || undefined;
  if (item !== undefined && !findItem(feed, item)) throw new EmbedError(`The feed has no item with the id "${item}"`);
  if (item === undefined && !selectItem(feed, undefined, now)) throw new EmbedError('The feed has no event to show (and no item was named)');
  const locale = canonical(options.lang) ?? canonical(feed.language) ?? 'en';
  if (options.lang !== undefined && canonical(options.lang) === undefined)
    throw new EmbedError(`lang must be a BCP 47 language tag, not "${options.lang}"`);
  return { feed, now, locale, elements, level, item };
}

function canonical(tag: string | undefined): string | undefined {
  try {
    return tag?.trim() ? Intl.getCanonicalLocales(tag.trim())[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The schema.org JSON-LD of the event and of the books it presents, as non-executable script elements. */
function structuredData(feed: Feed, selected: FeedItem, now: number, pageUrl: string | undefined): string {
  const base = pageUrl ?? 'https://page.invalid/';
  const books = [...new Set(selected._event?.featured ?? [])].map((id) => findItem(feed, id)).filter((b): b is FeedItem => !!b?._book);
  const data = [jsonLdData('event', selected, jsonLdDeps, { now, base }), ...books.map((b) => jsonLdData('book', b, jsonLdDeps, { now, base }))];
  return data
    .filter((d) => d !== undefined)
    .map((d) => `\n<script type="application/ld+json">${scriptJson(d)}</script>`)
    .join('');
}

/**
 * JSON to put inside a `<script>` element. The HTML parser ends the element at the first `</script`
 * whatever the JSON means, and reads `<!--` inside it specially: `<`, `>` and `&` written as `\u` escapes
 * are the same string to `JSON.parse` and never markup. U+2028 and U+2029 are escaped for pages that
 * copy the JSON into JavaScript (before ES2019 they ended a string literal).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
