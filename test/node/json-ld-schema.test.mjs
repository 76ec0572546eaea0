// The schema.org JSON-LD that `structured-data` writes (src/structured-data/json-ld.ts), built in Node
// from validated feed items: what Google's Event rich result requires and recommends, the Offer and
// location rules, the gaps `lectern validate` reports, and a type check of every object against
// schema.org's types (schema-dts) with tsc, with controls that must fail it.
//   node --test test/node/json-ld-schema.test.mjs
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { jsonLdData, structuredDataGaps } = await tsImport('../../src/structured-data/json-ld.ts', import.meta.url);
const { jsonLdDeps } = await tsImport('../../src/structured-data/deps.ts', import.meta.url);
const { validateFeed } = await tsImport('../../src/feed/validate.ts', import.meta.url);

const S = 'https://schema.org/';
const PAGE = 'https://shop.example/books/target-markets';
/** The clock: the events below are ahead of it, but `ENDED`. */
const NOW = Date.parse('2030-01-01T12:00:00Z');
const AFTER_ALL = Date.parse('2031-01-01T00:00:00Z');

const VENUE = { name: 'RUSI', address: '61 Whitehall, London SW1A 2ET', url: 'https://maps.example/rusi' };
const EVENT = {
  kind: 'Whitehall Paper Launch',
  start: '2030-02-10T18:00',
  end: '2030-02-10T19:30',
  time_zone: 'Europe/London',
  location: VENUE,
  registration: { url: 'https://rusi.org/register', availability: 'open' },
  speakers: [{ name: 'Andrea Berger', job_title: 'Deputy Director', affiliation: 'RUSI', url: 'https://rusi.org/people/berger' }],
};
const item = (id, event, extra = {}) => ({
  id,
  url: `https://rusi.org/events/${id}`,
  title: `Event ${id}`,
  summary: 'A book launch.',
  content_text: 'The text.',
  image: 'https://img.example/launch.jpg',
  authors: [{ name: 'RUSI', url: 'https://rusi.org/' }],
  ...extra,
  _event: { ...EVENT, ...event },
});

const ITEMS = [
  item('scheduled', {}),
  item('cancelled', { status: 'cancelled' }),
  item('postponed', { status: 'postponed' }),
  item('rescheduled', { status: 'rescheduled', previous_start: '2030-02-03T18:00' }),
  item('ended', { start: '2029-12-01T18:00', end: '2029-12-01T19:30' }),
  item('online-only', { attendance: 'online', location: undefined, registration: { url: 'https://rusi.org/register', availability: 'full' } }),
  item('online-stream', { attendance: 'online', online: { url: 'https://stream.example/live' } }),
  item('mixed', { attendance: 'mixed', online: { url: 'https://stream.example/live' }, registration: { availability: 'waitlist' } }),
  item('moved-online', { status: 'moved-online', online: { url: 'https://stream.example/live' } }),
  item('venue-name-only', { location: { name: 'RUSI' }, registration: { url: 'https://rusi.org/register', availability: 'closed' } }),
  item('venue-url-only', { location: { url: 'https://maps.example/rusi' } }),
  item('invitation', { registration: { url: 'https://rusi.org/register', availability: 'invitation' } }),
  item('no-registration', { registration: undefined }),
  item('all-day', { start: '2030-03-01', end: '2030-03-02', time_zone: undefined }),
  item(
    'bare',
    { end: undefined, speakers: undefined, registration: undefined },
    { summary: undefined, content_text: undefined, image: undefined, authors: undefined },
  ),
  item('no-date', { start: undefined, end: undefined }),
  {
    id: 'untitled',
    url: 'https://rusi.org/events/untitled',
    _event: { start: '2030-02-10T18:00', time_zone: 'Europe/London', attendance: 'online' },
  },
  {
    id: 'book',
    url: 'https://rusi.org/publications/target-markets',
    title: 'Target Markets',
    summary: 'North Korea’s military customers in the sanctions era.',
    _book: {
      subtitle: 'North Korea’s Military Customers in the Sanctions Era',
      series: 'Whitehall Papers',
      series_number: 84,
      publisher: 'Routledge',
      isbn: '978-1-138-65425-6',
      date_published: '2015-12-15',
      authors: [{ name: 'Andrea Berger', url: 'https://rusi.org/people/berger' }],
      cover: 'https://img.example/cover.jpg',
      offers: [{ url: 'https://www.routledge.com/target-markets' }],
    },
  },
  { id: 'book-bare', title: 'A Book', _book: { isbn: '978-0-00-000000-2' } },
];

const { feed, problems } = validateFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'Events', items: ITEMS });
const byId = new Map(feed.items.map((i) => [i.id, i]));
const source = (id) => byId.get(id) ?? assert.fail(`no item ${id}`);
/** The JSON-LD object for an item, as the element writes it (`now` is the element's clock). */
const ld = (id, now = NOW) => jsonLdData(source(id)._book ? 'book' : 'event', source(id), jsonLdDeps, { now, base: PAGE });
const EVENT_IDS = ITEMS.filter((i) => i._event && i.title && i._event.start).map((i) => i.id);

test('the sample feed is valid (else the cases below test less than they say)', () => {
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  assert.equal(feed.items.length, ITEMS.length);
});

describe('Google Event: required properties', () => {
  for (const id of EVENT_IDS) {
    test(`${id}: name, startDate, and a location Google can use`, () => {
      const o = ld(id);
      assert.equal(o['@context'], 'https://schema.org');
      assert.equal(o['@type'], 'Event');
      assert.equal(typeof o.name, 'string');
      assert.match(o.startDate, /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
      if (id === 'venue-url-only') return; // no address to give: no location (lectern validate says so)
      const locations = [o.location].flat();
      assert.ok(locations.length > 0, 'location');
      for (const l of locations) {
        if (l['@type'] === 'Place') assert.ok(l.address, `Place without an address: ${JSON.stringify(l)}`);
        else if (l['@type'] === 'VirtualLocation') assert.match(l.url, /^https:\/\//);
        else assert.fail(`location of type ${l['@type']}`);
      }
    });
  }

  test('no Event without a title or a date', () => {
    assert.equal(ld('no-date'), undefined);
    assert.equal(ld('untitled'), undefined);
  });
});

describe('Google Event: recommended properties, where the feed has the data', () => {
  test('a full item gives all of them', () => {
    const o = ld('scheduled');
    assert.equal(o.description, 'A book launch.');
    assert.equal(o.startDate, '2030-02-10T18:00:00+00:00');
    assert.equal(o.endDate, '2030-02-10T19:30:00+00:00');
    assert.equal(o.eventStatus, `${S}EventScheduled`);
    assert.equal(o.eventAttendanceMode, `${S}OfflineEventAttendanceMode`);
    assert.deepEqual(o.image, ['https://img.example/launch.jpg']);
    assert.deepEqual(o.offers, { '@type': 'Offer', url: 'https://rusi.org/register', availability: `${S}InStock` });
    assert.deepEqual(o.organizer, { '@type': 'Organization', name: 'RUSI', url: 'https://rusi.org/' });
    assert.deepEqual(o.performer, [
      {
        '@type': 'Person',
        name: 'Andrea Berger',
        jobTitle: 'Deputy Director',
        affiliation: { '@type': 'Organization', name: 'RUSI' },
        url: 'https://rusi.org/people/berger',
      },
    ]);
    assert.equal(o.url, 'https://rusi.org/events/scheduled');
  });

  test('a bare item gives only what it has: nothing empty, nothing made up', () => {
    assert.deepEqual(ld('bare'), {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Event bare',
      startDate: '2030-02-10T18:00:00+00:00',
      eventStatus: `${S}EventScheduled`,
      eventAttendanceMode: `${S}OfflineEventAttendanceMode`,
      location: { '@type': 'Place', name: 'RUSI', address: { '@type': 'PostalAddress', streetAddress: VENUE.address }, url: VENUE.url },
      url: 'https://rusi.org/events/bare',
    });
  });

  test('status and attendance mode', () => {
    assert.equal(ld('cancelled').eventStatus, `${S}EventCancelled`);
    assert.equal(ld('postponed').eventStatus, `${S}EventPostponed`);
    assert.equal(ld('rescheduled').eventStatus, `${S}EventRescheduled`);
    assert.equal(ld('rescheduled').previousStartDate, '2030-02-03T18:00:00+00:00');
    assert.equal(ld('moved-online').eventStatus, `${S}EventMovedOnline`);
    assert.equal(ld('moved-online').eventAttendanceMode, `${S}OnlineEventAttendanceMode`);
    assert.equal(ld('mixed').eventAttendanceMode, `${S}MixedEventAttendanceMode`);
    assert.equal(ld('all-day').startDate, '2030-03-01');
    assert.equal(ld('all-day').endDate, '2030-03-02');
  });
});

describe('offers follow the card', () => {
  const offer = (id, now) => ld(id, now).offers;
  test('open: InStock, with the registration URL', () => {
    assert.deepEqual(offer('scheduled'), { '@type': 'Offer', url: 'https://rusi.org/register', availability: `${S}InStock` });
    assert.equal(offer('rescheduled').availability, `${S}InStock`);
  });
  test('full or waitlist: SoldOut', () => {
    assert.deepEqual(offer('online-only'), { '@type': 'Offer', url: 'https://rusi.org/register', availability: `${S}SoldOut` });
    assert.deepEqual(offer('mixed'), { '@type': 'Offer', availability: `${S}SoldOut` });
  });
  test('cancelled, postponed or ended: no Offer', () => {
    assert.equal(offer('cancelled'), undefined);
    assert.equal(offer('postponed'), undefined);
    assert.equal(offer('ended'), undefined);
    // The element's clock decides: the same event, once it is over.
    assert.equal(offer('scheduled', AFTER_ALL), undefined);
    assert.equal(ld('scheduled', AFTER_ALL).eventStatus, `${S}EventScheduled`);
  });
  test('closed, by invitation or no registration: no Offer', () => {
    assert.equal(offer('venue-name-only'), undefined);
    assert.equal(offer('invitation'), undefined);
    assert.equal(offer('no-registration'), undefined);
  });
  test('only the availability values Google documents for events', () => {
    const values = new Set(EVENT_IDS.map((id) => ld(id).offers?.availability).filter(Boolean));
    for (const v of values) assert.ok([`${S}InStock`, `${S}SoldOut`, `${S}PreOrder`].includes(v), v);
    assert.equal(offer('scheduled').validFrom, undefined, 'the feed has no date registration opens');
  });
});

describe('location', () => {
  test('a venue with only a name: a Place with the name as its address', () => {
    assert.deepEqual(ld('venue-name-only').location, { '@type': 'Place', name: 'RUSI', address: 'RUSI' });
  });
  test('a venue with a name and an address: a PostalAddress', () => {
    assert.deepEqual(ld('scheduled').location.address, { '@type': 'PostalAddress', streetAddress: VENUE.address });
  });
  test('a venue with neither: no Place (it would be invalid)', () => {
    assert.equal(ld('venue-url-only').location, undefined);
  });
  test('online without a stream link: a VirtualLocation at the event page', () => {
    assert.deepEqual(ld('online-only').location, { '@type': 'VirtualLocation', url: 'https://rusi.org/events/online-only' });
    assert.deepEqual(ld('online-stream').location, { '@type': 'VirtualLocation', url: 'https://stream.example/live' });
  });
  test('online, relative URLs resolve against the page', () => {
    const relative = { ...source('online-only'), url: '/events/here' };
    const o = jsonLdData('event', relative, jsonLdDeps, { now: NOW, base: PAGE });
    assert.deepEqual(o.location, { '@type': 'VirtualLocation', url: 'https://shop.example/events/here' });
  });
  test('mixed: both', () => {
    assert.deepEqual(
      ld('mixed').location.map((l) => l['@type']),
      ['Place', 'VirtualLocation'],
    );
    const noStream = { ...source('mixed'), _event: { ...source('mixed')._event, online: undefined } };
    const both = jsonLdData('event', noStream, jsonLdDeps, { now: NOW, base: PAGE }).location;
    assert.deepEqual(both[1], { '@type': 'VirtualLocation', url: 'https://rusi.org/events/mixed' });
  });
  test('moved online: no Place any more', () => {
    assert.deepEqual(ld('moved-online').location, { '@type': 'VirtualLocation', url: 'https://stream.example/live' });
  });
});

describe('Book', () => {
  test('name, author, isbn, url (and the rest the feed has)', () => {
    const o = ld('book');
    assert.equal(o['@type'], 'Book');
    assert.equal(o.name, 'Target Markets');
    assert.deepEqual(o.author, [{ '@type': 'Person', name: 'Andrea Berger', url: 'https://rusi.org/people/berger' }]);
    assert.equal(o.isbn, '978-1-138-65425-6');
    assert.equal(o.url, 'https://rusi.org/publications/target-markets');
    assert.deepEqual(ld('book-bare'), { '@context': 'https://schema.org', '@type': 'Book', name: 'A Book', isbn: '978-0-00-000000-2' });
  });
});

describe('structuredDataGaps (what lectern validate reports)', () => {
  const gaps = (it) => structuredDataGaps(it, jsonLdDeps);
  const required = (it) => gaps(it).filter((g) => g.required);
  test('a full event lacks nothing', () => {
    assert.deepEqual(gaps(source('scheduled')), []);
  });
  test('required: name, startDate, location (a venue with a name or address; a URL when online)', () => {
    assert.deepEqual(required(source('untitled')), [{ path: 'title', field: 'name', required: true }]);
    assert.deepEqual(required(source('no-date')), [{ path: '_event.start', field: 'startDate', required: true }]);
    assert.deepEqual(required(source('venue-url-only')), [{ path: '_event.location', field: 'location', required: true }]);
    const offline = { ...source('bare'), _event: { ...source('bare')._event, location: undefined } };
    assert.deepEqual(required(offline), [{ path: '_event.location', field: 'location', required: true }]);
    const nowhere = { ...source('online-only'), url: undefined };
    assert.deepEqual(required(nowhere), [{ path: '_event.online.url', field: 'location', required: true }]);
    const mixed = { ...nowhere, _event: { ...nowhere._event, attendance: 'mixed' } };
    assert.deepEqual(
      required(mixed).map((g) => g.path),
      ['_event.location', '_event.online.url'],
    );
    // A relative URL counts: it resolves against the page.
    assert.deepEqual(required({ ...nowhere, url: '/events/x' }), []);
  });
  test('recommended: description, image, endDate', () => {
    assert.deepEqual(gaps(source('bare')), [
      { path: 'summary', field: 'description', required: false },
      { path: 'image', field: 'image', required: false },
      { path: '_event.end', field: 'endDate', required: false },
    ]);
  });
  test('whatever gaps says is missing is missing from the JSON-LD, and the reverse', () => {
    for (const id of EVENT_IDS) {
      const o = ld(id);
      for (const g of gaps(source(id))) if (g.field !== 'location') assert.equal(o[g.field], undefined, `${id}: ${g.field}`);
      for (const field of ['name', 'startDate', 'description', 'image', 'endDate']) {
        if (o[field] === undefined)
          assert.ok(
            gaps(source(id)).some((g) => g.field === field),
            `${id}: ${field} missing but not reported`,
          );
      }
    }
  });
  test('items without _event have none', () => {
    assert.deepEqual(gaps(source('book')), []);
  });
});

describe('schema.org types (schema-dts), checked by tsc', () => {
  let dir;
  before(() => {
    mkdirSync(join(ROOT, '.cache'), { recursive: true });
    // Inside the repository, so that `schema-dts` resolves from node_modules.
    dir = mkdtempSync(join(ROOT, '.cache', 'json-ld-types-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs tsc --noEmit --strict on the files; resolves with its diagnostics per file. */
  const tsc = (files) =>
    new Promise((resolve) => {
      const bin = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      const args = [
        bin,
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--module',
        'esnext',
        '--moduleResolution',
        'bundler',
        '--skipLibCheck',
        ...files,
      ];
      execFile(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 120_000 }, (error, stdout) => {
        const byFile = new Map(files.map((f) => [f, []]));
        for (const m of stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)) byFile.get(m[1])?.push({ line: Number(m[2]), text: m[3] });
        resolve({ code: error ? error.code : 0, stdout, byFile });
      });
    });

  const header = "import type { Book, Event, WithContext } from 'schema-dts';\n";
  const declare = (name, type, value) => `export const ${name}: WithContext<${type}> = ${JSON.stringify(value, null, 2)};\n`;

  test('every object is a valid Event or Book; a misspelt property or a wrong @type is not', async () => {
    const names = [...EVENT_IDS, 'book', 'book-bare'];
    let good = header;
    for (const [i, id] of names.entries()) good += declare(`x${i}`, id.startsWith('book') ? 'Book' : 'Event', ld(id));

    // Controls, each on a line of its own: each must be an error where it is.
    const controls = [
      ['misspelt property', 'Event', (o) => ({ ...o, locaton: o.location })],
      ['wrong @type', 'Event', (o) => ({ ...o, '@type': 'Evnt' })],
      ['an Event as a Book', 'Book', (o) => o],
      ['a status that is not an EventStatusType', 'Event', (o) => ({ ...o, eventStatus: 'https://schema.org/InStock' })],
      ['a Place with a misspelt address', 'Event', (o) => ({ ...o, location: { '@type': 'Place', adress: 'x' } })],
    ];
    let bad = header;
    const lines = [];
    for (const [i, [, type, change]] of controls.entries()) {
      lines.push(bad.split('\n').length);
      bad += `export const c${i}: WithContext<${type}> = ${JSON.stringify(change(ld('scheduled')))};\n`;
    }
    writeFileSync(join(dir, 'good.ts'), good);
    writeFileSync(join(dir, 'bad.ts'), bad);
    const r = await tsc(['good.ts', 'bad.ts']);
    assert.deepEqual(r.byFile.get('good.ts'), [], `${relative(ROOT, dir)}/good.ts:\n${r.stdout}`);
    assert.notEqual(r.code, 0, 'tsc accepted the controls');
    const errors = r.byFile.get('bad.ts');
    for (const [i, [what]] of controls.entries()) {
      assert.ok(
        errors.some((e) => e.line === lines[i]),
        `control "${what}" (bad.ts line ${lines[i]}) did not fail:\n${r.stdout}`,
      );
    }
  });
});
