/**
 * DOMPurify, configured for feed HTML (see sanitize.ts for the rules): a chunk of its own, fetched the
 * first time a feed carries HTML. Like every Lectern chunk it imports nothing from lectern.js (that would
 * load a second copy whenever a page's script URL carries a query string); what it shares with the rest
 * of Lectern arrives as `SanitizerDeps`.
 */
import DOMPurify, { type Config, type DOMPurify as Purify } from 'dompurify';
import type { SanitizerDeps } from './sanitize.js';

export default DOMPurify;

export type Sanitize = (html: string, base?: string) => DocumentFragment;

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'a', 'ul', 'ol', 'li'];
const LINK_REL = 'noopener noreferrer nofollow';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Chromium checks the page's `style-src` whenever any document of the page, even DOMPurify's inert
 * one, gets a `style` attribute or a `<style>` element, and sends a report to the page's `report-uri`
 * although nothing is applied (cure53/DOMPurify #900; no in-page document escapes the page's CSP).
 * So the word `style` where the parser would read it as a tag or attribute name is renamed before
 * parsing: `<style>` becomes an unknown element and `style=` an unknown attribute, both of which the
 * allow-list drops anyway. Text and links that contained the word get it back afterwards (`restore`).
 */
const INERT_STYLE = 'lectern-inert-style';
const inert = (html: string) => html.replace(/(^|[\s"'/<])(style)(?=[\s/>=]|$)/gi, `$1${INERT_STYLE}-$2`);
const RESTORE = new RegExp(`${INERT_STYLE}-(style)`, 'gi');

function restore(root: DocumentFragment): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) node.nodeValue = node.nodeValue!.replace(RESTORE, '$1');
    else {
      const href = (node as Element).getAttribute('href');
      if (href) (node as Element).setAttribute('href', href.replace(RESTORE, '$1'));
    }
  }
}

export function createSanitizer(factory: Purify, deps: SanitizerDeps): Sanitize {
  const purify = factory(window);
  if (!purify.isSupported) throw new Error('DOMPurify is not supported in this browser');

  // Under Trusted Types, DOMPurify parses through our policy, which accepts only the string being
  // sanitised right now (trusted-types.ts). It never needs a script URL: our allow-list keeps none.
  // Without Trusted Types, explicitly none: `undefined` would make DOMPurify create its `dompurify` policy.
  const { trusted, policyName } = deps;
  if (window.trustedTypes && trusted(policyName, 'createHTML', '') === undefined) {
    // The page's CSP refused our name: parsing a plain string would only raise violations.
    throw new Error(`Trusted Types policy "${policyName}" refused`);
  }
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
    // The renamed style elements (see `inert` below) go with their contents, as <style> would.
    ADD_FORBID_CONTENTS: [`${INERT_STYLE}-style`],
    TRUSTED_TYPES_POLICY: window.trustedTypes
      ? ({
          createHTML: (s: string) => trusted(policyName, 'createHTML', s),
          createScriptURL: () => {
            throw new TypeError('no script URLs');
          },
        } as unknown as TrustedTypePolicy)
      : null,
  };

  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.localName !== 'a' || el.namespaceURI !== HTML_NS) return;
    // A link without a usable href stays as an inert <a> (no href): its text is kept, nothing to click.
    const raw = el.getAttribute('href');
    const href = raw === null ? undefined : base ? deps.absoluteUrl(raw, base) : deps.safeUrl(raw);
    if (href === undefined) el.removeAttribute('href');
    else el.setAttribute('href', href);
    el.setAttribute('rel', LINK_REL);
    el.setAttribute('target', '_blank');
  });

  /** The feed's URL while one sanitize call runs: relative links resolve against it. */
  let base: string | undefined;
  const sanitize: Sanitize = (html, feedUrl) => {
    base = feedUrl;
    const fragment = purify.sanitize(inert(html), config);
    base = undefined;
    restore(fragment);
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
