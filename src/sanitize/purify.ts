/**
 * DOMPurify, configured for feed HTML (see sanitize.ts for the rules): a chunk of its own, fetched the
 * first time a feed carries HTML. Like every Lectern chunk it imports nothing from lectern.js (that would
 * load a second copy whenever a page's script URL carries a query string); what it shares with the rest
 * of Lectern arrives as `SanitizerDeps`.
 */
import DOMPurify, { type Config, type DOMPurify as Purify } from 'dompurify';
import type { SanitizerDeps } from './sanitize.js';

export default DOMPurify;

export type Sanitize = (html: string) => DocumentFragment;

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'a', 'ul', 'ol', 'li'];
const LINK_REL = 'noopener noreferrer nofollow';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

export function createSanitizer(factory: Purify, deps: SanitizerDeps): Sanitize {
  const purify = factory(window);
  if (!purify.isSupported) throw new Error('DOMPurify is not supported in this browser');

  const policy = deps.lecternPolicy(deps.policyName, {
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
    const href = el.hasAttribute('href') ? deps.safeUrl(el.getAttribute('href')) : undefined;
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
