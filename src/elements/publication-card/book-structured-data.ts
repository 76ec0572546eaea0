/**
 * schema.org `Book` JSON-LD for the publication card, added only with `structured-data` (as the event
 * card does for `Event`). `alternativeHeadline` and `position` are CreativeWork properties, so valid on
 * a Book; `position` is the book's place in the `isPartOf` BookSeries.
 */
import type { FeedItem } from '../../feed/schema.js';
import { formatDate } from '../../time/format.js';
import { clean, httpUrl as abs, jsonLdScript, type Json } from '../json-ld.js';

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

/** A JSON-LD script with the item's Book, or undefined. */
export function bookScript(item: FeedItem): HTMLScriptElement | undefined {
  const data = bookJsonLd(item);
  return data && jsonLdScript(data);
}
