/**
 * The one URL allow-list. Every URL that comes from a feed passes through `safeUrl` before it reaches
 * an `href` or `src`; nothing else in Lectern decides whether a URL is safe.
 *
 * Why parse instead of matching prefixes: the WHATWG URL parser strips leading C0 controls and spaces
 * and removes tabs and newlines anywhere, so `" javascript:"`, `"\u0000javascript:"` and
 * `"java\tscript:"` all mean `javascript:` to the browser. We let the same parser decide the scheme.
 */

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** Base used to resolve relative URLs when there is no document (the validator in Node). */
const FALLBACK_BASE = 'https://relative.invalid/';

/** Anything that may go into an `href`/`src`: an absolute http(s)/mailto URL or a relative reference. */
export function isAllowedUrl(raw: unknown): raw is string {
  return safeUrl(raw) !== undefined;
}

/**
 * Returns the URL to put in the attribute, or `undefined` when it must not be used.
 *
 * Relative references are kept as written (trimmed) so they resolve against the page, as the feed
 * author meant; absolute ones are returned in the parser's serialisation, which is what the browser
 * would follow anyway and cannot be reinterpreted later.
 */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Strip what the URL parser strips, so the scheme test below sees what the browser sees.
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (cleaned === '' || cleaned.length > 8192) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(cleaned, base ?? documentBase());
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  // A backslash or a scheme-relative `//host` (also `/\host`: special schemes read `\` as `/`) is
  // absolute in disguise: return the parsed form.
  return hasScheme(cleaned) || /^(?:\\|\/\/|\/\\)/.test(cleaned) ? parsed.href : cleaned;
}

/** Resolves a URL against a base (the feed's own URL, or the page) and applies the allow-list. */
export function absoluteUrl(raw: unknown, base?: string): string | undefined {
  const safe = safeUrl(raw, base);
  if (safe === undefined) return undefined;
  try {
    return new URL(safe, base ?? documentBase()).href;
  } catch {
    return undefined;
  }
}

function hasScheme(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(s);
}

function documentBase(): string {
  return typeof document !== 'undefined' && document.baseURI ? document.baseURI : FALLBACK_BASE;
}

/** `isAllowedUrl` for a string: the requirement the schema's URL check uses (validate.ts keys on it). */
export function isAllowedUrlString(s: string): boolean {
  return safeUrl(s) !== undefined;
}
