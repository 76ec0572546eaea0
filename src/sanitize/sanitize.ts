/**
 * The only way feed HTML (`content_html`, `bio_html`) reaches the DOM.
 *
 * - DOMPurify and its configuration (purify.ts) are imported on first use, as one chunk, so plain-text
 *   feeds never download them. One configured instance per page load, made with `DOMPurify(window)` so our hooks never
 *   touch a DOMPurify the host page uses itself.
 * - A small allow-list (`p br strong em b i a ul ol li`, `href` only), every href through `safeUrl`
 *   (the one URL allow-list), links open in a new tab with `rel="noopener noreferrer nofollow"`
 *   (cure53/DOMPurify #317).
 * - The result is a DocumentFragment, never a string: nothing is parsed twice, so mutation XSS
 *   (DOMPurify #482) has no second parse to exploit.
 * - Trusted Types: DOMPurify parses through our own policy `lectern-dompurify`, which accepts only the
 *   string being sanitised at that moment (trusted-types.ts). DOMPurify's own `dompurify` policy is
 *   never created: with `TRUSTED_TYPES_POLICY` set (or `null`) it doesn't ask for one, so we never
 *   take that name from the page's own DOMPurify. Where the page refuses our name, no HTML is parsed.
 * - No CSP reports: `style` is renamed before parsing (purify.ts), so a hostile style attribute does
 *   not make the browser report to the page's `report-uri`.
 * - Any failure (chunk fails to load, DOMPurify unsupported or throwing, parsing blocked by the page's
 *   CSP) resolves to the text alone, in one Text node.
 */
import type { DOMPurify } from 'dompurify';
import { absoluteUrl, safeUrl } from '../feed/url.js';
import { trusted } from './trusted-types.js';
import type { Sanitize } from './purify.js';

export const POLICY_NAME = 'lectern-dompurify';

/** What purify.ts (a chunk that imports nothing from lectern.js) uses from the rest of Lectern. */
const deps = { safeUrl, absoluteUrl, trusted, policyName: POLICY_NAME };
export type SanitizerDeps = typeof deps;

type Loader = () => Promise<{ default: DOMPurify }>;

/** DOMPurify and its configuration: one chunk (purify.ts), fetched the first time a feed has HTML. */
const defaultLoader: Loader = () => import('./purify.js');
let loader: Loader = defaultLoader;

/** The configured sanitiser, or `null` once it is known not to work on this page. */
let sanitizer: Promise<Sanitize | null> | undefined;

/**
 * Sanitises feed HTML into a fragment owned by the current document, ready to append. Relative links
 * resolve against `base` (the feed's URL) when given, else stay relative to the page. Never rejects:
 * when the sanitiser is unavailable the fragment holds the HTML's text only.
 */
export async function sanitizeHtml(html: string, base?: string): Promise<DocumentFragment> {
  const source = typeof html === 'string' ? html : '';
  sanitizer ??= load();
  const sanitize = await sanitizer;
  if (sanitize) {
    try {
      return sanitize(source, base);
    } catch {
      // Fall through to text: an input DOMPurify chokes on is shown, not executed and not lost.
    }
  }
  return textFragment(source);
}

async function load(): Promise<Sanitize | null> {
  try {
    const [{ default: factory }, { createSanitizer }] = await Promise.all([loader(), import('./purify.js')]);
    return createSanitizer(factory, deps);
  } catch {
    return null;
  }
}

/** Elements whose content is not prose: dropped entirely from the text fallback. */
const NON_TEXT = /<(script|style|template|textarea|title|iframe|noscript|noembed|noframes|xmp|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of `html` in a single Text node. This cannot execute anything whatever the input: a Text
 * node's data is never parsed as markup, so the regexes are cosmetic (they make the text readable) and
 * no security boundary. We avoid DOMParser (inert, but under an enforced Trusted Types CSP without our
 * policy it throws on a plain string, which is one of the situations this fallback exists for).
 */
export function textFragment(html: string): DocumentFragment {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(NON_TEXT, ' ')
    .replace(/<\/?(?:p|br|li|ul|ol|div|h[1-6])\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
  const fragment = document.createDocumentFragment();
  if (text) fragment.append(document.createTextNode(text));
  return fragment;
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Test hook: whether the DOMPurify import has started. */
export function __sanitizerLoaded(): boolean {
  return sanitizer !== undefined;
}

/** Test hook: replace (or, with no argument, restore) the DOMPurify import and forget the instance. */
export function __setSanitizerImport(replacement?: Loader): void {
  loader = replacement ?? defaultLoader;
  sanitizer = undefined;
}
