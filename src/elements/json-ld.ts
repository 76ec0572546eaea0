/**
 * Helpers shared by the schema.org JSON-LD of the event card (`Event`) and the publication card
 * (`Book`), added to the page's light DOM only with `structured-data`.
 */
import { absoluteUrl } from '../feed/url.js';
import { lecternPolicy } from './trusted-types.js';

export type Json = Record<string, unknown>;

/** An absolute http(s) URL (relative ones resolved against the page), else undefined. */
export function httpUrl(url: string | undefined): string | undefined {
  const a = absoluteUrl(url);
  return a && /^https?:/i.test(a) ? a : undefined;
}

/** Drops empty values, so the JSON-LD never carries `undefined`, `""` or `[]`. */
export function clean(o: Json): Json {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete o[k];
  }
  return o;
}

/**
 * A `<script type="application/ld+json">` holding `data`. `<` is escaped so that no text in the feed
 * can close the script element; under Trusted Types the text goes through the documented
 * `lectern-jsonld` policy (script text is a sink even for JSON). Undefined when that policy is refused.
 */
export function jsonLdScript(data: Json): HTMLScriptElement | undefined {
  const json = toJson(data).replace(/</g, '\\u003c');
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset['lectern'] = '';
  const policy = lecternPolicy('lectern-jsonld', { createScript: (s: string) => s });
  try {
    (script as { text: string | TrustedScript }).text = policy ? policy.createScript(json) : json;
  } catch {
    console.warn('[lectern] structured-data needs the Trusted Types policy name "lectern-jsonld" in this page\'s CSP; it is left out.');
    return undefined;
  }
  return script;
}

/**
 * JSON text for plain data, written by hand: `JSON.stringify` calls `toJSON` methods, and pages that
 * still load Prototype.js give every array one that returns a string.
 */
function toJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value).map((k) => `${JSON.stringify(k)}:${toJson((value as Json)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
