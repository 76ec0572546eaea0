import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Feed, FeedItem } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { findItem, selectEvent, selectItem } from '../../src/model/select.js';
import { eventSpan } from '../../src/time/event-time.js';

const HOUR = 3_600_000;
const iso = (s: string) => Date.parse(s);

type EventFields = { start?: string; end?: string; time_zone?: string };

function ev(id: string, e: EventFields = {}): FeedItem {
  return { id, title: id, _event: { status: 'scheduled', attendance: 'in-person', ...e } } as FeedItem;
}

function post(id: string): FeedItem {
  return { id, title: id } as FeedItem;
}

function feedOf(...items: FeedItem[]): Feed {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Test', items } as Feed;
}

const ids = (items: Array<FeedItem | undefined>) => items.map((i) => i?.id);

describe('selectEvent', () => {
  const now = iso('2026-07-01T12:00:00Z');

  it('picks the soonest upcoming event, whatever the feed order', () => {
    const feed = feedOf(
      ev('later', { start: '2026-09-01T18:00Z' }),
      ev('soon', { start: '2026-07-02T18:00', time_zone: 'Europe/London' }),
      ev('past', { start: '2026-06-01T18:00Z' }),
      ev('middle', { start: '2026-08-01' }),
    );
    expect(selectEvent(feed, now)?.id).to.equal('soon');
  });

  it('compares instants, not wall clock text (zones matter)', () => {
    // Tokyo's wall time sorts first as text, New York's instant is earlier.
    const feed = feedOf(
      ev('tokyo', { start: '2026-07-02T09:00', time_zone: 'Asia/Tokyo' }), // 00:00Z on the 2nd
      ev('new-york', { start: '2026-07-01T19:00', time_zone: 'America/New_York' }), // 23:00Z on the 1st
    );
    expect(selectEvent(feed, now)?.id).to.equal('new-york');
  });

  it('a live event (started, not ended) counts as not ended and comes first', () => {
    const feed = feedOf(
      ev('next', { start: '2026-07-01T13:00Z', end: '2026-07-01T14:00Z' }),
      ev('live', { start: '2026-07-01T11:00Z', end: '2026-07-01T15:00Z' }),
    );
    expect(selectEvent(feed, now)?.id).to.equal('live');
  });

  it('a timed event without end is live for 2 hours after its start', () => {
    const feed = feedOf(
      ev('live', { start: '2026-07-01T10:30Z' }),
      ev('ended', { start: '2026-07-01T09:00Z' }),
      ev('next', { start: '2026-07-03T10:00Z' }),
    );
    expect(selectEvent(feed, now)?.id).to.equal('live');
    expect(selectEvent(feed, iso('2026-07-01T12:30:00Z'))?.id).to.equal('next');
  });

  it('an all-day event is live for the whole (inclusive) last day', () => {
    const feed = feedOf(
      ev('conference', { start: '2026-06-29', end: '2026-07-01', time_zone: 'Europe/London' }),
      ev('next', { start: '2026-07-05' }),
    );
    expect(selectEvent(feed, iso('2026-07-01T22:59:59Z'))?.id).to.equal('conference');
    expect(selectEvent(feed, iso('2026-07-01T23:00:00Z'))?.id).to.equal('next');
  });

  it('an event ending exactly now has ended; one starting exactly now has not', () => {
    const feed = feedOf(ev('ending', { start: '2026-07-01T10:00Z', end: '2026-07-01T12:00Z' }));
    expect(selectEvent(feed, now)?.id).to.equal('ending'); // most recently ended
    const both = feedOf(ev('ending', { start: '2026-07-01T10:00Z', end: '2026-07-01T12:00Z' }), ev('starting', { start: '2026-07-01T12:00Z' }));
    expect(selectEvent(both, now)?.id).to.equal('starting');
  });

  it('undated events come after dated upcoming ones', () => {
    const feed = feedOf(ev('tba'), ev('upcoming', { start: '2026-12-01' }));
    expect(selectEvent(feed, now)?.id).to.equal('upcoming');
  });

  it('an undated event is chosen over past ones when nothing is upcoming (the first undated)', () => {
    const feed = feedOf(ev('past', { start: '2026-06-01T10:00Z' }), ev('tba-1'), ev('tba-2'));
    expect(selectEvent(feed, now)?.id).to.equal('tba-1');
  });

  it('else the most recently ended event', () => {
    const feed = feedOf(
      ev('old', { start: '2025-01-01' }),
      ev('recent-start-long-ago', { start: '2026-05-01', end: '2026-06-30' }),
      ev('recent', { start: '2026-06-20T10:00Z', end: '2026-06-20T12:00Z' }),
    );
    // Ended most recently = latest end, not latest start.
    expect(selectEvent(feed, now)?.id).to.equal('recent-start-long-ago');
  });

  it('ignores items that are not events', () => {
    const feed = feedOf(post('a'), post('b'));
    expect(selectEvent(feed, now)).to.equal(undefined);
    expect(selectEvent(feedOf(post('a'), ev('e', { start: '2020-01-01' }), post('b')), now)?.id).to.equal('e');
  });

  it('returns undefined for an empty feed', () => {
    expect(selectEvent(feedOf(), now)).to.equal(undefined);
  });

  it('ties: the first in feed order', () => {
    const feed = feedOf(ev('a', { start: '2026-07-02T10:00Z' }), ev('b', { start: '2026-07-02T11:00+01:00' }));
    expect(selectEvent(feed, now)?.id).to.equal('a');
    const past = feedOf(ev('a', { start: '2026-06-02T10:00Z' }), ev('b', { start: '2026-06-02T11:00+01:00' }));
    expect(selectEvent(past, now)?.id).to.equal('a');
  });

  it('works on a validated feed (the demo feed picks its next event)', async () => {
    const json = await (await fetch('/demo/feeds/events.json')).json();
    const { feed } = validateFeed(json);
    const events = feed.items.filter((i) => i._event?.start);
    expect(events.length).to.be.at.least(1);
    const firstStart = Math.min(...events.map((i) => eventSpan(i._event!)!.start.instant));
    // Long before every event: the soonest one. Long after: the one that ended last.
    const soonest = events.find((i) => eventSpan(i._event!)!.start.instant === firstStart)!;
    expect(selectEvent(feed, firstStart - 365 * 24 * HOUR)?.id).to.equal(soonest.id);
    const lastEnd = Math.max(...events.map((i) => eventSpan(i._event!)!.end));
    const latest = events.find((i) => eventSpan(i._event!)!.end === lastEnd)!;
    const undated = feed.items.find((i) => i._event && !i._event.start);
    expect(selectEvent(feed, lastEnd + HOUR)?.id).to.equal((undated ?? latest).id);
  });

  it('property: agrees with a brute-force reading of the rule', () => {
    const base = iso('2026-01-01T00:00:00Z');
    const arbEvent = fc.oneof(
      fc.record({ startH: fc.integer({ min: 0, max: 200 }), lenH: fc.option(fc.integer({ min: -3, max: 30 })) }),
      fc.constant(null), // undated
      fc.constant('post' as const), // not an event
    );
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 10 }), fc.integer({ min: -10, max: 240 }), (specs, nowH) => {
        const items = specs.map((s, i) => {
          if (s === 'post') return post(`p${i}`);
          if (s === null) return ev(`u${i}`);
          const start = new Date(base + s.startH * HOUR).toISOString();
          const end = s.lenH === null ? undefined : new Date(base + (s.startH + s.lenH) * HOUR).toISOString();
          return ev(`e${i}`, end === undefined ? { start } : { start, end });
        });
        const t = base + nowH * HOUR;
        const spans = items.map((i) => (i._event ? eventSpan(i._event) : undefined));
        const dated = items.map((item, i) => ({ item, span: spans[i]! })).filter((x) => x.item._event && x.span);
        const open = dated.filter((x) => x.span.end > t);
        let expected: FeedItem | undefined;
        if (open.length) {
          const min = Math.min(...open.map((x) => x.span.start.instant));
          expected = open.find((x) => x.span.start.instant === min)!.item;
        } else {
          expected = items.find((i) => i._event && !spans[items.indexOf(i)]);
          if (!expected && dated.length) {
            const max = Math.max(...dated.map((x) => x.span.end));
            expected = dated.find((x) => x.span.end === max)!.item;
          }
        }
        expect(selectEvent(feedOf(...items), t)?.id).to.equal(expected?.id);
      }),
      { numRuns: 300 },
    );
  });
});

describe('selectItem', () => {
  const now = iso('2026-07-01T12:00:00Z');
  const feed = feedOf(post('book'), ev('past', { start: '2026-01-01' }), ev('next', { start: '2026-08-01' }));

  it('by id: returns that item, event or not, whatever its date', () => {
    expect(selectItem(feed, 'book', now)?.id).to.equal('book');
    expect(selectItem(feed, 'past', now)?.id).to.equal('past');
    expect(findItem(feed, 'next')?.id).to.equal('next');
  });

  it('an unknown id gives nothing (no fallback to another item)', () => {
    expect(selectItem(feed, 'nope', now)).to.equal(undefined);
    expect(findItem(feed, 'nope')).to.equal(undefined);
  });

  it('ids are compared exactly', () => {
    expect(selectItem(feed, 'Book', now)).to.equal(undefined);
    expect(selectItem(feed, ' book', now)).to.equal(undefined);
  });

  it('without an id, selects the event', () => {
    expect(selectItem(feed, undefined, now)?.id).to.equal('next');
    expect(selectItem(feed, '', now)?.id).to.equal('next');
    expect(ids([selectItem(feed, undefined, iso('2027-01-01T00:00:00Z'))])).to.deep.equal(['next']);
  });
});
