/**
 * The only way feed HTML (`content_html`, `bio_html`) reaches the DOM.
 *
 * - DOMPurify is imported on first use, so plain-text feeds never download it (Vite emits it as its own
 *   chunk). One configured instance per page load, made with `DOMPurify(window)` so our hooks never
 *   touch a DOMPurify the host page uses itself.
 * - A small allow-list (`p br strong em b i a ul ol li`, `href` only), every href through `safeUrl`
 *   (the one URL allow-list), links open in a new tab with `rel="noopener noreferrer nofollow"`
 *   (cure53/DOMPurify #317).
 * - The result is a DocumentFragment, never a string: nothing is parsed twice, so mutation XSS
 *   (DOMPurify #482) has no second parse to exploit.
 * - Trusted Types: DOMPurify parses through our own policy `lectern-dompurify` (shared by every Lectern
 *   copy on the page, see trusted-types.ts). DOMPurify's own `dompurify` policy is never created: with
 *   `TRUSTED_TYPES_POLICY` set (or `null`) it doesn't ask for one, so we never take that name from the
 *   page's own DOMPurify.
 * - Any failure (chunk fails to load, DOMPurify unsupported or throwing, parsing blocked by the page's
 *   CSP) resolves to the text alone, in one Text node.
 */
import type { Config, DOMPurify } from 'dompurify';
import { safeUrl } from '../feed/url.js';
import { lecternPolicy } from './trusted-types.js';

export const POLICY_NAME = 'lectern-dompurify';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'a', 'ul', 'ol', 'li'];
const LINK_REL = 'noopener noreferrer nofollow';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

type Sanitize = (html: string) => DocumentFragment;
type Loader = () => Promise<{ default: DOMPurify }>;

const defaultLoader: Loader = () => import('dompurify');
let loader: Loader = defaultLoader;

/** The configured sanitiser, or `null` once it is known not to work on this page. */
let sanitizer: Promise<Sanitize | null> | undefined;

/**
 * Sanitises feed HTML into a fragment owned by the current document, ready to append. Never rejects:
 * when the sanitiser is unavailable the fragment holds the HTML's text only.
 */
export async function sanitizeHtml(html: string): Promise<DocumentFragment> {
  const source = typeof html === 'string' ? html : '';
  sanitizer ??= load();
  const sanitize = await sanitizer;
  if (sanitize) {
    try {
      return sanitize(source);
    } catch {
      // Fall through to text: an input DOMPurify chokes on is shown, not executed and not lost.
    }
  }
  return textFragment(source);
}

async function load(): Promise<Sanitize | null> {
  try {
    const { default: factory } = await loader();
    return configure(factory);
  } catch {
    return null;
  }
}

function configure(factory: DOMPurify): Sanitize {
  const purify = factory(window);
  if (!purify.isSupported) throw new Error('DOMPurify is not supported in this browser');

  const policy = lecternPolicy(POLICY_NAME, {
    createHTML: (s: string) => s,
    createScriptURL: (s: string) => s,
  });
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
    // Our policy, or explicitly none: `undefined` would make DOMPurify create its `dompurify` policy.
    TRUSTED_TYPES_POLICY: policy ?? null,
  };

  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.localName !== 'a' || el.namespaceURI !== HTML_NS) return;
    // A link without a usable href stays as an inert <a> (no href): its text is kept, nothing to click.
    const href = el.hasAttribute('href') ? safeUrl(el.getAttribute('href')) : undefined;
    if (href === undefined) el.removeAttribute('href');
    else el.setAttribute('href', href);
    el.setAttribute('rel', LINK_REL);
    el.setAttribute('target', '_blank');
  });

  const sanitize: Sanitize = (html) => {
    const fragment = purify.sanitize(html, config);
    // DOMPurify builds the fragment in its inert parsing document; move it into ours.
    return document.adoptNode(fragment);
  };

  // Self-test: under an enforced Trusted Types CSP without our policy, DOMPurify's parse fails
  // quietly and every result would be empty. Detect that once and use the text fallback instead.
  const probe = sanitize('<b>x</b>');
  const b = probe.firstChild;
  if (probe.childNodes.length !== 1 || !(b instanceof Element) || b.localName !== 'b' || b.textContent !== 'x') {
    throw new Error('DOMPurify cannot parse HTML on this page');
  }
  return sanitize;
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
