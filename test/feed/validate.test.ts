import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError } from '../../src/feed/errors.js';
import { formatPath, validateFeed, validateFeedInTasks, type FeedProblem } from '../../src/feed/validate.js';

const V11 = 'https://jsonfeed.org/version/1.1';
const V1 = 'https://jsonfeed.org/version/1';

type Obj = Record<string, unknown>;

function feed(items: unknown[], extra: Obj = {}): Obj {
  return { version: V11, title: 'Test feed', items, ...extra };
}

function item(id: string, extra: Obj = {}): Obj {
  return { id, title: `Item ${id}`, content_text: 'Text.', ...extra };
}

function event(id: string, e: Obj, extra: Obj = {}): Obj {
  return item(id, { _event: e, ...extra });
}

function errorsOf(problems: FeedProblem[]): FeedProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

function expectFeedError(fn: () => unknown, kind: string): FeedError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(FeedError);
    expect((e as FeedError).kind).to.equal(kind);
    expect((e as FeedError).message)
      .to.be.a('string')
      .and.not.equal('');
    return e as FeedError;
  }
  expect.fail(`expected a FeedError of kind ${kind}`);
  throw new Error('unreachable');
}

describe('validateFeed', () => {
  describe('accepting feeds', () => {
    it('the demo feed validates with no problems and 7 items', async () => {
      const json = await (await fetch('/demo/feeds/events.json')).json();
      const { feed: out, problems } = validateFeed(json, { url: new URL('/demo/feeds/events.json', location.href).href });
      expect(problems).to.deep.equal([]);
      expect(out.items).to.have.length(7);
      expect(out.items.map((i) => i.id)).to.deep.equal(json.items.map((i: Obj) => i.id));
      expect(out.title).to.equal(json.title);
      expect(out).not.to.have.property('$schema');
    });

    it('accepts JSON Feed 1.1 and JSON Feed 1', () => {
      expect(validateFeed(feed([item('a')])).feed.version).to.equal(V11);
      const r = validateFeed({ version: V1, title: 'Old', items: [item('a')] });
      expect(r.feed.version).to.equal(V1);
      expect(r.feed.items).to.have.length(1);
      expect(r.problems).to.deep.equal([]);
    });

    it('accepts an empty item list', () => {
      const r = validateFeed(feed([]));
      expect(r.feed.items).to.deep.equal([]);
      expect(r.problems).to.deep.equal([]);
    });

    it('does not change its input', () => {
      const input = feed([item('a', { url: 'javascript:alert(1)' }), { nope: true }, item('b', { language: 'not a tag!' })]);
      const copy = structuredClone(input);
      validateFeed(input);
      expect(input).to.deep.equal(copy);
    });

    it('applies defaults to events', () => {
      const r = validateFeed(feed([event('e', { start: '2026-07-01' })]));
      expect(r.feed.items[0]!._event).to.include({ status: 'scheduled', attendance: 'in-person' });
    });

    it('warns (but keeps the item) when an item has neither content_text nor content_html', () => {
      const r = validateFeed(feed([{ id: 'bare', _event: { start: '2026-07-01' } }]));
      expect(r.feed.items).to.have.length(1);
      expect(r.problems).to.have.length(1);
      expect(r.problems[0]).to.include({ path: 'items[0]', severity: 'warning' });
    });
  });

  describe('rejecting documents that are not JSON Feeds', () => {
    for (const [name, value] of [
      ['null', null],
      ['a string', 'https://jsonfeed.org/version/1.1'],
      ['a number', 42],
      ['a boolean', true],
      ['a list', [feed([])]],
      ['undefined', undefined],
    ] as const) {
      it(`${name} → invalid`, () => {
        expectFeedError(() => validateFeed(value), 'invalid');
      });
    }

    it('no version → invalid', () => {
      expectFeedError(() => validateFeed({ title: 'T', items: [] }), 'invalid');
    });
    it('a version that is not text → invalid', () => {
      expectFeedError(() => validateFeed({ version: 1.1, title: 'T', items: [] }), 'invalid');
    });
    it('a null version is no version → invalid', () => {
      expectFeedError(() => validateFeed({ version: null, title: 'T', items: [] }), 'invalid');
    });
    // docs/feed.md: any version other than …/version/1.1 and …/version/1 is `unsupported-version`.
    for (const version of [
      'https://jsonfeed.org/version/2',
      'https://jsonfeed.org/version/1.1/',
      'https://jsonfeed.org/version/1.0',
      'http://jsonfeed.org/version/1.1',
      'https://JSONFEED.org/version/1.1',
      '1.1',
      '',
    ]) {
      it(`version ${JSON.stringify(version)} → unsupported-version`, () => {
        const e = expectFeedError(
          () => validateFeed({ version, title: 'T', items: [] }, { url: 'https://example.org/f.json' }),
          'unsupported-version',
        );
        expect(e.url).to.equal('https://example.org/f.json');
        expect(e.message).to.contain('https://example.org/f.json');
      });
    }
    it('unsupported version wins over other faults', () => {
      expectFeedError(() => validateFeed({ version: 'https://jsonfeed.org/version/9' }), 'unsupported-version');
    });
    it('missing title → invalid, naming the field', () => {
      const e = expectFeedError(() => validateFeed({ version: V11, items: [] }), 'invalid');
      expect(e.message).to.contain('title');
    });
    it('a title that is not text → invalid', () => {
      expectFeedError(() => validateFeed({ version: V11, title: { en: 'T' }, items: [] }), 'invalid');
    });
    it('missing items → invalid', () => {
      const e = expectFeedError(() => validateFeed({ version: V11, title: 'T' }), 'invalid');
      expect(e.message).to.contain('items');
    });
    for (const items of [{}, 'a,b', 3, { 0: item('a'), length: 1 }]) {
      it(`items ${JSON.stringify(items)} (not a list) → invalid`, () => {
        expectFeedError(() => validateFeed({ version: V11, title: 'T', items }), 'invalid');
      });
    }
    it('items: null is absent → invalid', () => {
      expectFeedError(() => validateFeed({ version: V11, title: 'T', items: null }), 'invalid');
    });
  });

  describe('feed-level fields', () => {
    it('a bad feed URL or language is dropped, the feed kept', () => {
      const r = validateFeed(
        feed([item('a')], { home_page_url: 'javascript:alert(1)', icon: 'data:image/png;base64,AAAA', language: 'not a language!' }),
      );
      expect(r.feed).not.to.have.property('home_page_url');
      expect(r.feed).not.to.have.property('icon');
      expect(r.feed).not.to.have.property('language');
      expect(r.feed.items).to.have.length(1);
      expect(r.problems.map((p) => p.path).sort()).to.deep.equal(['icon', 'home_page_url', 'language'].sort());
    });
    it('keeps a good language', () => {
      expect(validateFeed(feed([], { language: 'en-GB' })).feed.language).to.equal('en-GB');
    });
    it('resolves relative feed URLs against the feed’s own URL', () => {
      const r = validateFeed(feed([], { home_page_url: '../events/', icon: '/icon.png' }), { url: 'https://example.org/feeds/events.json' });
      expect(r.feed.home_page_url).to.equal('https://example.org/events/');
      expect(r.feed.icon).to.equal('https://example.org/icon.png');
    });
  });

  describe('item by item', () => {
    it('drops a broken item with a path and the bad value, keeping the rest in order', () => {
      const r = validateFeed(
        feed([
          event('a', { start: '2026-07-01T18:00', time_zone: 'Europe/London' }),
          event('b', { start: '2026-13-01' }),
          item('c'),
          event('d', { start: '2026-02-30' }),
          item('e'),
        ]),
      );
      expect(r.feed.items.map((i) => i.id)).to.deep.equal(['a', 'c', 'e']);
      const errors = errorsOf(r.problems);
      expect(errors).to.have.length(2);
      expect(errors[0]!.path).to.equal('items[1]._event.start');
      expect(errors[0]!.message).to.contain('"2026-13-01"');
      expect(errors[0]!.message).to.contain('left out');
      expect(errors[1]!.path).to.equal('items[3]._event.start');
      expect(errors[1]!.message).to.contain('"2026-02-30"');
    });

    for (const [name, bad, path] of [
      ['an item that is not an object', 'just text', 'items[0]'],
      ['a null item', null, 'items[0]'],
      ['an item without id', { title: 'No id' }, 'items[0].id'],
      ['an empty id', { id: '  ' }, 'items[0].id'],
      ['an id that is an object', { id: { x: 1 } }, 'items[0].id'],
      ['a boolean id', { id: true }, 'items[0].id'],
      ['a title that is not text', { id: 'x', title: 5 }, 'items[0].title'],
      ['tags that are not a list', { id: 'x', tags: 'Event' }, 'items[0].tags'],
      ['an _event that is not an object', { id: 'x', _event: 'tomorrow' }, 'items[0]._event'],
      ['a wall time without time_zone', { id: 'x', _event: { start: '2026-07-01T18:00' } }, 'items[0]._event'],
      ['a wall end without time_zone', { id: 'x', _event: { start: '2026-07-01T18:00Z', end: '2026-07-01T19:00' } }, 'items[0]._event'],
      ['an end without start', { id: 'x', _event: { end: '2026-07-01' } }, 'items[0]._event'],
      ['a time 24:00', { id: 'x', _event: { start: '2026-07-01T24:00Z' } }, 'items[0]._event.start'],
      ['a location that is text', { id: 'x', _event: { location: 'RUSI' } }, 'items[0]._event.location'],
      ['an item that is a list', [{ id: 'x' }], 'items[0]'],
      ['an _event that is a list', { id: 'x', _event: [] }, 'items[0]._event'],
      ['an _event that is a list of events', { id: 'x', _event: [{ start: '2026-07-01' }] }, 'items[0]._event'],
      ['a location that is a list', { id: 'x', _event: { location: [{ name: 'RUSI' }] } }, 'items[0]._event.location'],
      ['an author that is a list', { id: 'x', author: ['A'] }, 'items[0].author'],
      ['a _book that is a list', { id: 'x', _book: [] }, 'items[0]._book'],
      ['BST as time_zone', { id: 'x', _event: { start: '2026-07-01T18:00', time_zone: 'BST' } }, 'items[0]._event.time_zone'],
      ['EST as time_zone', { id: 'x', _event: { start: '2026-07-01', time_zone: 'EST' } }, 'items[0]._event.time_zone'],
      ['Etc/GMT+1 as time_zone', { id: 'x', _event: { start: '2026-07-01T18:00', time_zone: 'Etc/GMT+1' } }, 'items[0]._event.time_zone'],
      ['Etc/UTC as time_zone', { id: 'x', _event: { start: '2026-07-01T18:00', time_zone: 'Etc/UTC' } }, 'items[0]._event.time_zone'],
      ['an unknown zone', { id: 'x', _event: { start: '2026-07-01T18:00', time_zone: 'Mars/Olympus_Mons' } }, 'items[0]._event.time_zone'],
      ['a lower-case abbreviation', { id: 'x', _event: { start: '2026-07-01T18:00', time_zone: 'cet' } }, 'items[0]._event.time_zone'],
    ] as const) {
      it(`drops ${name} (${path})`, () => {
        const r = validateFeed(feed([bad, item('ok')]));
        expect(r.feed.items.map((i) => i.id)).to.deep.equal(['ok']);
        const errors = errorsOf(r.problems);
        expect(errors, JSON.stringify(r.problems)).to.have.length(1);
        expect(errors[0]!.path).to.equal(path);
        expect(errors[0]!.message).to.match(/left out/);
      });
    }

    it('names the rejected zone in the message', () => {
      const r = validateFeed(feed([event('x', { start: '2026-07-01T18:00', time_zone: 'BST' })]));
      expect(r.problems[0]!.message).to.contain('"BST"');
    });

    it('GMT and UTC are accepted with a warning', () => {
      for (const zone of ['GMT', 'UTC']) {
        const r = validateFeed(feed([event('x', { start: '2026-07-01T18:00', time_zone: zone })]));
        expect(r.feed.items).to.have.length(1);
        expect(r.feed.items[0]!._event!.time_zone).to.equal(zone);
        expect(r.problems).to.have.length(1);
        expect(r.problems[0]).to.include({ path: 'items[0]._event.time_zone', severity: 'warning' });
      }
    });

    it('accepts all three start forms', () => {
      const r = validateFeed(
        feed([
          event('day', { start: '2026-07-01', end: '2026-07-03' }),
          event('wall', { start: '2026-07-01T18:00', end: '2026-07-01T19:30:15', time_zone: 'Europe/London' }),
          event('z', { start: '2026-07-01T17:00:00Z' }),
          event('offset', { start: '2026-07-01T18:00:00+01:00', end: '2026-07-01T13:30-05:00' }),
          event('tba', { kind: 'Conference' }),
        ]),
      );
      expect(r.problems).to.deep.equal([]);
      expect(r.feed.items.map((i) => i.id)).to.deep.equal(['day', 'wall', 'z', 'offset', 'tba']);
    });

    it('a bad URL field is removed, the item kept', () => {
      const r = validateFeed(
        feed([item('a', { url: 'javascript:alert(1)', image: 'https://example.org/a.png', external_url: 'https://u:p@example.org/' })]),
      );
      expect(r.feed.items).to.have.length(1);
      const out = r.feed.items[0]!;
      expect(out).not.to.have.property('url');
      expect(out).not.to.have.property('external_url');
      expect(out.image).to.equal('https://example.org/a.png');
      const paths = errorsOf(r.problems).map((p) => p.path);
      expect(paths.sort()).to.deep.equal(['items[0].external_url', 'items[0].url']);
      expect(r.problems.find((p) => p.path === 'items[0].url')!.message).to.contain('"javascript:alert(1)"');
    });

    it('bad URLs nested in an event are removed, the rest kept', () => {
      const r = validateFeed(
        feed([
          event('a', {
            start: '2026-07-01',
            location: { name: 'RUSI', url: 'vbscript:x' },
            registration: { url: ' JaVa\tScRiPt:alert(1)', label: 'Book' },
            speakers: [{ name: 'A', url: 'data:text/html,x', avatar: 'https://example.org/a.jpg' }],
          }),
        ]),
      );
      const e = r.feed.items[0]!._event!;
      expect(e.location).to.deep.equal({ name: 'RUSI' });
      expect(e.registration).to.deep.equal({ label: 'Book', availability: 'open' });
      expect(e.speakers).to.deep.equal([{ name: 'A', avatar: 'https://example.org/a.jpg' }]);
      expect(
        errorsOf(r.problems)
          .map((p) => p.path)
          .sort(),
      ).to.deep.equal(['items[0]._event.location.url', 'items[0]._event.registration.url', 'items[0]._event.speakers[0].url'].sort());
    });

    it('an online link without a usable url is dropped alone', () => {
      const r = validateFeed(
        feed([event('a', { start: '2026-07-01', online: { label: 'Watch' } }), event('b', { start: '2026-07-01', online: { url: 'javascript:x' } })]),
      );
      expect(r.feed.items.map((i) => i.id)).to.deep.equal(['a', 'b']);
      expect(r.feed.items[0]!._event).not.to.have.property('online');
      // The bad URL is removed first; what is left of the link has no url, so the link goes too.
      expect(r.feed.items[1]!._event).not.to.have.property('online');
    });

    it('an unknown status or attendance falls back to the default', () => {
      const r = validateFeed(feed([event('a', { start: '2026-07-01', status: 'exploded', attendance: 'telepathic' })]));
      expect(r.feed.items).to.have.length(1);
      expect(r.feed.items[0]!._event).to.include({ status: 'scheduled', attendance: 'in-person' });
      expect(r.problems.find((p) => p.path === 'items[0]._event.status')!.message).to.contain('"exploded"');
    });

    it('a speaker without a name is dropped alone', () => {
      const r = validateFeed(
        feed([
          event('a', { start: '2026-07-01', speakers: [{ name: 'Andrea Berger', role: 'Author' }, { role: 'Chair' }, { name: 'Hugh Griffiths' }] }),
        ]),
      );
      expect(r.feed.items).to.have.length(1);
      expect(r.feed.items[0]!._event!.speakers!.map((s) => s.name)).to.deep.equal(['Andrea Berger', 'Hugh Griffiths']);
      expect(errorsOf(r.problems)).to.have.length(1);
      expect(errorsOf(r.problems)[0]!.path).to.equal('items[0]._event.speakers[1].name');
    });

    it('a speaker with several faults is dropped alone (its neighbours stay)', () => {
      const r = validateFeed(
        feed([
          event('a', {
            start: '2026-07-01',
            speakers: [{ name: 'First' }, { role: 5, bio: ['x'] }, { name: 'Third' }, { name: '', affiliation: {} }, { name: 'Fifth' }],
          }),
        ]),
      );
      expect(r.feed.items).to.have.length(1);
      expect(r.feed.items[0]!._event!.speakers!.map((s) => s.name)).to.deep.equal(['First', 'Third', 'Fifth']);
    });

    it('a list where an entry object should be is dropped alone, with one problem', () => {
      const r = validateFeed(feed([event('a', { start: '2026-07-01', speakers: [{ name: 'A' }, ['B'], { name: 'C' }], registration: [] })]));
      // The registration list is not an object either: that one breaks the event, so the item goes.
      expect(r.feed.items).to.deep.equal([]);
      const r2 = validateFeed(feed([event('a', { start: '2026-07-01', speakers: [{ name: 'A' }, ['B'], { name: 'C' }] })]));
      expect(r2.feed.items[0]!._event!.speakers!.map((s) => s.name)).to.deep.equal(['A', 'C']);
      expect(r2.problems).to.have.length(1);
      expect(r2.problems[0]!.path).to.equal('items[0]._event.speakers[1]');
      expect(r2.problems[0]!.message).to.contain('a list of 1');
    });

    it('several broken entries in one list are each dropped alone', () => {
      const r = validateFeed(
        feed([
          item('a', {
            tags: ['One', 2, 'Three', null, 'Five', {}],
            _book: { offers: [{ label: 'x' }, { url: 'https://example.org/buy' }, { url: 3 }] },
          }),
        ]),
      );
      expect(r.feed.items[0]!.tags).to.deep.equal(['One', 'Three', 'Five']);
      expect(r.feed.items[0]!._book!.offers).to.deep.equal([{ url: 'https://example.org/buy' }]);
    });

    it('null fields are treated as absent', () => {
      const r = validateFeed(
        feed(
          [
            {
              id: 'a',
              title: null,
              url: null,
              content_text: 'x',
              tags: null,
              _book: null,
              _event: { start: '2026-07-01', end: null, time_zone: null, location: { name: 'RUSI', url: null }, speakers: null, status: null },
            },
          ],
          { description: null, language: null, home_page_url: null },
        ),
      );
      expect(r.problems).to.deep.equal([]);
      const out = r.feed.items[0]!;
      for (const key of ['title', 'url', 'tags', '_book']) expect(out).not.to.have.property(key);
      expect(out._event).to.deep.equal({ start: '2026-07-01', location: { name: 'RUSI' }, status: 'scheduled', attendance: 'in-person' });
      for (const key of ['description', 'language', 'home_page_url']) expect(r.feed).not.to.have.property(key);
    });

    it('unknown fields are ignored and not copied', () => {
      const r = validateFeed(
        feed(
          [item('a', { mystery: 1, _future: { x: 1 }, _event: { start: '2026-07-01', livestream_v2: 'x', location: { name: 'R', lat: 51.5 } } })],
          {
            $schema: './x.json',
            _lectern_next: true,
            hubs: [{ type: 'WebSub', url: 'https://example.org/hub' }],
          },
        ),
      );
      expect(r.problems).to.deep.equal([]);
      expect(r.feed).not.to.have.any.keys('$schema', '_lectern_next', 'hubs');
      const out = r.feed.items[0]!;
      expect(out).not.to.have.any.keys('mystery', '_future');
      expect(out._event).not.to.have.property('livestream_v2');
      expect(out._event!.location).to.deep.equal({ name: 'R' });
    });

    it('a duplicate id drops the later item', () => {
      const r = validateFeed(feed([item('a', { title: 'First' }), item('b'), item('a', { title: 'Second' })]));
      expect(r.feed.items.map((i) => [i.id, i.title])).to.deep.equal([
        ['a', 'First'],
        ['b', 'Item b'],
      ]);
      expect(errorsOf(r.problems)).to.have.length(1);
      expect(errorsOf(r.problems)[0]!.path).to.equal('items[2].id');
      expect(errorsOf(r.problems)[0]!.message).to.contain('"a"');
    });

    it('a broken item does not reserve its id', () => {
      const r = validateFeed(feed([event('a', { start: 'soon' }), item('a', { title: 'Good' })]));
      expect(r.feed.items.map((i) => i.title)).to.deep.equal(['Good']);
    });

    it('a numeric id is read as text (and collides with the same text)', () => {
      const r = validateFeed(
        feed([
          { id: 42, content_text: 'x' },
          { id: '42', content_text: 'y' },
          { id: 1.5, content_text: 'z' },
        ]),
      );
      expect(r.feed.items.map((i) => i.id)).to.deep.equal(['42', '1.5']);
      expect(errorsOf(r.problems)[0]!.path).to.equal('items[1].id');
    });

    it('a bad publication date or language costs only that value', () => {
      const r = validateFeed(
        feed([
          item('a', {
            date_published: 'yesterday',
            date_modified: '2026-07-01T18:00:00Z',
            language: '!!',
            _book: { date_published: 'someday', publisher: 'Routledge' },
          }),
        ]),
      );
      const out = r.feed.items[0]!;
      expect(out).not.to.have.property('date_published');
      expect(out).not.to.have.property('language');
      expect(out.date_modified).to.equal('2026-07-01T18:00:00Z');
      expect(out._book).to.deep.equal({ publisher: 'Routledge' });
      expect(r.feed.items).to.have.length(1);
    });

    it('resolves relative URLs against the url option', () => {
      const r = validateFeed(
        feed([
          item('a', {
            url: 'events/a.html',
            image: '/img/a.png',
            external_url: '//cdn.example/x',
            _event: { start: '2026-07-01', location: { url: '../map?x=1' }, speakers: [{ name: 'S', avatar: 'people/s.jpg' }] },
            _book: { cover: 'covers/c.jpg', offers: [{ url: '#buy' }] },
          }),
        ]),
        { url: 'https://example.org/feeds/events.json' },
      );
      const out = r.feed.items[0]!;
      expect(out.url).to.equal('https://example.org/feeds/events/a.html');
      expect(out.image).to.equal('https://example.org/img/a.png');
      expect(out.external_url).to.equal('https://cdn.example/x');
      expect(out._event!.location!.url).to.equal('https://example.org/map?x=1');
      expect(out._event!.speakers![0]!.avatar).to.equal('https://example.org/feeds/people/s.jpg');
      expect(out._book!.cover).to.equal('https://example.org/feeds/covers/c.jpg');
      expect(out._book!.offers![0]!.url).to.equal('https://example.org/feeds/events.json#buy');
    });

    it('without a url option, relative URLs are kept as written', () => {
      const r = validateFeed(feed([item('a', { url: 'events/a.html' })]));
      expect(r.feed.items[0]!.url).to.equal('events/a.html');
    });

    it('the url option does not leak into a later validation', () => {
      validateFeed(feed([item('a', { url: 'x.html' })]), { url: 'https://example.org/f.json' });
      expect(validateFeed(feed([item('a', { url: 'x.html' })])).feed.items[0]!.url).to.equal('x.html');
    });

    it('the url option is restored even when validation throws', () => {
      expect(() => validateFeed({ version: V11, items: [] }, { url: 'https://example.org/f.json' })).to.throw(FeedError);
      expect(validateFeed(feed([item('a', { url: 'x.html' })])).feed.items[0]!.url).to.equal('x.html');
    });
  });

  describe('prototype pollution', () => {
    afterEach(() => {
      delete (Object.prototype as Obj)['polluted'];
    });

    const texts = {
      top: `{"__proto__": {"polluted": true}, "version": "${V11}", "title": "T", "items": [{"id": "a", "content_text": "x"}]}`,
      item: `{"version": "${V11}", "title": "T", "items": [{"__proto__": {"polluted": true}, "id": "a", "content_text": "x"}]}`,
      nested: `{"version": "${V11}", "title": "T", "items": [{"id": "a", "content_text": "x",
        "_event": {"__proto__": {"polluted": true}, "start": "2026-07-01",
          "location": {"__proto__": {"polluted": true}, "name": "R"},
          "speakers": [{"__proto__": {"polluted": true}, "name": "S"}]},
        "authors": [{"__proto__": {"polluted": true}, "name": "A"}],
        "_book": {"__proto__": {"polluted": true}, "offers": [{"__proto__": {"polluted": true}, "url": "https://example.org/"}]}}]}`,
      constructor: `{"constructor": {"prototype": {"polluted": true}}, "version": "${V11}", "title": "T",
        "items": [{"id": "a", "content_text": "x", "constructor": {"prototype": {"polluted": true}},
          "_event": {"constructor": {"prototype": {"polluted": true}}, "start": "2026-07-01"}}]}`,
      proto_as_field: `{"version": "${V11}", "title": "T", "items": [{"id": "__proto__", "content_text": "x", "tags": ["__proto__"],
        "_event": {"related": ["__proto__", "constructor"], "start": "2026-07-01"}}]}`,
    };

    function walk(value: unknown, visit: (o: Obj) => void): void {
      if (typeof value !== 'object' || value === null) return;
      visit(value as Obj);
      for (const v of Object.values(value)) walk(v, visit);
    }

    for (const [where, text] of Object.entries(texts)) {
      it(`"__proto__" keys (${where}) pollute nothing`, () => {
        const json = JSON.parse(text);
        const r = validateFeed(json);
        expect(({} as Obj)['polluted']).to.equal(undefined);
        expect((Object.prototype as Obj)['polluted']).to.equal(undefined);
        expect(r.feed.items).to.have.length(1);
        walk(r, (o) => {
          expect(o['polluted'], JSON.stringify(o)).to.equal(undefined);
          expect(Object.hasOwn(o, '__proto__')).to.equal(false);
          const proto = Object.getPrototypeOf(o);
          expect(proto === Object.prototype || proto === Array.prototype || proto === null, 'a plain object or list').to.equal(true);
        });
      });
    }

    it('an id "__proto__" is an ordinary id', () => {
      const r = validateFeed(JSON.parse(texts.proto_as_field));
      expect(r.feed.items[0]!.id).to.equal('__proto__');
      expect(r.feed.items[0]!._event!.related).to.deep.equal(['__proto__', 'constructor']);
    });
  });

  describe('formatPath', () => {
    it('formats keys and indices', () => {
      expect(formatPath([])).to.equal('(document)');
      expect(formatPath(['items', 3, '_event', 'start'])).to.equal('items[3]._event.start');
      expect(formatPath(['items', 0, '_event', 'speakers', 1, 'name'])).to.equal('items[0]._event.speakers[1].name');
      expect(formatPath(['items', 0, 'odd key'])).to.equal('items[0]["odd key"]');
      expect(formatPath([2])).to.equal('[2]');
    });
  });

  describe('properties', () => {
    function expectOnlyFeedError(value: unknown): void {
      try {
        const r = validateFeed(value);
        expect(r.feed.items).to.be.an('array');
        expect(r.problems).to.be.an('array');
      } catch (e) {
        expect(e, String(e)).to.be.instanceOf(FeedError);
        expect(['invalid', 'unsupported-version']).to.include((e as FeedError).kind);
      }
    }

    it('(a) never throws anything but a FeedError for any JSON value', () => {
      fc.assert(fc.property(fc.jsonValue(), expectOnlyFeedError), { numRuns: 300 });
    });

    it('(a) never throws anything but a FeedError for any object with a version', () => {
      const anyItem = fc.oneof(
        fc.jsonValue({ maxDepth: 4 }),
        fc.record(
          {
            id: fc.oneof(fc.string(), fc.integer(), fc.jsonValue({ maxDepth: 1 })),
            url: fc.oneof(fc.string(), fc.webUrl(), fc.jsonValue({ maxDepth: 1 })),
            tags: fc.jsonValue({ maxDepth: 2 }),
            _event: fc.oneof(
              fc.jsonValue({ maxDepth: 3 }),
              fc.record(
                {
                  start: fc.oneof(fc.string(), fc.constantFrom('2026-07-01', '2026-07-01T18:00', '2026-07-01T18:00Z', '2026-13-01')),
                  end: fc.oneof(fc.string(), fc.constantFrom('2026-07-02', '2026-07-01T19:00', '2026-06-01T18:00-05:00')),
                  time_zone: fc.oneof(fc.string(), fc.constantFrom('Europe/London', 'UTC', 'BST', 'Etc/GMT+1', 'Asia/Kolkata')),
                  speakers: fc.jsonValue({ maxDepth: 3 }),
                  online: fc.jsonValue({ maxDepth: 2 }),
                  status: fc.jsonValue({ maxDepth: 1 }),
                },
                { requiredKeys: [] },
              ),
            ),
            _book: fc.jsonValue({ maxDepth: 3 }),
          },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(
          fc.constantFrom(V11, V1, 'https://jsonfeed.org/version/2'),
          fc.option(fc.jsonValue({ maxDepth: 1 })),
          fc.oneof(fc.array(anyItem, { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })),
          fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
          (version, title, items, extra) => {
            expectOnlyFeedError({ ...extra, version, title, items });
            expectOnlyFeedError({ ...extra, version, title: 'T', items });
          },
        ),
        { numRuns: 300 },
      );
    });

    it('(b) every valid item is kept, in order, among junk', () => {
      const httpsUrl = fc.constantFrom(
        'https://example.org/a',
        'http://example.org/b?x=1',
        'mailto:x@example.org',
        '/rel/path',
        'page.html',
        '#frag',
      );
      const badUrl = fc.constantFrom('javascript:alert(1)', ' java\tscript:x', 'data:text/html,x', 'https://u:p@example.org/', 'vbscript:x');
      const wall = fc
        .record({
          y: fc.integer({ min: 1990, max: 2090 }),
          m: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 28 }),
          h: fc.integer({ min: 0, max: 23 }),
          min: fc.integer({ min: 0, max: 59 }),
        })
        .map(
          ({ y, m, d, h, min }) =>
            `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`,
        );
      const validEvent = fc.oneof(
        fc.record({ start: wall, time_zone: fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC') }),
        fc.record({ start: wall.map((w) => `${w}Z`) }),
        fc.record({ start: wall.map((w) => w.slice(0, 10)), status: fc.constantFrom('cancelled', 'no-such-status') }),
        fc.record({
          kind: fc.string(),
          speakers: fc.array(fc.oneof(fc.record({ name: fc.string({ minLength: 1 }) }), fc.record({ role: fc.string() })), { maxLength: 3 }),
        }),
        fc.record({ location: fc.record({ name: fc.string(), url: fc.oneof(httpsUrl, badUrl) }, { requiredKeys: ['name'] }) }),
      );
      const validBody = fc.record(
        {
          title: fc.string(),
          content_text: fc.string(),
          url: fc.oneof(httpsUrl, badUrl),
          image: fc.oneof(httpsUrl, badUrl),
          tags: fc.array(fc.string(), { maxLength: 3 }),
          language: fc.constantFrom('en-GB', 'fr', 'not a tag!'),
          date_published: fc.constantFrom('2026-07-01T18:00:00Z', 'not a date'),
          _event: validEvent,
          mystery: fc.jsonValue({ maxDepth: 2 }),
        },
        { requiredKeys: [] },
      );
      const junkBody = fc.oneof(
        fc.record({ _event: fc.record({ start: fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}/.test(s)) }) }),
        fc.record({ _event: fc.record({ start: wall }) }),
        fc.record({ _event: fc.record({ start: wall, time_zone: fc.constantFrom('BST', 'EST', 'Etc/GMT+1', 'Nowhere/Special', 'cet') }) }),
        fc.record({ _event: fc.oneof(fc.string(), fc.integer(), fc.array(fc.anything())) }),
        fc.record({ title: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string(), { minLength: 1 })) }),
        fc.record({ tags: fc.oneof(fc.string(), fc.integer()) }),
      );
      // Junk may reuse a valid item's id: a left-out item must not block the id.
      const junk = (ids: string[]) =>
        fc.oneof(
          fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.jsonValue({ maxDepth: 1 }))),
          fc.record({ title: fc.string() }),
          fc.record({ id: fc.constantFrom('', '   ', true, {}, [1]) as fc.Arbitrary<unknown> }),
          fc.tuple(fc.constantFrom(...ids, 'junk-id'), junkBody).map(([id, body]) => ({ ...body, id })),
        );

      const scenario = fc
        .uniqueArray(
          fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
          { minLength: 1, maxLength: 8 },
        )
        .chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            fc.array(validBody, { minLength: ids.length, maxLength: ids.length }),
            fc.array(fc.tuple(fc.nat({ max: ids.length }), junk(ids)), { maxLength: 8 }),
          ),
        );

      fc.assert(
        fc.property(scenario, ([ids, bodies, junkAt]) => {
          const slots: unknown[][] = Array.from({ length: ids.length + 1 }, () => []);
          for (const [at, j] of junkAt) slots[at]!.push(j);
          const items: unknown[] = [...slots[0]!];
          ids.forEach((id, i) => {
            items.push({ ...bodies[i], id });
            items.push(...slots[i + 1]!);
          });
          const r = validateFeed(JSON.parse(JSON.stringify(feed(items))));
          expect(r.feed.items.map((i) => i.id)).to.deep.equal(ids);
          expect(r.feed.items).to.have.length(ids.length);
          // Every left-out junk entry is reported.
          expect(errorsOf(r.problems).filter((p) => / item is left out$/.test(p.message)).length).to.be.at.least(junkAt.length);
        }),
        { numRuns: 200 },
      );
    });

    it('(c) deep nesting does not overflow the stack', () => {
      let deepArray: unknown = 'bottom';
      let deepObject: unknown = 'bottom';
      for (let i = 0; i < 10_000; i++) {
        deepArray = [deepArray];
        deepObject = { a: deepObject };
      }
      for (const value of [deepArray, deepObject, { version: V11, title: deepArray, items: [] }]) {
        expect(() => validateFeed(value)).to.throw(FeedError);
      }
      // A list of one (deep) entry: the feed is fine, the entry is not an item.
      const r = validateFeed({ version: V11, title: 'T', items: deepArray });
      expect(r.feed.items).to.deep.equal([]);
      const withOk: unknown[] = [
        { version: V11, title: 'T', items: [deepArray, item('ok')] },
        { version: V11, title: 'T', items: [deepObject, item('ok')] },
        { version: V11, title: 'T', items: [item('deep', { mystery: deepObject, _future: deepArray }), item('ok')] },
        { version: V11, title: 'T', items: [item('deep', { tags: deepArray }), item('ok')] },
        { version: V11, title: 'T', items: [event('deep', { start: '2026-07-01', speakers: deepArray, location: deepObject }), item('ok')] },
        { version: V11, title: 'T', deep: deepObject, items: [item('ok')] },
      ];
      for (const value of withOk) {
        let out: ReturnType<typeof validateFeed> | undefined;
        expect(() => (out = validateFeed(value))).not.to.throw();
        expect(out!.feed.items.map((i) => i.id)).to.include('ok');
      }
      // Unknown deep fields are simply ignored.
      expect(validateFeed(withOk[2]).feed.items.map((i) => i.id)).to.deep.equal(['deep', 'ok']);
    });
  });
});

describe('validateFeed: time warnings (docs/feed.md: both give a warning)', () => {
  const doc = (event: Record<string, unknown>) => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'T',
    items: [{ id: 'a', content_text: 'x', _event: { time_zone: 'Europe/London', ...event } }],
  });
  const warnings = (event: Record<string, unknown>) =>
    validateFeed(doc(event))
      .problems.filter((p) => p.severity === 'warning')
      .map((p) => `${p.path} ${p.message}`);

  it('warns about a wall time in the spring-forward gap, and keeps the item', () => {
    const result = validateFeed(doc({ start: '2026-03-29T01:30' }));
    expect(result.feed.items).to.have.length(1);
    expect(warnings({ start: '2026-03-29T01:30' })).to.deep.equal([
      'items[0]._event.start "2026-03-29T01:30" does not exist in Europe/London (the clocks go forward then); it is moved forward by the gap',
    ]);
  });

  it('warns about a wall time in the repeated autumn hour', () => {
    expect(warnings({ start: '2026-10-25T01:30' })).to.deep.equal([
      'items[0]._event.start "2026-10-25T01:30" happens twice in Europe/London (the clocks go back then); the earlier one is used',
    ]);
  });

  it('warns about an end that is not after the start', () => {
    expect(warnings({ start: '2026-05-01T10:00', end: '2026-05-01T09:00' })).to.deep.equal([
      'items[0]._event.end "2026-05-01T09:00" is not after the start "2026-05-01T10:00"; the end is ignored',
    ]);
  });

  it('says nothing about ordinary times', () => {
    expect(warnings({ start: '2026-05-01T10:00', end: '2026-05-01T11:00' })).to.deep.equal([]);
  });
});

describe('validateFeed on a page that pollutes Object.prototype', () => {
  it('still validates (a validator that walks entries with for…in would see the page’s keys)', async () => {
    const json = await (await fetch('/demo/feeds/events.json')).json();
    Object.defineProperty(Object.prototype, 'hostPolluted', { value: 'x', enumerable: true, configurable: true, writable: true });
    try {
      const { feed, problems } = validateFeed(json);
      expect(feed.items).to.have.length(7);
      expect(problems).to.deep.equal([]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['hostPolluted'];
    }
  });
});

describe('validateFeed: limits on valid but enormous feeds', () => {
  const feed = (items: unknown[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });
  const event = (extra: Record<string, unknown>) => ({ id: 'e', title: 'E', content_text: 'x', _event: { start: '2030-01-01T10:00Z', ...extra } });

  it('reads the first 5,000 items and says how many were left out', () => {
    const { feed: out, problems } = validateFeed(feed(Array.from({ length: 5003 }, (_, i) => ({ id: `i${i}`, title: 'x', content_text: 'x' }))));
    expect(out.items).to.have.length(5000);
    expect(out.items[4999]!.id).to.equal('i4999');
    expect(problems).to.deep.include({
      path: 'items',
      message: 'has 5003 entries; the first 5000 are read',
      severity: 'warning',
    });
  });

  for (const [key, max, make] of [
    ['speakers', 200, (i: number) => ({ name: `S${i}` })],
    ['related', 100, (i: number) => `r${i}`],
    ['featured', 20, (i: number) => `f${i}`],
  ] as const) {
    it(`_event.${key}: the first ${max}, with a warning naming the cut`, () => {
      const { feed: out, problems } = validateFeed(feed([event({ [key]: Array.from({ length: max + 7 }, (_, i) => make(i)) })]));
      expect((out.items[0]!._event as unknown as Record<string, unknown[]>)[key]).to.have.length(max);
      expect(problems.map((p) => `${p.path} ${p.message}`)).to.include(`items[0]._event.${key} has ${max + 7} entries; the first ${max} are read`);
    });
  }

  it('tags and offers: the first 20 each', () => {
    const item = {
      id: 'b',
      title: 'B',
      content_text: 'x',
      tags: Array.from({ length: 30 }, (_, i) => `t${i}`),
      _book: { offers: Array.from({ length: 25 }, (_, i) => ({ url: `https://shop.example/${i}` })) },
    };
    const { feed: out, problems } = validateFeed(feed([item]));
    expect(out.items[0]!.tags).to.have.length(20);
    expect(out.items[0]!._book!.offers).to.have.length(20);
    expect(problems.filter((p) => p.severity === 'warning').map((p) => p.path)).to.include.members(['items[0].tags', 'items[0]._book.offers']);
  });

  it('a list at its limit is read whole, without a warning', () => {
    const { feed: out, problems } = validateFeed(feed([event({ speakers: Array.from({ length: 200 }, (_, i) => ({ name: `S${i}` })) })]));
    expect(out.items[0]!._event!.speakers).to.have.length(200);
    expect(problems.filter((p) => p.message.includes('are read'))).to.deep.equal([]);
  });
});

describe('validateFeedInTasks', () => {
  const big = () => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'T',
    items: Array.from({ length: 3000 }, (_, i) => (i % 500 === 7 ? { id: `i${i}` } : { id: `i${i}`, title: `Item ${i}`, content_text: 'x' })),
  });

  it('gives what validateFeed gives', async () => {
    expect(await validateFeedInTasks(big())).to.deep.equal(validateFeed(big()));
  });

  it('lets the page run between slices: a timer set before it fires before it ends', async () => {
    let fired = false;
    setTimeout(() => (fired = true));
    let firedBeforeEnd = false;
    await validateFeedInTasks(big(), {}, 1).then(() => (firedBeforeEnd = fired));
    expect(firedBeforeEnd).to.equal(true);
  });

  it('rejects like validateFeed for a document that is not a feed', async () => {
    let kind: string | undefined;
    await validateFeedInTasks({ version: 'https://jsonfeed.org/version/2', title: 'T', items: [] }).catch((e: { kind: string }) => (kind = e.kind));
    expect(kind).to.equal('unsupported-version');
  });
});

describe('validateFeed: every problem of every item, in one run', () => {
  const feed = (items: unknown[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });
  const paths = (items: unknown[]) => validateFeed(feed(items)).problems.map((p) => p.path);

  it('an item left out for its start still has its bad time_zone, and its speakers’ faults, reported', () => {
    const found = paths([
      {
        id: 'a',
        title: 42,
        content_text: 'x',
        _event: { start: '2026-13-01', time_zone: 'BST', speakers: [{ role: 'Chair' }, { name: 'Ok', avatar: 'javascript:alert(1)' }] },
      },
    ]);
    expect(found).to.include.members([
      'items[0].title',
      'items[0]._event.start',
      'items[0]._event.time_zone',
      'items[0]._event.speakers[0].name',
      'items[0]._event.speakers[1].avatar',
    ]);
  });

  it('the item is still left out, and the next item is still read', () => {
    const { feed: out, problems } = validateFeed(
      feed([
        { id: 'a', _event: { start: 'soon', time_zone: 'BST' } },
        { id: 'b', title: 'B', content_text: 'x' },
      ]),
    );
    expect(out.items.map((i) => i.id)).to.deep.equal(['b']);
    expect(problems.filter((p) => p.path.startsWith('items[0]')).length).to.be.at.least(2);
  });

  it('a list entry with two faults reports both and is dropped once', () => {
    const { feed: out, problems } = validateFeed(
      feed([{ id: 'a', title: 'A', content_text: 'x', _event: { start: '2030-01-01T10:00Z', speakers: [{ name: 7, role: 8 }, { name: 'Kept' }] } }]),
    );
    expect(problems.map((p) => p.path)).to.include.members(['items[0]._event.speakers[0].name', 'items[0]._event.speakers[0].role']);
    expect(out.items[0]!._event!.speakers!.map((s) => s.name)).to.deep.equal(['Kept']);
  });
});
