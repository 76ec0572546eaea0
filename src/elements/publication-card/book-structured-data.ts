/**
 * schema.org `Book` JSON-LD for the publication card, added only with `structured-data` (as the event
 * card does for `Event`). `alternativeHeadline` and `position` are CreativeWork properties, so valid on
 * a Book; `position` is the book's place in the `isPartOf` BookSeries.
 */
import type { FeedItem } from '../../feed/schema.js';
import { absoluteUrl } from '../../feed/url.js';
import { formatDate } from '../../time/format.js';
import { lecternPolicy } from '../trusted-types.js';

type Json = Record<string, unknown>;

/** An absolute http(s) URL (relative ones resolved against the page), else undefined. */
const abs = (url: string | undefined) => {
  const a = absoluteUrl(url);
  return a && /^https?:/i.test(a) ? a : undefined;
};

/** Drops empty values, so the JSON-LD never carries `undefined`, `""` or `[]`. */
const clean = (o: Json): Json => {
  for (const k in o) if (o[k] === undefined || o[k] === '' || (Array.isArray(o[k]) && !(o[k] as unknown[]).length)) delete o[k];
  return o;
};

/** The schema.org Book for an item with `_book` and a title, else undefined. */
export function bookJsonLd(item: FeedItem): Json | undefined {
  const b = item._book;
  if (!b || !item.title) return undefined;
  const authors = b.authors?.length ? b.authors : (item.authors ?? (item.author ? [item.author] : []));
  return clean({
    '@context': 'https://schema.org',
    '@type': 'Book',
    name: item.title,
    alternativeHeadline: b.subtitle,
    author: authors.filter((a) => a.name?.trim()).map((a) => clean({ '@type': 'Person', name: a.name, url: abs(a.url) })),
    publisher: b.publisher ? { '@type': 'Organization', name: b.publisher } : undefined,
    isbn: b.isbn,
    datePublished: formatDate(b.date_published ?? item.date_published, 'en')?.datetime,
    description: item.summary,
    image: abs(b.cover),
    url: abs(item.url ?? item.external_url),
    isPartOf: b.series ? { '@type': 'BookSeries', name: b.series } : undefined,
    position: b.series ? b.series_number : undefined,
    offers: (b.offers ?? []).map((o) => abs(o.url)).filter(Boolean).map((url) => ({ '@type': 'Offer', url })),
  });
}

/**
 * A `<script type="application/ld+json">` with the item's Book, or undefined. `<` is escaped so no
 * feed text can close the script; under Trusted Types the text goes through `lectern-jsonld`.
 */
export function bookScript(item: FeedItem): HTMLScriptElement | undefined {
  const data = bookJsonLd(item);
  if (!data) return undefined;
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset['lectern'] = '';
  const policy = lecternPolicy('lectern-jsonld', { createScript: (s: string) => s });
  (script as { text: string | TrustedScript }).text = policy ? policy.createScript(json) : json;
  return script;
}
