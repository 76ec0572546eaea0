import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resolveWallTime, zoneOffset } from '../../src/time/zone.js';
import { ASSUMED_DURATION_MS, eventSpan, readEventTime } from '../../src/time/event-time.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const iso = (s: string) => Date.parse(s);

/** Wall fields of an instant in a zone, read with Intl only (independent of the code under test). */
const wallFormatters = new Map<string, Intl.DateTimeFormat>();
function wallOf(zone: string, instant: number): [number, number, number, number, number, number] {
  let f = wallFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallFormatters.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return [p['year']!, p['month']!, p['day']!, p['hour']! % 24, p['minute']!, p['second']!];
}

describe('zone maths', () => {
  describe('zoneOffset', () => {
    const cases: Array<[string, string, number]> = [
      ['Europe/London', '2016-01-19T18:00:00Z', 0],
      ['Europe/London', '2026-07-01T17:00:00Z', HOUR],
      ['America/New_York', '2026-01-15T12:00:00Z', -5 * HOUR],
      ['America/New_York', '2026-07-15T12:00:00Z', -4 * HOUR],
      ['Asia/Kolkata', '2026-01-15T12:00:00Z', 5.5 * HOUR],
      ['Asia/Kolkata', '2026-07-15T12:00:00Z', 5.5 * HOUR],
      ['Asia/Kathmandu', '2026-07-15T12:00:00Z', 5.75 * HOUR],
      ['Australia/Sydney', '2026-01-15T12:00:00Z', 11 * HOUR],
      ['Australia/Sydney', '2026-07-15T12:00:00Z', 10 * HOUR],
      ['Australia/Lord_Howe', '2026-01-15T12:00:00Z', 11 * HOUR],
      ['Australia/Lord_Howe', '2026-07-15T12:00:00Z', 10.5 * HOUR],
      ['Asia/Tokyo', '2026-07-15T12:00:00Z', 9 * HOUR],
      ['America/St_Johns', '2026-01-15T12:00:00Z', -3.5 * HOUR],
      ['Pacific/Chatham', '2026-01-15T12:00:00Z', 13.75 * HOUR],
      ['UTC', '2026-07-15T12:00:00Z', 0],
      ['GMT', '2026-07-15T12:00:00Z', 0],
    ];
    for (const [zone, at, offset] of cases) {
      it(`${zone} at ${at} is ${offset / HOUR} h`, () => {
        expect(zoneOffset(zone, iso(at))).to.equal(offset);
        // Sub-second parts of the instant do not change the offset.
        expect(zoneOffset(zone, iso(at) + 999)).to.equal(offset);
      });
    }

    it('is exact at a transition (London spring forward at 01:00Z)', () => {
      const t = iso('2026-03-29T01:00:00Z');
      expect(zoneOffset('Europe/London', t - 1)).to.equal(0);
      expect(zoneOffset('Europe/London', t)).to.equal(HOUR);
    });

    it('handles negative instants (before 1970)', () => {
      expect(zoneOffset('America/New_York', iso('1969-07-20T20:17:40Z'))).to.equal(-4 * HOUR);
      expect(zoneOffset('America/New_York', iso('1969-07-20T20:17:40Z') - 1)).to.equal(-4 * HOUR);
    });

    it('is NaN for an unknown zone or instant', () => {
      expect(zoneOffset('Mars/Olympus_Mons', 0)).to.be.NaN;
      expect(zoneOffset('', 0)).to.be.NaN;
      expect(zoneOffset('Europe/London', Number.NaN)).to.be.NaN;
      expect(zoneOffset('Europe/London', Number.POSITIVE_INFINITY)).to.be.NaN;
    });
  });

  describe('resolveWallTime', () => {
    const cases: Array<[string, string, [number, number, number, number, number, number?], string, ('gap' | 'overlap')?]> = [
      ['London winter', 'Europe/London', [2016, 1, 19, 18, 0], '2016-01-19T18:00:00Z'],
      ['London summer', 'Europe/London', [2026, 7, 1, 18, 0], '2026-07-01T17:00:00Z'],
      ['London spring gap moves forward', 'Europe/London', [2026, 3, 29, 1, 30], '2026-03-29T01:30:00Z', 'gap'],
      ['London gap start 01:00 → 02:00 BST', 'Europe/London', [2026, 3, 29, 1, 0], '2026-03-29T01:00:00Z', 'gap'],
      ['London 02:00 after the gap exists', 'Europe/London', [2026, 3, 29, 2, 0], '2026-03-29T01:00:00Z'],
      ['London 00:59:59 before the gap exists', 'Europe/London', [2026, 3, 29, 0, 59, 59], '2026-03-29T00:59:59Z'],
      ['London autumn overlap takes the earlier', 'Europe/London', [2026, 10, 25, 1, 30], '2026-10-25T00:30:00Z', 'overlap'],
      ['London overlap start 01:00', 'Europe/London', [2026, 10, 25, 1, 0], '2026-10-25T00:00:00Z', 'overlap'],
      ['London 02:00 after the overlap', 'Europe/London', [2026, 10, 25, 2, 0], '2026-10-25T02:00:00Z'],
      ['New York gap', 'America/New_York', [2026, 3, 8, 2, 30], '2026-03-08T07:30:00Z', 'gap'],
      ['New York overlap', 'America/New_York', [2026, 11, 1, 1, 30], '2026-11-01T05:30:00Z', 'overlap'],
      ['New York winter', 'America/New_York', [2026, 1, 19, 18, 0], '2026-01-19T23:00:00Z'],
      ['Kolkata', 'Asia/Kolkata', [2026, 7, 1, 18, 0], '2026-07-01T12:30:00Z'],
      ['Kolkata just after midnight (the UTC date is the day before)', 'Asia/Kolkata', [2026, 1, 1, 0, 15], '2025-12-31T18:45:00Z'],
      ['Sydney in January (DST, +11)', 'Australia/Sydney', [2026, 1, 19, 18, 0], '2026-01-19T07:00:00Z'],
      ['Sydney in July (+10)', 'Australia/Sydney', [2026, 7, 1, 18, 0], '2026-07-01T08:00:00Z'],
      ['Sydney spring gap (October)', 'Australia/Sydney', [2026, 10, 4, 2, 30], '2026-10-03T16:30:00Z', 'gap'],
      ['Sydney autumn overlap (April)', 'Australia/Sydney', [2026, 4, 5, 2, 30], '2026-04-04T15:30:00Z', 'overlap'],
      ['Tokyo', 'Asia/Tokyo', [2026, 7, 1, 18, 0], '2026-07-01T09:00:00Z'],
      ['Lord Howe summer (+11)', 'Australia/Lord_Howe', [2026, 1, 19, 18, 0], '2026-01-19T07:00:00Z'],
      ['Lord Howe winter (+10:30)', 'Australia/Lord_Howe', [2026, 7, 1, 18, 0], '2026-07-01T07:30:00Z'],
      ['Lord Howe 30-minute gap', 'Australia/Lord_Howe', [2026, 10, 4, 2, 15], '2026-10-03T15:45:00Z', 'gap'],
      ['Lord Howe 30-minute overlap', 'Australia/Lord_Howe', [2026, 4, 5, 1, 45], '2026-04-04T14:45:00Z', 'overlap'],
      ['Chatham (+13:45 in summer)', 'Pacific/Chatham', [2026, 1, 19, 18, 0], '2026-01-19T04:15:00Z'],
      ['Samoa skipped 30 December 2011 entirely', 'Pacific/Apia', [2011, 12, 30, 12, 0], '2011-12-30T22:00:00Z', 'gap'],
      ['Troll (Antarctica) 2-hour DST gap', 'Antarctica/Troll', [2026, 3, 29, 1, 30], '2026-03-29T01:30:00Z', 'gap'],
      ['UTC', 'UTC', [2026, 3, 29, 1, 30], '2026-03-29T01:30:00Z'],
      ['seconds are kept', 'Europe/London', [2026, 7, 1, 18, 0, 42], '2026-07-01T17:00:42Z'],
      ['midnight', 'Europe/London', [2026, 7, 1, 0, 0], '2026-06-30T23:00:00Z'],
      ['a leap day', 'America/New_York', [2028, 2, 29, 23, 59, 59], '2028-03-01T04:59:59Z'],
    ];
    for (const [name, zone, fields, expected, adjusted] of cases) {
      it(`${name}: ${zone} ${fields.join(',')} → ${expected}${adjusted ? ` (${adjusted})` : ''}`, () => {
        const r = resolveWallTime(zone, ...fields);
        expect(r).not.to.equal(undefined);
        expect(new Date(r!.instant).toISOString()).to.equal(new Date(expected).toISOString());
        expect(r!.adjusted).to.equal(adjusted);
        if (!adjusted) expect(r).not.to.have.property('adjusted');
      });
    }

    it('defaults the time of day to midnight', () => {
      expect(resolveWallTime('Europe/London', 2026, 7, 1)!.instant).to.equal(iso('2026-06-30T23:00:00Z'));
    });

    it('returns undefined for an unknown zone', () => {
      expect(resolveWallTime('Mars/Olympus_Mons', 2026, 7, 1, 18, 0)).to.equal(undefined);
      expect(resolveWallTime('', 2026, 7, 1)).to.equal(undefined);
      expect(resolveWallTime('Not a zone at all', 2026, 7, 1)).to.equal(undefined);
    });

    it('a gap result is the wall time moved forward by the gap', () => {
      // London 01:30 does not exist; 02:30 BST is what "moved forward by an hour" reads.
      const r = resolveWallTime('Europe/London', 2026, 3, 29, 1, 30)!;
      expect(wallOf('Europe/London', r.instant)).to.deep.equal([2026, 3, 29, 2, 30, 0]);
      const ny = resolveWallTime('America/New_York', 2026, 3, 8, 2, 30)!;
      expect(wallOf('America/New_York', ny.instant)).to.deep.equal([2026, 3, 8, 3, 30, 0]);
      const lh = resolveWallTime('Australia/Lord_Howe', 2026, 10, 4, 2, 15)!;
      expect(wallOf('Australia/Lord_Howe', lh.instant)).to.deep.equal([2026, 10, 4, 2, 45, 0]);
    });

    const ZONES = [
      'Europe/London',
      'America/New_York',
      'America/Los_Angeles',
      'America/Sao_Paulo',
      'America/Santiago',
      'America/St_Johns',
      'America/Havana',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Asia/Tokyo',
      'Asia/Tehran',
      'Asia/Gaza',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Pacific/Apia',
      'Pacific/Kiritimati',
      'Africa/Casablanca',
      'Africa/Monrovia',
      'Europe/Moscow',
      'Antarctica/Troll',
      'UTC',
    ];
    const MIN_T = iso('1970-01-01T00:00:00Z');
    const MAX_T = iso('2100-12-31T23:59:59Z');

    it('property: the wall time of any instant resolves back to that instant (or the earlier of a repeat)', () => {
      fc.assert(
        fc.property(fc.constantFrom(...ZONES), fc.integer({ min: MIN_T, max: MAX_T }), (zone, t) => {
          const wall = wallOf(zone, t);
          const r = resolveWallTime(zone, ...wall);
          expect(r, `${zone} ${wall}`).not.to.equal(undefined);
          // The wall time was read off a real instant, so it exists: never a gap.
          expect(r!.adjusted, `${zone} ${wall}`).not.to.equal('gap');
          expect(wallOf(zone, r!.instant), `${zone} ${wall}`).to.deep.equal(wall);
          const second = Math.floor(t / 1000) * 1000;
          if (r!.adjusted === 'overlap') expect(r!.instant).to.be.at.most(second);
          else expect(r!.instant, `${zone} ${wall}`).to.equal(second);
        }),
        { numRuns: 300 },
      );
    });

    it('property: around every transition, instants near it resolve correctly', () => {
      // Instants within ±3 h of a transition: where resolution is hardest.
      fc.assert(
        fc.property(
          fc.constantFrom(...ZONES.filter((z) => z !== 'UTC')),
          fc.integer({ min: 1971, max: 2099 }),
          fc.integer({ min: 0, max: 364 }),
          fc.integer({ min: -3 * 3600, max: 3 * 3600 }),
          (zone, year, day, delta) => {
            // Find a transition in the 24 h after the chosen day, if there is one (binary search on the offset).
            let lo = Date.UTC(year, 0, 1) + day * DAY;
            let hi = lo + DAY;
            if (zoneOffset(zone, lo) === zoneOffset(zone, hi)) return;
            while (hi - lo > 1000) {
              const mid = Math.floor((lo + hi) / 2000) * 1000;
              if (zoneOffset(zone, mid) === zoneOffset(zone, lo)) lo = mid;
              else hi = mid;
            }
            const t = hi + delta * 1000;
            const wall = wallOf(zone, t);
            const r = resolveWallTime(zone, ...wall)!;
            expect(r.adjusted, `${zone} ${wall}`).not.to.equal('gap');
            expect(wallOf(zone, r.instant), `${zone} ${wall}`).to.deep.equal(wall);
            if (r.adjusted === 'overlap') expect(r.instant).to.be.at.most(t);
            else expect(r.instant, `${zone} ${wall}`).to.equal(t);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('property: wall times in a gap move forward by exactly the gap', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...ZONES),
          fc.integer({ min: MIN_T, max: MAX_T }),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
          (zone, t, h, min) => {
            const [y, m, d] = wallOf(zone, t);
            const r = resolveWallTime(zone, y, m, d, h, min, 0)!;
            const asUtc = Date.UTC(y, m - 1, d, h, min, 0);
            if (r.adjusted === 'gap') {
              // Forward by the gap = read with the offset before the transition.
              const before = zoneOffset(zone, asUtc - DAY);
              const after = zoneOffset(zone, asUtc + DAY);
              expect(after).to.be.above(before);
              expect(r.instant).to.equal(asUtc - before);
            } else {
              expect(wallOf(zone, r.instant)).to.deep.equal([y, m, d, h, min, 0]);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});

describe('readEventTime', () => {
  it('reads an all-day date as midnight in the zone', () => {
    expect(readEventTime('2026-07-01', 'Europe/London')).to.deep.equal({ instant: iso('2026-06-30T23:00:00Z'), allDay: true });
    expect(readEventTime('2026-01-19', 'Asia/Kolkata')).to.deep.equal({ instant: iso('2026-01-18T18:30:00Z'), allDay: true });
  });

  it('reads an all-day date without a zone in UTC', () => {
    expect(readEventTime('2026-07-01', undefined)).to.deep.equal({ instant: iso('2026-07-01T00:00:00Z'), allDay: true });
  });

  it('an all-day date whose midnight is in a gap starts when the day does', () => {
    // Santiago springs forward at midnight (2026-09-06 00:00 → 01:00).
    const t = readEventTime('2026-09-06', 'America/Santiago')!;
    expect(t.allDay).to.equal(true);
    // The local date from parts: en-CA's `format()` is ISO-like in some ICU versions and not in others.
    const f = new Intl.DateTimeFormat('en', { timeZone: 'America/Santiago', year: 'numeric', month: '2-digit', day: '2-digit' });
    const day = (at: number) => {
      const p = Object.fromEntries(f.formatToParts(at).map(({ type, value }) => [type, value]));
      return `${p.year}-${p.month}-${p.day}`;
    };
    expect(day(t.instant)).to.equal('2026-09-06');
    expect(day(t.instant - 1)).to.equal('2026-09-05');
  });

  it('reads a wall time in the zone', () => {
    expect(readEventTime('2026-07-01T18:00', 'Europe/London')).to.deep.equal({ instant: iso('2026-07-01T17:00:00Z'), allDay: false });
    expect(readEventTime('2016-01-19T18:00:30', 'Europe/London')).to.deep.equal({ instant: iso('2016-01-19T18:00:30Z'), allDay: false });
  });

  it('flags a wall time in a gap or overlap', () => {
    expect(readEventTime('2026-03-29T01:30', 'Europe/London')).to.deep.equal({
      instant: iso('2026-03-29T01:30:00Z'),
      allDay: false,
      adjusted: 'gap',
    });
    expect(readEventTime('2026-10-25T01:30', 'Europe/London')).to.deep.equal({
      instant: iso('2026-10-25T00:30:00Z'),
      allDay: false,
      adjusted: 'overlap',
    });
  });

  it('reads Z and ±HH:MM as instants, ignoring the zone', () => {
    expect(readEventTime('2026-07-01T18:00Z', 'Asia/Tokyo')).to.deep.equal({ instant: iso('2026-07-01T18:00:00Z'), allDay: false });
    expect(readEventTime('2026-07-01T18:00:00z', undefined)!.instant).to.equal(iso('2026-07-01T18:00:00Z'));
    expect(readEventTime('2026-07-01T18:00+01:00', 'Asia/Tokyo')!.instant).to.equal(iso('2026-07-01T17:00:00Z'));
    expect(readEventTime('2026-07-01T18:00:00-05:00', 'Europe/London')!.instant).to.equal(iso('2026-07-01T23:00:00Z'));
    expect(readEventTime('2026-07-01T18:00+05:30', undefined)!.instant).to.equal(iso('2026-07-01T12:30:00Z'));
    expect(readEventTime('2026-07-01T00:15-09:30', undefined)!.instant).to.equal(iso('2026-07-01T09:45:00Z'));
    expect(readEventTime('2026-07-01T18:00:00.250Z', undefined)!.allDay).to.equal(false);
  });

  it('the instant forms do not depend on the browser zone', () => {
    // Expected values written out (not Date.parse): this file also runs under TZ=America/New_York and Asia/Kolkata.
    const cases: Array<[string, number]> = [
      ['2026-03-29T01:30:00Z', 1774747800000],
      ['2026-03-08T02:30-05:00', 1772955000000],
      ['2026-10-25T01:30+01:00', 1792888200000],
    ];
    for (const [s, instant] of cases) expect(readEventTime(s, undefined)!.instant, s).to.equal(instant);
  });

  it('reads a wall time without a zone in UTC', () => {
    expect(readEventTime('2026-03-29T01:30', undefined)).to.deep.equal({ instant: iso('2026-03-29T01:30:00Z'), allDay: false });
  });

  it('is undefined for nothing, garbage, or an unknown zone', () => {
    expect(readEventTime(undefined, 'Europe/London')).to.equal(undefined);
    for (const s of ['', 'soon', '2026-7-1', '2026-07-01T18', '2026-07-01 18:00', '20260701', '2026-07-01T18:00+0100']) {
      expect(readEventTime(s, 'Europe/London'), s).to.equal(undefined);
    }
    expect(readEventTime('2026-07-01T18:00', 'Mars/Olympus_Mons')).to.equal(undefined);
  });
});

describe('eventSpan', () => {
  it('a timed event without end is assumed to last 2 hours', () => {
    const s = eventSpan({ start: '2026-07-01T18:00', time_zone: 'Europe/London' })!;
    expect(ASSUMED_DURATION_MS).to.equal(2 * HOUR);
    expect(s.start.instant).to.equal(iso('2026-07-01T17:00:00Z'));
    expect(s.end).to.equal(iso('2026-07-01T19:00:00Z'));
    expect(s.hasEnd).to.equal(false);
  });

  it('a timed event with an end', () => {
    const s = eventSpan({ start: '2016-01-19T18:00', end: '2016-01-19T19:30', time_zone: 'Europe/London' })!;
    expect(s.start.instant).to.equal(iso('2016-01-19T18:00:00Z'));
    expect(s.end).to.equal(iso('2016-01-19T19:30:00Z'));
    expect(s.hasEnd).to.equal(true);
  });

  it('a wall end crossing a DST change is read in the zone', () => {
    const s = eventSpan({ start: '2026-03-28T22:00', end: '2026-03-29T03:00', time_zone: 'Europe/London' })!;
    expect(s.end - s.start.instant).to.equal(4 * HOUR);
  });

  it('an all-day event without end lasts until the following midnight in the zone', () => {
    const s = eventSpan({ start: '2026-07-01', time_zone: 'Europe/London' })!;
    expect(s.start.allDay).to.equal(true);
    expect(s.start.instant).to.equal(iso('2026-06-30T23:00:00Z'));
    expect(s.end).to.equal(iso('2026-07-01T23:00:00Z'));
    expect(s.hasEnd).to.equal(false);
  });

  it('an all-day end is inclusive: the event ends at the midnight after the last day', () => {
    const s = eventSpan({ start: '2026-07-01', end: '2026-07-03', time_zone: 'Europe/London' })!;
    expect(s.end).to.equal(iso('2026-07-03T23:00:00Z'));
    expect(s.hasEnd).to.equal(true);
    const oneDay = eventSpan({ start: '2026-07-01', end: '2026-07-01' })!;
    expect(oneDay.end - oneDay.start.instant).to.equal(DAY);
    expect(oneDay.hasEnd).to.equal(true);
  });

  it('an all-day span across the clocks going back is 25 hours long that day', () => {
    const s = eventSpan({ start: '2026-10-25', time_zone: 'Europe/London' })!;
    expect(s.end - s.start.instant).to.equal(25 * HOUR);
  });

  it('an all-day end at the end of a month and a year rolls over correctly', () => {
    expect(eventSpan({ start: '2026-12-30', end: '2026-12-31', time_zone: 'Asia/Tokyo' })!.end).to.equal(iso('2026-12-31T15:00:00Z'));
    expect(eventSpan({ start: '2028-02-28', end: '2028-02-29' })!.end).to.equal(iso('2028-03-01T00:00:00Z'));
  });

  it('an end before (or at) the start is ignored', () => {
    const before = eventSpan({ start: '2026-07-01T18:00', end: '2026-07-01T17:00', time_zone: 'Europe/London' })!;
    expect(before.hasEnd).to.equal(false);
    expect(before.end).to.equal(before.start.instant + ASSUMED_DURATION_MS);
    const same = eventSpan({ start: '2026-07-01T18:00Z', end: '2026-07-01T18:00Z' })!;
    expect(same.hasEnd).to.equal(false);
    const allDay = eventSpan({ start: '2026-07-03', end: '2026-07-01' })!;
    expect(allDay.hasEnd).to.equal(false);
    expect(allDay.end).to.equal(iso('2026-07-04T00:00:00Z'));
  });

  it('an unreadable end is ignored', () => {
    const s = eventSpan({ start: '2026-07-01T18:00Z', end: 'later' })!;
    expect(s.hasEnd).to.equal(false);
    expect(s.end).to.equal(iso('2026-07-01T20:00:00Z'));
  });

  it('mixes forms: an instant start with an all-day end', () => {
    const s = eventSpan({ start: '2026-07-01T18:00Z', end: '2026-07-02' })!;
    expect(s.end).to.equal(iso('2026-07-03T00:00:00Z'));
    expect(s.hasEnd).to.equal(true);
  });

  it('no start: undefined (date to be announced)', () => {
    expect(eventSpan({})).to.equal(undefined);
    expect(eventSpan({ end: '2026-07-01' })).to.equal(undefined);
    expect(eventSpan({ start: 'TBA' })).to.equal(undefined);
  });

  it('offsets in start and end are honoured independently', () => {
    const s = eventSpan({ start: '2026-07-01T18:00+01:00', end: '2026-07-01T14:00-04:00' })!;
    expect(s.end - s.start.instant).to.equal(HOUR);
    expect(s.hasEnd).to.equal(true);
    expect(s.end).to.equal(iso('2026-07-01T18:00:00Z'));
  });
});
