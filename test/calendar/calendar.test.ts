import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { FeedItem, LecternEvent } from '../../src/feed/schema.js';
import {
  buildIcs as buildIcsWith,
  calendarLinks as calendarLinksWith,
  escapeText,
  foldLine,
  type CalendarLinks,
} from '../../src/calendar/calendar.js';
import { calendarDeps as deps } from '../../src/calendar/deps.js';

const calendarLinks = (item: Parameters<typeof calendarLinksWith>[0], o: { now: number }) => calendarLinksWith(item, { ...o, deps });
const buildIcs = (item: Parameters<typeof buildIcsWith>[0], o: { now: number }) => buildIcsWith(item, { ...o, deps });

const NOW = Date.parse('2026-02-03T04:05:06.789Z');
const iso = (s: string) => Date.parse(s);
const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type EventInput = Partial<Omit<LecternEvent, 'status' | 'attendance'>> & {
  status?: LecternEvent['status'];
  attendance?: LecternEvent['attendance'];
};

/** A feed item as the validator hands it over (defaults for status and attendance applied). */
function item(ev: EventInput | undefined, extra: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 'https://rusi.org/events/target-markets',
    title: 'Target Markets',
    ...extra,
    ...(ev ? { _event: { status: 'scheduled', attendance: 'in-person', ...ev } as LecternEvent } : {}),
  } as FeedItem;
}

function links(ev: EventInput, extra: Partial<FeedItem> = {}): CalendarLinks {
  const l = calendarLinks(item(ev, extra), { now: NOW });
  expect(l, 'calendarLinks').to.not.equal(undefined);
  return l!;
}

interface Parsed {
  root: ICAL.Component;
  vevent: ICAL.Component;
  event: ICAL.Event;
}

/** Parses with ical.js, after checking the file's bytes: CRLF only, ≤ 75 octets a line, whole characters. */
function parse(ics: string): Parsed {
  wellFormed(ics);
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  expect(root.name).to.equal('vcalendar');
  const events = root.getAllSubcomponents('vevent');
  expect(events, 'exactly one VEVENT').to.have.length(1);
  return { root, vevent: events[0]!, event: new ICAL.Event(events[0]!) };
}

function wellFormed(ics: string): void {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(/(?<!\r)\n/.test(ics), 'no bare LF').to.equal(false);
  expect(/\r(?!\n)/.test(ics), 'no bare CR').to.equal(false);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(encoder.encode(line).length, `line too long: ${JSON.stringify(line)}`).to.be.at.most(75);
    expect(LONE_SURROGATE.test(line), `split surrogate pair: ${JSON.stringify(line)}`).to.equal(false);
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000A-\u001F\u007F]/.test(line), `control character: ${JSON.stringify(line)}`).to.equal(false);
  }
  // Byte level: split the UTF-8 at CRLF and decode every physical line strictly.
  const bytes = encoder.encode(ics);
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      expect(() => strictDecoder.decode(bytes.subarray(from, i)), 'a fold splits a UTF-8 sequence').to.not.throw();
      from = i + 2;
    }
  }
  expect(from).to.equal(bytes.length);
}

/** Logical lines: folds (CRLF + one space or tab) removed. */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

function prop(p: Parsed, name: string): string | undefined {
  const value = p.vevent.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value);
}

/** What a calendar should read back: newlines normalised, control characters gone, lone surrogates U+FFFD. */
function expectedText(s: string): string {
  const wellFormedText = (s as unknown as { toWellFormed(): string }).toWellFormed();
  // eslint-disable-next-line no-control-regex
  return wellFormedText.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

function params(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

function instantOf(t: ICAL.Time): number {
  expect(t.isDate, 'a date-time').to.equal(false);
  expect(t.zone?.tzid, 'in UTC').to.equal('UTC');
  return t.toJSDate().getTime();
}

function dateOf(t: ICAL.Time): string {
  expect(t.isDate, 'a DATE value').to.equal(true);
  return `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

describe('calendar links and .ics', () => {
  it('runs under the zone this suite was started with (informational)', () => {
    // Under TZ=America/New_York or TZ=Asia/Kolkata this shows the browser zone; results must not depend on it.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.be.a('string');
  });

  describe('escapeText', () => {
    it('escapes backslash first, then ; , and line breaks', () => {
      expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
      // A literal backslash followed by n is not a newline.
      expect(escapeText('\\n')).to.equal('\\\\n');
      expect(escapeText('\\;')).to.equal('\\\\\\;');
      expect(escapeText('')).to.equal('');
    });

    it('keeps colons, quotes, tabs and non-ASCII text', () => {
      expect(escapeText('Time: 18:00 "quoted"\tTab — Korea’s 😀')).to.equal('Time: 18:00 "quoted"\tTab — Korea’s 😀');
    });

    it('drops other control characters and repairs lone surrogates', () => {
      expect(escapeText('a\u0000b\u001bc\u007fd\u000be\u000cf')).to.equal('abcdef');
      expect(escapeText('x\uD800y\uDC00z')).to.equal('x\uFFFDy\uFFFDz');
      expect(escapeText('😀')).to.equal('😀');
    });
  });

  describe('foldLine', () => {
    const physical = (s: string) => s.split('\r\n');

    it('leaves lines of up to 75 octets alone', () => {
      const line = 'X'.repeat(75);
      expect(foldLine(line)).to.equal(line);
      expect(foldLine('')).to.equal('');
    });

    it('folds at 75 octets with CRLF and one space', () => {
      const line = 'A'.repeat(76);
      expect(foldLine(line)).to.equal(`${'A'.repeat(75)}\r\n A`);
      const long = 'B'.repeat(75 + 74 + 10);
      expect(physical(foldLine(long)).map((l) => l.length)).to.deep.equal([75, 75, 11]);
    });

    it('counts octets, not UTF-16 units, and never splits a character', () => {
      // é is 2 octets: 37 fit in 74 octets, the 38th would make 76.
      const folded = physical(foldLine('é'.repeat(40)));
      expect(folded[0]).to.equal('é'.repeat(37));
      expect(folded[1]).to.equal(` ${'é'.repeat(3)}`);
      // 😀 is 4 octets and 2 UTF-16 units: 18 emoji plus 'abc' is 75 octets; one more folds before the emoji.
      const emoji = physical(foldLine(`abc${'😀'.repeat(19)}`));
      expect(emoji[0]).to.equal(`abc${'😀'.repeat(18)}`);
      expect(emoji[1]).to.equal(' 😀');
      // CJK is 3 octets.
      const cjk = physical(foldLine('漢'.repeat(26)));
      expect(cjk[0]).to.equal('漢'.repeat(25));
      expect(cjk[1]).to.equal(' 漢');
    });

    it('property: ≤ 75 octets a line, whole characters, and unfolding restores the line', () => {
      const unit = fc.oneof(
        fc.constantFrom('a', 'é', 'e\u0301', '漢', '😀', '👩‍👩‍👧', ' ', '\\', ';'),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
        fc.string({ unit: 'binary', maxLength: 1 }),
      );
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 300 }), (line) => {
          const folded = foldLine(line);
          for (const l of physical(folded)) {
            expect(encoder.encode(l).length).to.be.at.most(75);
            expect(LONE_SURROGATE.test(l)).to.equal(false);
            expect(() => strictDecoder.decode(encoder.encode(l))).to.not.throw();
          }
          expect(folded.replace(/\r\n /g, '')).to.equal(line);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('the .ics file', () => {
    const rusi = item(
      {
        kind: 'Whitehall Paper Launch',
        start: '2016-01-19T18:00',
        end: '2016-01-19T19:30',
        time_zone: 'Europe/London',
        location: { name: 'RUSI', address: '61 Whitehall, London SW1A 2ET' },
      },
      {
        url: 'https://rusi.org/events/target-markets',
        title: 'Target Markets: North Korea’s Military Customers in the Sanctions Era',
        summary: 'Despite a decade-long UN arms embargo, North Korea continues to export conventional weapons; who buys them?',
        content_text: 'Not used when there is a summary.',
      },
    );

    it('has the calendar header, one VEVENT and the event fields', () => {
      const ics = buildIcs(rusi, { now: NOW })!;
      const p = parse(ics);
      expect(ics.split('\r\n').slice(0, 6)).to.deep.equal([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Lectern//Lectern Event Widgets//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
      ]);
      expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.equal(true);
      expect(p.root.getFirstPropertyValue('version')).to.equal('2.0');
      expect(p.root.getFirstPropertyValue('prodid')).to.equal('-//Lectern//Lectern Event Widgets//EN');
      expect(p.root.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
      expect(p.root.getFirstPropertyValue('method')).to.equal('PUBLISH');
      expect(p.event.summary).to.equal('Target Markets: North Korea’s Military Customers in the Sanctions Era');
      expect(p.event.description).to.equal(
        'Despite a decade-long UN arms embargo, North Korea continues to export conventional weapons; who buys them?\n\nhttps://rusi.org/events/target-markets',
      );
      expect(p.event.location).to.equal('RUSI, 61 Whitehall, London SW1A 2ET');
      expect(p.event.uid).to.equal('https://rusi.org/events/target-markets');
      expect(prop(p, 'url')).to.equal('https://rusi.org/events/target-markets');
      expect(prop(p, 'status')).to.equal('CONFIRMED');
      expect(instantOf(p.event.startDate)).to.equal(iso('2016-01-19T18:00:00Z'));
      expect(instantOf(p.event.endDate)).to.equal(iso('2016-01-19T19:30:00Z'));
      // Raw lines: UTC instants, escaped TEXT.
      const logical = unfold(ics);
      expect(logical).to.include('DTSTART:20160119T180000Z');
      expect(logical).to.include('DTEND:20160119T193000Z');
      expect(logical).to.include('LOCATION:RUSI\\, 61 Whitehall\\, London SW1A 2ET');
      expect(logical.filter((l) => l.startsWith('TZID') || l.includes(';TZID='))).to.deep.equal([]);
    });

    it('stamps DTSTAMP in UTC from options.now', () => {
      const ics = buildIcs(rusi, { now: NOW })!;
      const p = parse(ics);
      expect(unfold(ics)).to.include('DTSTAMP:20260203T040506Z');
      const stamp = p.vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.zone?.tzid).to.equal('UTC');
      expect(stamp.toJSDate().getTime()).to.equal(iso('2026-02-03T04:05:06Z'));
    });

    it('is the same text in calendarLinks().ics and buildIcs()', () => {
      expect(calendarLinks(rusi, { now: NOW })!.ics).to.equal(buildIcs(rusi, { now: NOW }));
    });

    it('folds long lines and unfolding restores them', () => {
      const longTitle = `${'Very long title, with commas; and semicolons '.repeat(6)}end`;
      const ics = buildIcs(item({ start: '2026-07-01T18:00Z' }, { title: longTitle }), { now: NOW })!;
      const p = parse(ics);
      expect(ics).to.match(/\r\n /);
      expect(p.event.summary).to.equal(longTitle);
      const summary = unfold(ics).find((l) => l.startsWith('SUMMARY:'));
      expect(summary).to.equal(`SUMMARY:${escapeText(longTitle)}`);
    });

    it('uses content_text when there is no summary, and omits empty fields', () => {
      let p = parse(buildIcs(item({ start: '2026-07-01T18:00Z' }, { content_text: 'Line one\r\nLine two' }), { now: NOW })!);
      expect(p.event.description).to.equal('Line one\nLine two');
      expect(p.event.location).to.equal(null);
      expect(prop(p, 'url')).to.equal(undefined);

      const ics = buildIcs(item({ start: '2026-07-01T18:00Z' }, { summary: '   ', content_text: '' }), { now: NOW })!;
      expect(unfold(ics).some((l) => l.startsWith('DESCRIPTION'))).to.equal(false);
      expect(unfold(ics).some((l) => l.startsWith('LOCATION'))).to.equal(false);

      p = parse(buildIcs(item({ start: '2026-07-01T18:00Z' }, { url: 'https://example.org/e' }), { now: NOW })!);
      expect(p.event.description).to.equal('https://example.org/e');
    });

    it('says "Event" when the item has no usable title', () => {
      for (const title of [undefined, '', '   ', '\u0000\u0001']) {
        const p = parse(buildIcs(item({ start: '2026-07-01T18:00Z' }, { title }), { now: NOW })!);
        expect(p.event.summary).to.equal('Event');
      }
    });

    it('keeps only absolute http(s) URLs that pass the allow-list', () => {
      for (const url of ['javascript:alert(1)', ' javascript:alert(1)', '/events/relative', 'mailto:events@rusi.org', 'data:text/html,x']) {
        const ics = buildIcs(item({ start: '2026-07-01T18:00Z' }, { url, summary: 'S' }), { now: NOW })!;
        const p = parse(ics);
        expect(prop(p, 'url'), url).to.equal(undefined);
        expect(p.event.description, url).to.equal('S');
      }
      const p = parse(buildIcs(item({ start: '2026-07-01T18:00Z' }, { url: 'http://example.org/a b?x=1,2;3' }), { now: NOW })!);
      expect(prop(p, 'url')).to.equal('http://example.org/a%20b?x=1,2;3');
    });

    it('writes the status', () => {
      const cases: Array<[LecternEvent['status'] | undefined, string]> = [
        ['scheduled', 'CONFIRMED'],
        ['cancelled', 'CANCELLED'],
        ['postponed', 'TENTATIVE'],
        ['rescheduled', 'CONFIRMED'],
        ['moved-online', 'CONFIRMED'],
        [undefined, 'CONFIRMED'],
      ];
      for (const [status, expected] of cases) {
        const it = item({ start: '2026-07-01T18:00Z' });
        (it._event as { status?: string }).status = status;
        const p = parse(buildIcs(it, { now: NOW })!);
        expect(prop(p, 'status'), String(status)).to.equal(expected);
      }
    });

    describe('location', () => {
      const online = { url: 'https://meet.example.org/room?id=1,2', label: 'Join' };
      const venue = { name: 'RUSI', address: '61 Whitehall, London SW1A 2ET' };
      const cases: Array<[string, EventInput, string | undefined]> = [
        ['in person: name and address', { location: venue, online }, 'RUSI, 61 Whitehall, London SW1A 2ET'],
        ['name only', { location: { name: 'RUSI' } }, 'RUSI'],
        ['address only', { location: { address: '61 Whitehall' } }, '61 Whitehall'],
        ['online: the online url', { attendance: 'online', location: venue, online }, 'https://meet.example.org/room?id=1,2'],
        ['moved online: the online url', { status: 'moved-online', location: venue, online }, 'https://meet.example.org/room?id=1,2'],
        ['online without a url: the venue', { attendance: 'online', location: venue }, 'RUSI, 61 Whitehall, London SW1A 2ET'],
        [
          'online with an unsafe url: the venue',
          { attendance: 'online', location: venue, online: { url: 'javascript:alert(1)' } },
          'RUSI, 61 Whitehall, London SW1A 2ET',
        ],
        ['mixed: the venue', { attendance: 'mixed', location: venue, online }, 'RUSI, 61 Whitehall, London SW1A 2ET'],
        ['none', {}, undefined],
      ];
      for (const [name, ev, expected] of cases) {
        it(name, () => {
          const l = links({ start: '2026-07-01T18:00Z', ...ev });
          const p = parse(l.ics);
          expect(p.event.location ?? undefined).to.equal(expected);
          expect(params(l.google).get('location') ?? undefined).to.equal(expected);
          expect(params(l.outlookCom).get('location') ?? undefined).to.equal(expected);
          expect(params(l.microsoft365).get('location') ?? undefined).to.equal(expected);
        });
      }
    });

    describe('hostile text', () => {
      it('keeps \\ ; , and newlines inside the value', () => {
        const text = 'back\\slash; semi, comma\nnew\\nline\\';
        const p = parse(buildIcs(item({ start: '2026-07-01T18:00Z', location: { name: text } }, { title: text, summary: text }), { now: NOW })!);
        expect(p.event.summary).to.equal(text);
        expect(p.event.description).to.equal(text);
        expect(p.event.location).to.equal(text);
      });

      it('cannot inject properties or components', () => {
        const evil = 'x\r\nBEGIN:VEVENT\r\nUID:evil\r\nEND:VEVENT\nSTATUS:CANCELLED\rDTSTART:19700101T000000Z';
        const ics = buildIcs(
          item({ start: '2026-07-01T18:00Z', location: { name: evil, address: evil } }, { id: 'event-1', title: evil, summary: evil }),
          { now: NOW },
        )!;
        const p = parse(ics); // exactly one VEVENT
        const logical = unfold(ics);
        expect(logical.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
        expect(logical.filter((l) => /^(UID|STATUS|DTSTART)[:;]/.test(l))).to.deep.equal([
          'UID:event-1@lectern.invalid',
          'DTSTART:20260701T180000Z',
          'STATUS:CONFIRMED',
        ]);
        expect(p.event.uid).to.equal('event-1@lectern.invalid');
        expect(prop(p, 'status')).to.equal('CONFIRMED');
        expect(p.event.summary).to.equal(evil.replace(/\r\n|\r/g, '\n'));
        expect(p.event.description).to.equal(evil.replace(/\r\n|\r/g, '\n'));
        expect(p.event.location).to.equal(`${evil}, ${evil}`.replace(/\r\n|\r/g, '\n'));
      });

      it('drops control characters', () => {
        const p = parse(
          buildIcs(item({ start: '2026-07-01T18:00Z' }, { title: 'a\u0000b\u0007c\u001bd\u007fe', summary: 'tab\there' }), { now: NOW })!,
        );
        expect(p.event.summary).to.equal('abcde');
        expect(p.event.description).to.equal('tab\there');
      });

      it('property: any unicode title and description round-trip, folded on character boundaries', () => {
        const special = fc.constantFrom(
          '\\',
          ';',
          ',',
          ':',
          '"',
          '\n',
          '\r',
          '\r\n',
          '\t',
          ' ',
          '\u0000',
          '\u001b',
          '\u007f',
          'é',
          'e\u0301',
          'ñ',
          '\u0301\u0301',
          '漢字',
          'かな',
          '한국',
          '😀',
          '👩‍👩‍👧',
          '🇬🇧',
          '\u200d',
          '\uFEFF',
          'BEGIN:VEVENT',
          '\r\nEND:VCALENDAR\r\n',
          '\uD800',
          '\uDFFF',
        );
        const text = fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 120 }),
          fc.string({ unit: 'grapheme-composite', maxLength: 120 }),
          fc.string({ unit: 'binary', maxLength: 120 }),
          fc.string({ unit: fc.oneof(special, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 80 }),
        );
        fc.assert(
          fc.property(text, text, fc.boolean(), (title, summary, withUrl) => {
            const it = item(
              { start: '2026-07-01T18:00', time_zone: 'Europe/London', location: { name: summary } },
              {
                title,
                summary,
                ...(withUrl ? { url: 'https://example.org/e?a=1,2;3' } : {}),
              },
            );
            const l = calendarLinks(it, { now: NOW })!;
            const p = parse(l.ics);
            const t = expectedText(title);
            const s = expectedText(summary);
            const expectedTitle = t.trim() === '' ? 'Event' : t;
            expect(p.event.summary).to.equal(expectedTitle);
            const parts = [s.trim() === '' ? '' : s, withUrl ? 'https://example.org/e?a=1,2;3' : ''].filter(Boolean);
            expect(p.event.description ?? '').to.equal(parts.join('\n\n'));
            expect(p.event.location ?? '').to.equal(s.trim() === '' ? '' : s);
            expect(p.event.uid).to.equal('https://rusi.org/events/target-markets');
            expect(instantOf(p.event.startDate)).to.equal(iso('2026-07-01T17:00:00Z'));
            // The links carry the same text.
            expect(params(l.google).get('text')).to.equal(expectedTitle);
            expect(params(l.outlookCom).get('subject')).to.equal(expectedTitle);
            expect(params(l.google).get('details') ?? '').to.equal(parts.join('\n\n'));
            expect(params(l.microsoft365).get('body') ?? '').to.equal(parts.join('\n\n'));
            expect(l.filename).to.match(/^[a-z0-9]+(-[a-z0-9]+)*\.ics$/);
            expect(l.filename.length).to.be.at.most(60);
          }),
          { numRuns: 250 },
        );
      });
    });

    describe('UID', () => {
      const FEED = 'https://thinktank.example/feeds/events.json';
      const uidOf = (id: string, source?: string) =>
        parse(buildIcsWith(item({ start: '2026-07-01T18:00Z' }, { id }), { now: NOW, deps, source })!).event.uid;

      it('is the id itself when it is already global: a URL or an address, needing no escaping', () => {
        for (const id of ['https://rusi.org/events/target-markets', 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e', 'event-42@rusi.org']) {
          expect(uidOf(id, FEED)).to.equal(id);
        }
      });

      it("qualifies any other id with the feed's host: two publishers' item 42 stay two events", () => {
        expect(uidOf('42', FEED)).to.equal('42@thinktank.example');
        expect(uidOf('event-42', FEED)).to.equal('event-42@thinktank.example');
        expect(uidOf('42', 'https://other.example/feed.json')).to.equal('42@other.example');
        expect(uidOf('42'), 'no source: a reserved name, never a bare id').to.equal('42@lectern.invalid');
      });

      it('is a hash qualified the same way when the id would need escaping or is not plain ASCII', () => {
        const ids = ['a,b', 'a;b', 'a\\b', 'with space', 'café', '日本', 'x\nBEGIN:VEVENT', 'x'.repeat(300)];
        const uids = ids.map((id) => uidOf(id, FEED));
        for (const uid of uids) expect(uid).to.match(/^[0-9a-f]{32}@thinktank\.example$/);
        expect(new Set(uids).size, 'different ids, different UIDs').to.equal(ids.length);
      });

      it('is stable across calls, times of the call and event changes', () => {
        for (const id of ['event-42', 'a, b; c', '日本']) {
          const a = buildIcs(item({ start: '2026-07-01T18:00Z' }, { id }), { now: NOW })!;
          const b = buildIcs(item({ start: '2027-01-01', status: 'cancelled' }, { id, title: 'Other' }), { now: NOW + 86_400_000 * 400 })!;
          expect(parse(a).event.uid).to.equal(parse(b).event.uid);
          expect(unfold(a).find((l) => l.startsWith('DTSTAMP'))).to.not.equal(unfold(b).find((l) => l.startsWith('DTSTAMP')));
        }
      });

      it('differs for different ids (property)', () => {
        fc.assert(
          fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
            fc.pre(a !== b && a.trim() !== '' && b.trim() !== '');
            const ua = parse(buildIcs(item({ start: '2026-07-01T18:00Z' }, { id: a }), { now: NOW })!).event.uid;
            const ub = parse(buildIcs(item({ start: '2026-07-01T18:00Z' }, { id: b }), { now: NOW })!).event.uid;
            expect(ua).to.not.equal(ub);
          }),
          { numRuns: 200 },
        );
      });
    });
  });

  describe('updates and cancellations (RFC 5546)', () => {
    const SOURCE = 'https://thinktank.example/feed.json';
    const file = (ev: EventInput, extra: Partial<FeedItem> = {}) => {
      const text = buildIcsWith(item(ev, { id: '42', ...extra }), { now: NOW, deps, source: SOURCE })!;
      const p = parse(text);
      return { text, method: p.root.getFirstPropertyValue('method'), uid: p.event.uid, sequence: p.event.sequence, status: prop(p, 'status') };
    };
    const scheduled = { start: '2027-01-19T18:00', end: '2027-01-19T19:30', time_zone: 'Europe/London' };

    it('a scheduled file and its later cancellation share the UID; the cancellation is METHOD:CANCEL with a higher SEQUENCE', () => {
      const before = file(scheduled, { date_modified: '2026-11-01T09:00:00Z' });
      const after = file({ ...scheduled, status: 'cancelled' }, { date_modified: '2026-11-20T09:00:00Z' });
      expect(before.method).to.equal('PUBLISH');
      expect(after.method).to.equal('CANCEL');
      expect(after.status).to.equal('CANCELLED');
      expect(after.uid).to.equal(before.uid);
      expect(after.uid).to.equal('42@thinktank.example');
      expect(after.sequence).to.be.above(before.sequence);
    });

    it('a cancellation is above the scheduled file even when the publisher did not touch date_modified', () => {
      const before = file(scheduled, { date_modified: '2026-11-01T09:00:00Z' });
      const after = file({ ...scheduled, status: 'cancelled' }, { date_modified: '2026-11-01T09:00:00Z' });
      expect(after.sequence).to.equal(before.sequence + 1);
      expect(file({ ...scheduled, status: 'cancelled' }).sequence, 'no date at all').to.equal(1);
    });

    it('a rescheduled event: same UID, a higher SEQUENCE, the new time', () => {
      const before = file(scheduled, { date_modified: '2026-11-01T09:00:00Z' });
      const moved = {
        ...scheduled,
        start: '2027-02-02T18:00',
        end: '2027-02-02T19:30',
        status: 'rescheduled' as const,
        previous_start: scheduled.start,
      };
      const after = file(moved, { date_modified: '2026-12-01T09:00:00Z' });
      expect(after.method).to.equal('PUBLISH');
      expect(after.uid).to.equal(before.uid);
      expect(after.sequence).to.be.above(before.sequence);
      expect(unfold(after.text)).to.include('DTSTART:20270202T180000Z');
    });

    it('_event.sequence, when given, is the revision (doubled, plus one for a cancellation)', () => {
      expect(file({ ...scheduled, sequence: 3 }).sequence).to.equal(6);
      expect(file({ ...scheduled, sequence: '3', status: 'cancelled' }).sequence).to.equal(7);
      expect(file({ ...scheduled, sequence: 4 }, { date_modified: '2030-01-01T00:00:00Z' }).sequence, 'it wins over date_modified').to.equal(8);
      expect(file({ ...scheduled, sequence: -1 }).sequence, 'not a revision: ignored').to.equal(0);
    });

    it('every SEQUENCE fits iCalendar INTEGER', () => {
      expect(file(scheduled, { date_modified: '9999-12-31T23:59:59Z' }).sequence).to.be.at.most(2 ** 31 - 1);
    });
  });

  describe('no invented end', () => {
    const noEnd = item({ start: '2027-01-19T18:00', time_zone: 'Europe/London' }, { id: 'x', title: 'No end' });

    it('the file has no DTEND when the feed gives no end (the card states none)', () => {
      const ics = buildIcs(noEnd, { now: NOW })!;
      expect(unfold(ics).some((l) => l.startsWith('DTEND'))).to.equal(false);
      expect(instantOf(parse(ics).event.startDate)).to.equal(iso('2027-01-19T18:00:00Z'));
    });

    it('the links end when they start', () => {
      const links = calendarLinks(noEnd, { now: NOW })!;
      expect(new URL(links.google).searchParams.get('dates')).to.equal('20270119T180000Z/20270119T180000Z');
      const outlook = new URL(links.outlookCom).searchParams;
      expect(outlook.get('enddt')).to.equal(outlook.get('startdt'));
    });

    it('an all-day event without an end is one day: DTSTART only (RFC 5545 3.6.1)', () => {
      const ics = buildIcs(item({ start: '2027-03-04', time_zone: 'Europe/London' }, { id: 'd' }), { now: NOW })!;
      expect(unfold(ics)).to.include('DTSTART;VALUE=DATE:20270304');
      expect(unfold(ics).some((l) => l.startsWith('DTEND'))).to.equal(false);
    });
  });

  describe('times across zones and seasons', () => {
    const cases: Array<[string, EventInput, string, string]> = [
      [
        'London winter (GMT)',
        { start: '2016-01-19T18:00', end: '2016-01-19T19:30', time_zone: 'Europe/London' },
        '2016-01-19T18:00:00Z',
        '2016-01-19T19:30:00Z',
      ],
      [
        'London summer (BST)',
        { start: '2026-07-01T18:00', end: '2026-07-01T19:30', time_zone: 'Europe/London' },
        '2026-07-01T17:00:00Z',
        '2026-07-01T18:30:00Z',
      ],
      [
        'London spring-forward gap moves forward',
        { start: '2026-03-29T01:30', end: '2026-03-29T03:00', time_zone: 'Europe/London' },
        '2026-03-29T01:30:00Z',
        '2026-03-29T02:00:00Z',
      ],
      [
        'London autumn repeat takes the earlier',
        { start: '2026-10-25T01:30', end: '2026-10-25T03:00', time_zone: 'Europe/London' },
        '2026-10-25T00:30:00Z',
        '2026-10-25T03:00:00Z',
      ],
      [
        'New York winter, ends on the next UTC day',
        { start: '2026-01-15T18:00', end: '2026-01-15T20:00', time_zone: 'America/New_York' },
        '2026-01-15T23:00:00Z',
        '2026-01-16T01:00:00Z',
      ],
      [
        'New York summer',
        { start: '2026-07-15T18:00', end: '2026-07-15T19:00', time_zone: 'America/New_York' },
        '2026-07-15T22:00:00Z',
        '2026-07-15T23:00:00Z',
      ],
      [
        'Tokyo, starts on the previous UTC day',
        { start: '2026-07-15T08:00', end: '2026-07-15T10:00', time_zone: 'Asia/Tokyo' },
        '2026-07-14T23:00:00Z',
        '2026-07-15T01:00:00Z',
      ],
      [
        'Sydney January (DST, UTC+11)',
        { start: '2026-01-15T18:00', end: '2026-01-15T20:00', time_zone: 'Australia/Sydney' },
        '2026-01-15T07:00:00Z',
        '2026-01-15T09:00:00Z',
      ],
      [
        'Sydney July (UTC+10)',
        { start: '2026-07-15T18:00', end: '2026-07-15T20:00', time_zone: 'Australia/Sydney' },
        '2026-07-15T08:00:00Z',
        '2026-07-15T10:00:00Z',
      ],
      [
        'Kolkata (UTC+5:30)',
        { start: '2026-07-15T18:00', end: '2026-07-15T19:15', time_zone: 'Asia/Kolkata' },
        '2026-07-15T12:30:00Z',
        '2026-07-15T13:45:00Z',
      ],
      [
        'seconds are kept',
        { start: '2026-07-01T18:00:45', end: '2026-07-01T19:00:15', time_zone: 'Europe/London' },
        '2026-07-01T17:00:45Z',
        '2026-07-01T18:00:15Z',
      ],
      [
        'instant with +05:30',
        { start: '2026-01-19T18:00:00+05:30', end: '2026-01-19T19:00:00+05:30' },
        '2026-01-19T12:30:00Z',
        '2026-01-19T13:30:00Z',
      ],
      [
        'instant with -08:00, next UTC day',
        { start: '2026-01-19T18:00-08:00', end: '2026-01-19T20:00-08:00' },
        '2026-01-20T02:00:00Z',
        '2026-01-20T04:00:00Z',
      ],
      ['instant with Z', { start: '2026-01-19T18:00:00Z', end: '2026-01-19T19:00:00Z' }, '2026-01-19T18:00:00Z', '2026-01-19T19:00:00Z'],
      [
        'instant with an offset and a zone',
        { start: '2026-07-01T18:00+02:00', end: '2026-07-01T19:00+02:00', time_zone: 'Europe/Paris' },
        '2026-07-01T16:00:00Z',
        '2026-07-01T17:00:00Z',
      ],
      // Without a usable end none is invented: no DTEND, so parsers end the event when it starts.
      ['no end: none invented', { start: '2026-07-01T18:00', time_zone: 'Europe/London' }, '2026-07-01T17:00:00Z', '2026-07-01T17:00:00Z'],
      [
        'end before start: ignored, none invented',
        { start: '2026-07-01T18:00', end: '2026-07-01T17:00', time_zone: 'Europe/London' },
        '2026-07-01T17:00:00Z',
        '2026-07-01T17:00:00Z',
      ],
      [
        'timed start, all-day end: midnight after the last day',
        { start: '2026-07-01T18:00', end: '2026-07-02', time_zone: 'Europe/London' },
        '2026-07-01T17:00:00Z',
        '2026-07-02T23:00:00Z',
      ],
    ];

    const compact = (s: string) => s.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
    const outlook = (s: string) => s.replace(/\.\d+Z$/, 'Z');

    for (const [name, ev, start, end] of cases) {
      it(name, () => {
        const l = links(ev);
        const p = parse(l.ics);
        expect(instantOf(p.event.startDate), 'DTSTART').to.equal(iso(start));
        expect(instantOf(p.event.endDate), 'DTEND').to.equal(iso(end));
        expect(unfold(l.ics)).to.include(`DTSTART:${compact(start)}`);
        if (name.endsWith('none invented')) expect(unfold(l.ics).some((line) => line.startsWith('DTEND'))).to.equal(false);
        else expect(unfold(l.ics)).to.include(`DTEND:${compact(end)}`);

        const g = params(l.google);
        expect(g.get('action')).to.equal('TEMPLATE');
        expect(g.get('dates')).to.equal(`${compact(start)}/${compact(end)}`);
        expect(g.get('ctz') ?? undefined).to.equal(ev.time_zone);

        for (const link of [l.outlookCom, l.microsoft365]) {
          const o = params(link);
          expect(o.get('rru')).to.equal('addevent');
          expect(o.get('startdt')).to.equal(outlook(start));
          expect(o.get('enddt')).to.equal(outlook(end));
          expect(o.get('allday')).to.equal('false');
        }
        // ISO instants exactly as Outlook documents them: 2016-01-19T18:00:00Z.
        expect(params(l.outlookCom).get('startdt')).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      });
    }
  });

  describe('all-day events', () => {
    const cases: Array<[string, EventInput, string, string]> = [
      ['one day, no end', { start: '2026-06-01' }, '2026-06-01', '2026-06-02'],
      ['one day, end the same day', { start: '2026-06-01', end: '2026-06-01' }, '2026-06-01', '2026-06-02'],
      ['two days (end inclusive in the feed)', { start: '2016-01-19', end: '2016-01-20', time_zone: 'Europe/London' }, '2016-01-19', '2016-01-21'],
      ['across a year end', { start: '2026-12-31', end: '2027-01-01' }, '2026-12-31', '2027-01-02'],
      ['into a leap day', { start: '2028-02-28', end: '2028-02-29' }, '2028-02-28', '2028-03-01'],
      ['over the London clock change', { start: '2026-03-28', end: '2026-03-29', time_zone: 'Europe/London' }, '2026-03-28', '2026-03-30'],
      ['in a zone far east of UTC', { start: '2026-06-01', end: '2026-06-03', time_zone: 'Pacific/Kiritimati' }, '2026-06-01', '2026-06-04'],
      ['in a zone far west of UTC', { start: '2026-06-01', end: '2026-06-03', time_zone: 'Pacific/Pago_Pago' }, '2026-06-01', '2026-06-04'],
      ['in Sydney', { start: '2026-01-15', end: '2026-01-16', time_zone: 'Australia/Sydney' }, '2026-01-15', '2026-01-17'],
      ['end before start: one day', { start: '2026-06-05', end: '2026-06-01' }, '2026-06-05', '2026-06-06'],
      [
        'timed end mid-day: through that day',
        { start: '2026-06-01', end: '2026-06-03T12:00', time_zone: 'Europe/London' },
        '2026-06-01',
        '2026-06-04',
      ],
      [
        'timed end at midnight: up to that day',
        { start: '2026-06-01', end: '2026-06-03T00:00', time_zone: 'Europe/London' },
        '2026-06-01',
        '2026-06-03',
      ],
    ];
    for (const [name, ev, start, end] of cases) {
      it(name, () => {
        const l = links(ev);
        const p = parse(l.ics);
        expect(dateOf(p.event.startDate), 'DTSTART').to.equal(start);
        expect(dateOf(p.event.endDate), 'DTEND (exclusive)').to.equal(end);
        const compact = (s: string) => s.replace(/-/g, '');
        expect(unfold(l.ics)).to.include(`DTSTART;VALUE=DATE:${compact(start)}`);
        // Without a usable end the file has DTSTART alone, which RFC 5545 reads as one day.
        const endless = ev.end === undefined || name.startsWith('end before start');
        if (endless) expect(unfold(l.ics).some((line) => line.startsWith('DTEND'))).to.equal(false);
        else expect(unfold(l.ics)).to.include(`DTEND;VALUE=DATE:${compact(end)}`);
        expect(params(l.google).get('dates')).to.equal(`${compact(start)}/${compact(end)}`);
        for (const link of [l.outlookCom, l.microsoft365]) {
          const o = params(link);
          expect(o.get('startdt')).to.equal(start);
          expect(o.get('enddt')).to.equal(end);
          expect(o.get('allday')).to.equal('true');
        }
      });
    }
  });

  describe('links', () => {
    const ev: EventInput = {
      start: '2016-01-19T18:00',
      end: '2016-01-19T19:30',
      time_zone: 'Europe/London',
      location: { name: 'RUSI', address: '61 Whitehall' },
    };
    const extra: Partial<FeedItem> = { title: 'C++ & you: 1+1=2 #tag ?q', summary: 'Two lines\nand 100% more', url: 'https://rusi.org/e' };

    it('go to the right services with the right parameters', () => {
      const l = links(ev, extra);
      const g = new URL(l.google);
      expect(g.origin + g.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect([...g.searchParams.keys()]).to.deep.equal(['action', 'text', 'dates', 'details', 'location', 'ctz']);
      expect(g.searchParams.get('text')).to.equal('C++ & you: 1+1=2 #tag ?q');
      expect(g.searchParams.get('details')).to.equal('Two lines\nand 100% more\n\nhttps://rusi.org/e');
      expect(g.searchParams.get('location')).to.equal('RUSI, 61 Whitehall');
      expect(g.searchParams.get('ctz')).to.equal('Europe/London');
      expect(g.hash).to.equal('');

      const o = new URL(l.outlookCom);
      expect(o.origin + o.pathname).to.equal('https://outlook.live.com/calendar/0/action/compose');
      expect([...o.searchParams.keys()]).to.deep.equal(['rru', 'subject', 'startdt', 'enddt', 'body', 'location', 'allday']);
      expect(o.searchParams.get('subject')).to.equal('C++ & you: 1+1=2 #tag ?q');
      expect(o.searchParams.get('body')).to.equal('Two lines\nand 100% more\n\nhttps://rusi.org/e');
      expect(o.searchParams.get('startdt')).to.equal('2016-01-19T18:00:00Z');
      expect(o.searchParams.get('enddt')).to.equal('2016-01-19T19:30:00Z');

      const m = new URL(l.microsoft365);
      expect(m.origin + m.pathname).to.equal('https://outlook.office.com/calendar/0/action/compose');
      expect(m.search).to.equal(o.search);
    });

    it('encode spaces as %20 and a literal plus as %2B', () => {
      const l = links(ev, extra);
      for (const link of [l.google, l.outlookCom, l.microsoft365]) {
        const query = new URL(link).search;
        expect(query).to.not.include('+');
        expect(query).to.include('C%2B%2B%20%26%20you');
      }
    });

    it('leave out ctz, details and location when there are none', () => {
      const l = links({ start: '2026-07-01T18:00Z' }, { title: 'T' });
      expect([...params(l.google).keys()]).to.deep.equal(['action', 'text', 'dates']);
      expect([...params(l.outlookCom).keys()]).to.deep.equal(['rru', 'subject', 'startdt', 'enddt', 'allday']);
    });

    it('name the file after the title', () => {
      const name = (title: string | undefined) => links({ start: '2026-07-01T18:00Z' }, { title }).filename;
      const long = name('Target Markets: North Korea’s Military Customers in the Sanctions Era');
      expect(long.startsWith('target-markets-north-korea-s-military')).to.equal(true);
      expect(long).to.match(/^[a-z0-9]+(-[a-z0-9]+)*\.ics$/);
      expect(long.length).to.be.at.most(60);
      expect(name('Café Crème à Paris')).to.equal('cafe-creme-a-paris.ics');
      expect(name('../../etc/passwd')).to.equal('etc-passwd.ics');
      expect(name('CON')).to.equal('con-event.ics');
      expect(name('日本語のイベント')).to.equal('event.ics');
      expect(name(undefined)).to.equal('event.ics');
      expect(name('')).to.equal('event.ics');
      expect(name('x'.repeat(200)).length).to.be.at.most(60);
    });
  });

  describe('no calendar', () => {
    it('is undefined for an item that is not an event', () => {
      const it = item(undefined, { title: 'A commentary' });
      expect(calendarLinks(it, { now: NOW })).to.equal(undefined);
      expect(buildIcs(it, { now: NOW })).to.equal(undefined);
    });

    it('is undefined for an event without a (readable) start', () => {
      for (const ev of [{}, { start: 'soon' }, { start: '2026-07-01T18:00', time_zone: 'Mars/Olympus_Mons' }] as EventInput[]) {
        expect(calendarLinks(item(ev), { now: NOW }), JSON.stringify(ev)).to.equal(undefined);
        expect(buildIcs(item(ev), { now: NOW }), JSON.stringify(ev)).to.equal(undefined);
      }
    });
  });

  it('does not depend on the browser zone: the same output for the same input', () => {
    // The expected values above are literals; this checks the inputs a reader in any zone would share.
    const l = links({ start: '2026-03-29T01:30', end: '2026-03-29T03:00', time_zone: 'Europe/London' });
    expect(unfold(l.ics)).to.include('DTSTART:20260329T013000Z');
    expect(params(l.google).get('dates')).to.equal('20260329T013000Z/20260329T020000Z');
  });
});
