/**
 * The JSON-LD builder in the browser (src/structured-data/json-ld.ts): the script element it makes, the
 * clock it is given (an event that has ended offers no registration; without a clock, the real one),
 * and relative URLs resolved against the page. The objects themselves are checked against schema.org's
 * types and Google's Event requirements in test/node/json-ld-schema.test.mjs.
 */
import { expect } from '@open-wc/testing';
import type { FeedItem } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { jsonLdData, jsonLdFor } from '../../src/structured-data/json-ld.js';
import { jsonLdDeps as deps } from '../../src/structured-data/deps.js';

type Json = Record<string, unknown>;

const S = 'https://schema.org/';
const BEFORE = Date.parse('2016-01-19T12:00:00Z');
const DURING = Date.parse('2016-01-19T18:30:00Z');
const AFTER = Date.parse('2016-01-19T20:00:00Z');

/** One validated item (defaults applied, as the elements receive it). */
function item(event: Json, extra: Json = {}): FeedItem {
  const { feed } = validateFeed({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Events',
    items: [{ id: 'e', url: 'https://rusi.org/events/e', title: 'Target Markets', ...extra, _event: event }],
  });
  expect(feed.items.length, 'item valid').to.equal(1);
  return feed.items[0]!;
}

const EVENT = {
  start: '2016-01-19T18:00',
  end: '2016-01-19T19:30',
  time_zone: 'Europe/London',
  location: { name: 'RUSI', address: '61 Whitehall, London SW1A 2ET' },
  registration: { url: 'https://rusi.org/register', availability: 'open' },
};

function parse(script: HTMLScriptElement | undefined): Json {
  expect(script, 'script').to.exist;
  expect(script!.type).to.equal('application/ld+json');
  return JSON.parse(script!.textContent!) as Json;
}

describe('structured data: the JSON-LD script', () => {
  it('offers registration until the event ends, by the clock it is given', () => {
    const it = item(EVENT);
    expect(parse(jsonLdFor('event', it, deps, { now: BEFORE }))['offers']).to.deep.equal({
      '@type': 'Offer',
      url: 'https://rusi.org/register',
      availability: `${S}InStock`,
    });
    const during = parse(jsonLdFor('event', it, deps, { now: DURING }))['offers'] as Json | undefined;
    expect(during?.['availability']).to.equal(`${S}InStock`);
    const after = parse(jsonLdFor('event', it, deps, { now: AFTER }));
    expect(after['offers']).to.equal(undefined);
    expect(after['eventStatus']).to.equal(`${S}EventScheduled`);
  });

  it('without a clock, uses the real one (this 2016 event is over)', () => {
    expect(parse(jsonLdFor('event', item(EVENT), deps))['offers']).to.equal(undefined);
  });

  it('a cancelled event, or closed registration: no Offer even before it starts', () => {
    expect(parse(jsonLdFor('event', item({ ...EVENT, status: 'cancelled' }), deps, { now: BEFORE }))['offers']).to.equal(undefined);
    const closed = item({ ...EVENT, registration: { url: 'https://rusi.org/register', availability: 'closed' } });
    expect(parse(jsonLdFor('event', closed, deps, { now: BEFORE }))['offers']).to.equal(undefined);
    const full = item({ ...EVENT, registration: { availability: 'full' } });
    expect(parse(jsonLdFor('event', full, deps, { now: BEFORE }))['offers']).to.deep.equal({ '@type': 'Offer', availability: `${S}SoldOut` });
  });

  it('resolves relative URLs against the page: an online event with only a relative page URL', () => {
    const online = item({ ...EVENT, attendance: 'online', location: undefined }, { url: 'events/here' });
    const data = parse(jsonLdFor('event', online, deps, { now: BEFORE }));
    expect(data['location']).to.deep.equal({ '@type': 'VirtualLocation', url: new URL('events/here', document.baseURI).href });
    expect(data['url']).to.equal(new URL('events/here', document.baseURI).href);
  });

  it('a venue with only a name is a Place with an address; mixed attendance gives both locations', () => {
    const mixed = item({ ...EVENT, attendance: 'mixed', location: { name: 'RUSI' } });
    expect(jsonLdData('event', mixed, deps, { now: BEFORE })!['location']).to.deep.equal([
      { '@type': 'Place', name: 'RUSI', address: 'RUSI' },
      { '@type': 'VirtualLocation', url: 'https://rusi.org/events/e' },
    ]);
  });

  it('escapes < so that no feed text can close the script', () => {
    const script = jsonLdFor('event', item(EVENT, { title: '</script><script>window.__pwned=1</script>' }), deps, { now: BEFORE })!;
    expect(script.textContent).not.to.contain('<');
    expect(parse(script)['name']).to.equal('</script><script>window.__pwned=1</script>');
  });

  it('makes nothing for an event without a date, or a book without a title', () => {
    expect(jsonLdFor('event', item({ ...EVENT, start: undefined, end: undefined }), deps, { now: BEFORE })).to.equal(undefined);
    const { feed } = validateFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'B', items: [{ id: 'b', _book: { isbn: '1' } }] });
    expect(jsonLdFor('book', feed.items[0]!, deps)).to.equal(undefined);
  });
});
