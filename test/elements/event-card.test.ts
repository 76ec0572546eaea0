import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LecternEventCard } from '../../src/index.js';
import { part, partText, text } from '../helpers.js';

type Json = Record<string, unknown>;

const BASE_EVENT = {
  kind: 'Whitehall Paper Launch',
  start: '2016-01-19T18:00',
  end: '2016-01-19T19:30',
  time_zone: 'Europe/London',
  location: { name: 'RUSI', address: '61 Whitehall, London SW1A 2ET', url: 'https://maps.example/rusi' },
  registration: { url: 'https://rusi.org/register', availability: 'open' },
  online: { url: 'https://stream.example/live' },
  recording: { url: 'https://video.example/recording' },
};

function feed(event: Json | undefined, item: Json = {}): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Events',
    items: [
      {
        id: 'https://rusi.org/events/target-markets',
        url: 'https://rusi.org/events/target-markets',
        title: 'Target Markets',
        summary: 'A book launch.',
        content_text: 'First paragraph.\n\nSecond paragraph.',
        ...item,
        ...(event ? { _event: event } : {}),
      },
    ],
  });
}

interface Options {
  lang?: string;
  now?: string;
  reader?: string;
  attrs?: string;
}

/** A card inside a <lectern-feed> with an inline feed (no request), settled. */
async function card(event: Json | undefined, options: Options = {}, item: Json = {}): Promise<LecternEventCard> {
  const wrapper = await fixture(html`<div lang=${options.lang ?? 'en-GB'}></div>`);
  const provider = document.createElement('lectern-feed');
  if (options.now) provider.setAttribute('now', options.now);
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = feed(event, item);
  const template = document.createElement('template');
  template.innerHTML = `<lectern-event-card item="https://rusi.org/events/target-markets" reader-time-zone="${options.reader ?? 'Europe/London'}" ${options.attrs ?? ''}></lectern-event-card>`;
  provider.append(script, template.content);
  wrapper.append(provider);
  const el = wrapper.querySelector('lectern-event-card') as LecternEventCard;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="card"]'), 'card did not render');
  await el.updateComplete;
  return el;
}

const BEFORE = '2016-01-01T12:00:00Z';

describe('<lectern-event-card>: what it shows', () => {
  it('shows kind, linked title, summary and the description as paragraphs', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE });
    expect(partText(el, 'kind')).to.equal('Whitehall Paper Launch');
    const link = part(el, 'title-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://rusi.org/events/target-markets');
    expect(link.closest('h2')).to.exist;
    expect(partText(el, 'summary')).to.equal('A book launch.');
    const paragraphs = [...part(el, 'description')!.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['First paragraph.', 'Second paragraph.']);
    await expect(el).to.be.accessible();
  });

  it('shows content_html through the sanitiser: allowed markup kept, everything else gone', async () => {
    const el = await card(
      BASE_EVENT,
      { now: BEFORE },
      {
        content_text: undefined,
        content_html:
          '<p>Read <a href="https://rusi.org/x" onclick="window.__pwned=1">the paper</a>.</p><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><p><a href="javascript:window.__pwned=1">bad</a></p>',
      },
    );
    await waitUntil(() => part(el, 'description')?.querySelector('a'), 'rich description did not render');
    const description = part(el, 'description')!;
    const link = description.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://rusi.org/x');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
    expect(link.hasAttribute('onclick')).to.equal(false);
    expect(description.querySelector('script, img')).to.equal(null);
    expect([...description.querySelectorAll('a')].every((a) => !a.getAttribute('href')?.startsWith('javascript'))).to.equal(true);
    await aTimeout(20);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('does not repeat a summary that opens the description', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE }, { summary: 'First paragraph.' });
    expect(part(el, 'summary')).to.equal(null);
  });

  it('puts the title at heading-level', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE, attrs: 'heading-level="4"' });
    expect(el.shadowRoot!.querySelector('h4 [part="title-link"]')).to.exist;
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('shows the image with a fixed aspect ratio, lazily', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE }, { image: 'https://img.example/a.jpg' });
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.alt).to.equal('');
    expect(getComputedStyle(img).aspectRatio).to.equal('16 / 9');
  });

  it('shows the venue with a map link, and the attendance', async () => {
    const el = await card({ ...BASE_EVENT, attendance: 'mixed' }, { now: BEFORE });
    expect(partText(el, 'venue')).to.contain('RUSI, 61 Whitehall, London SW1A 2ET');
    expect((part(el, 'map-link') as HTMLAnchorElement).href).to.equal('https://maps.example/rusi');
    expect(partText(el, 'attendance')).to.equal('In person and online');
  });

  it('has decorative icons only: hidden from assistive technology, no text', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE });
    const icons = [...el.shadowRoot!.querySelectorAll('svg')];
    expect(icons.length).to.be.greaterThan(0);
    for (const svg of icons) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.textContent).to.equal('');
    }
  });
});

describe('<lectern-event-card>: missing fields', () => {
  it('renders tidily with nothing but an id and an event', async () => {
    const el = await card({}, { now: BEFORE }, { title: undefined, url: undefined, summary: undefined, content_text: undefined });
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    for (const name of ['kind', 'status', 'summary', 'description', 'venue', 'reader-time', 'previous', 'register', 'calendar-button', 'image']) {
      expect(part(el, name), name).to.equal(null);
    }
    expect(partText(el, 'when')).to.equal('Date to be announced');
    expect(partText(el, 'attendance')).to.equal('In person');
    expect(text(el)).not.to.match(/undefined|NaN|Invalid Date|\[object Object\]|null/);
    await expect(el).to.be.accessible();
  });

  it('shows a venue without a map link, and a title without a link', async () => {
    const el = await card({ ...BASE_EVENT, location: { name: 'RUSI' } }, { now: BEFORE }, { url: undefined });
    expect(partText(el, 'venue')).to.equal('RUSI');
    expect(part(el, 'map-link')).to.equal(null);
    expect(part(el, 'title-link')).to.equal(null);
    expect(partText(el, 'title')).to.equal('Target Markets');
  });

  it('shows no register button without a registration URL', async () => {
    const el = await card({ ...BASE_EVENT, registration: { availability: 'open' } }, { now: BEFORE });
    expect(part(el, 'register')).to.equal(null);
    expect(part(el, 'calendar-button')).to.exist;
  });
});

describe('<lectern-event-card>: dates and times', () => {
  it('writes the seed event in London winter time, with the zone as en-GB writes it', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE });
    expect(partText(el, 'when')).to.equal('Tuesday, 19 January 2016, 18:00–19:30 GMT');
    expect(part(el, 'when')!.querySelector('time')!.getAttribute('datetime')).to.equal('2016-01-19T18:00:00+00:00');
    expect(text(el)).not.to.match(/calendarclock|undefined|NaN|Invalid Date|\(GMT\)/);
  });

  it('writes summer time as BST', async () => {
    const el = await card({ ...BASE_EVENT, start: '2026-07-01T18:00', end: '2026-07-01T19:30' }, { now: BEFORE });
    expect(partText(el, 'when')).to.equal('Wednesday, 1 July 2026, 18:00–19:30 BST');
    expect(part(el, 'when')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-07-01T18:00:00+01:00');
  });

  it('follows the page language (en-US, French, German)', async () => {
    expect(partText(await card(BASE_EVENT, { now: BEFORE, lang: 'en-US' }), 'when')).to.match(/^Tuesday, January 19, 2016, 6:00\s?–\s?7:30\sPM GMT$/);
    expect(partText(await card(BASE_EVENT, { now: BEFORE, lang: 'fr' }), 'when')).to.match(/^mardi 19 janvier 2016, 18:00\s?–\s?19:30 UTC/);
    expect(partText(await card(BASE_EVENT, { now: BEFORE, lang: 'de' }), 'when')).to.match(/^Dienstag, 19\. Januar 2016, 18:00\s?–\s?19:30/);
  });

  it('falls back to the feed’s language when the page names none', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const had = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      wrapper.innerHTML = `<lectern-feed><script type="application/feed+json">${JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Veranstaltungen',
        language: 'de-DE',
        items: [{ id: 'x', title: 'Vortrag', content_text: 'x', _event: { start: '2016-01-19T18:00', time_zone: 'Europe/Berlin' } }],
      })}</script><lectern-event-card item="x" now="2016-01-01T00:00:00Z"></lectern-event-card></lectern-feed>`;
      const el = wrapper.querySelector('lectern-event-card') as LecternEventCard;
      await waitUntil(() => part(el, 'when'));
      expect(partText(el, 'when')).to.match(/^Dienstag, 19\. Januar 2016 um 18:00 MEZ$/);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('de-DE');
    } finally {
      if (had !== null) document.documentElement.setAttribute('lang', had);
    }
  });

  it('adds the reader’s own time when their clock differs', async () => {
    const paris = await card(BASE_EVENT, { now: BEFORE, reader: 'Europe/Paris' });
    expect(partText(paris, 'reader-time')).to.equal('19:00–20:30 your time (CET)');
    const london = await card(BASE_EVENT, { now: BEFORE, reader: 'Europe/London' });
    expect(part(london, 'reader-time')).to.equal(null);
    // Same offset as London in winter: no second line.
    const lisbon = await card(BASE_EVENT, { now: BEFORE, reader: 'Europe/Lisbon' });
    expect(part(lisbon, 'reader-time')).to.equal(null);
  });

  it('names the date when the reader’s day differs (Tokyo) or the event crosses their midnight (Kolkata)', async () => {
    const tokyo = await card(BASE_EVENT, { now: BEFORE, reader: 'Asia/Tokyo' });
    expect(partText(tokyo, 'reader-time')).to.match(/^Wed,? 20 January, 03:00\s?–\s?04:30 your time \(GMT\+9\)$/);
    const kolkata = await card(BASE_EVENT, { now: BEFORE, reader: 'Asia/Kolkata' });
    expect(partText(kolkata, 'reader-time')).to.match(/^Tue,? 19 January(,| at) 23:30\s?–\s?Wed,? 20 January(,| at) 01:00 your time \(GMT\+5:30\)$/);
  });

  it('an event that ends exactly at the reader’s midnight reads like the others, not as numeric dates', async () => {
    // 21 April 2026, 21:30–23:00 in London is 22:30–00:00 in Paris.
    const el = await card(
      { ...BASE_EVENT, start: '2026-04-21T21:30', end: '2026-04-21T23:00', time_zone: 'Europe/London' },
      { now: BEFORE, reader: 'Europe/Paris' },
    );
    const line = partText(el, 'reader-time');
    expect(line).not.to.match(/\d{2}\/\d{2}\/\d{4}/);
    expect(line).to.match(/^Tue,? 21 April(,| at) 22:30\s?–\s?Wed,? 22 April(,| at) 00:00 your time \(CEST\)$/);
  });

  it('shows events in other zones in their own zone: New York, Tokyo, Sydney in summer', async () => {
    const ny = await card(
      { ...BASE_EVENT, start: '2026-07-04T19:00', end: '2026-07-04T21:00', time_zone: 'America/New_York' },
      { now: BEFORE, lang: 'en-US', reader: 'America/New_York' },
    );
    expect(partText(ny, 'when')).to.match(/^Saturday, July 4, 2026, 7:00\s?–\s?9:00\sPM EDT$/);
    const tokyo = await card(
      { ...BASE_EVENT, start: '2026-05-01T10:00', end: '2026-05-01T12:00', time_zone: 'Asia/Tokyo' },
      { now: BEFORE, reader: 'Europe/London' },
    );
    expect(partText(tokyo, 'when')).to.equal('Friday, 1 May 2026, 10:00–12:00 GMT+9');
    expect(partText(tokyo, 'reader-time')).to.equal('02:00–04:00 your time (BST)');
    const sydney = await card(
      { ...BASE_EVENT, start: '2026-01-15T19:00', end: '2026-01-15T20:00', time_zone: 'Australia/Sydney' },
      { now: BEFORE, lang: 'en-AU', reader: 'Australia/Sydney' },
    );
    expect(partText(sydney, 'when')).to.match(/^Thursday,? 15 January 2026, 7:00\s?–\s?8:00\spm AEDT$/i);
  });

  it('moves a wall time in the spring-forward gap forward, and takes the earlier of a repeated hour', async () => {
    const gap = await card({ ...BASE_EVENT, start: '2026-03-29T01:30', end: '2026-03-29T03:00' }, { now: BEFORE });
    expect(partText(gap, 'when')).to.equal('Sunday, 29 March 2026, 02:30–03:00 BST');
    const repeat = await card({ ...BASE_EVENT, start: '2026-10-25T01:30', end: '2026-10-25T03:00' }, { now: BEFORE });
    expect(part(repeat, 'when')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-25T01:30:00+01:00');
  });

  it('reads instants with offsets without a time_zone', async () => {
    const el = await card({ start: '2026-06-01T09:00:00+05:30', end: '2026-06-01T10:00:00+05:30' }, { now: BEFORE, reader: 'Asia/Kolkata' });
    expect(partText(el, 'when')).to.equal('Monday, 1 June 2026, 09:00–10:00 GMT+5:30');
  });

  it('writes all-day and multi-day events without times', async () => {
    const one = await card({ start: '2027-03-04', time_zone: 'Europe/London' }, { now: BEFORE, reader: 'Asia/Tokyo' });
    expect(partText(one, 'when')).to.equal('Thursday, 4 March 2027');
    expect(part(one, 'reader-time')).to.equal(null);
    const two = await card({ start: '2016-01-19', end: '2016-01-20', time_zone: 'Europe/London' }, { now: BEFORE });
    expect(partText(two, 'when')).to.match(/^19\s?–\s?20 January 2016$/);
    expect(text(two)).not.to.contain('00:00');
  });

  it('says "Date to be announced" when there is no date, never an empty line or a stray zone', async () => {
    const el = await card({ kind: 'Lecture' }, { now: BEFORE });
    expect(partText(el, 'when')).to.equal('Date to be announced');
    expect(part(el, 'when')!.querySelector('time')).to.equal(null);
    expect(text(el)).not.to.match(/\(GMT\)|calendarclock|Add to calendar/);
    expect(el.shadowRoot!.querySelector('[part="calendar-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const fr = await card({ kind: 'Lecture' }, { now: BEFORE, lang: 'fr' });
    expect(partText(fr, 'when')).to.equal('Date à confirmer');
  });
});

describe('<lectern-event-card>: status', () => {
  it('marks a live event and offers the stream', async () => {
    const el = await card(BASE_EVENT, { now: '2016-01-19T18:30:00Z' });
    expect(partText(el, 'status')).to.equal('Live now');
    const join = part(el, 'join') as HTMLAnchorElement;
    expect(join.href).to.equal('https://stream.example/live');
    expect(join.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Join the live stream: Target Markets');
    expect(part(el, 'register')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks an ended event, offers the recording, and drops registration and calendar', async () => {
    const el = await card(BASE_EVENT, { now: '2016-01-20T09:00:00Z' });
    expect(partText(el, 'status')).to.equal('This event has ended');
    expect((part(el, 'recording') as HTMLAnchorElement).href).to.equal('https://video.example/recording');
    expect(part(el, 'register')).to.equal(null);
    expect(part(el, 'calendar-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks a cancelled event and withdraws registration', async () => {
    const el = await card({ ...BASE_EVENT, status: 'cancelled' }, { now: BEFORE });
    expect(partText(el, 'status')).to.equal('Cancelled');
    expect(part(el, 'register')).to.equal(null);
    // Its calendar file says STATUS:CANCELLED, so the button offers to update calendars, not add to them.
    expect(partText(el, 'calendar-button')).to.equal('Update your calendar');
    await expect(el).to.be.accessible();
  });

  it('a cancelled event offers the calendar file alone, and says web calendars must be updated by hand', async () => {
    const el = await card({ ...BASE_EVENT, status: 'cancelled' }, { now: BEFORE });
    expect(partText(el, 'calendar-note')).to.equal('Web calendars (Google, Outlook) must be updated by hand.');
    part<HTMLButtonElement>(el, 'calendar-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="calendar-option"]').length > 0, 'the menu did not open');
    const options = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="calendar-option"]')];
    // Google, Outlook.com and Microsoft 365 links would each add a second, live event.
    expect(options.map((a) => a.textContent!.trim())).to.deep.equal(['Apple Calendar, Outlook (.ics file)']);
    expect(options[0]!.hasAttribute('download')).to.equal(true);
    const ics = await (await fetch(options[0]!.href)).text();
    expect(ics).to.contain('METHOD:CANCEL').and.to.contain('STATUS:CANCELLED');
    await expect(el).to.be.accessible();
  });

  it('a scheduled event offers the file and the three web calendars, and no note', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE });
    expect(part(el, 'calendar-note')).to.equal(null);
    part<HTMLButtonElement>(el, 'calendar-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="calendar-option"]').length > 0, 'the menu did not open');
    expect(el.shadowRoot!.querySelectorAll('[part="calendar-option"]')).to.have.length(4);
  });

  it('marks a postponed event: the old date struck through, the new one to be announced', async () => {
    const el = await card({ ...BASE_EVENT, status: 'postponed' }, { now: BEFORE });
    expect(partText(el, 'status')).to.equal('Postponed');
    expect(partText(el, 'when')).to.equal('New date to be announced');
    const previous = part(el, 'previous')!;
    expect(previous.querySelector('del')!.textContent).to.contain('19 January 2016');
    expect(previous.textContent).to.contain('Previously:');
    expect(part(el, 'calendar-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks a rescheduled event and strikes through its previous date', async () => {
    const el = await card({ ...BASE_EVENT, status: 'rescheduled', previous_start: '2016-01-12T18:00' }, { now: BEFORE });
    expect(partText(el, 'status')).to.equal('Rescheduled');
    expect(partText(el, 'when')).to.contain('19 January 2016');
    const del = part(el, 'previous')!.querySelector('del')!;
    expect(del.textContent).to.equal('Tuesday, 12 January 2016 at 18:00 GMT');
    expect(del.querySelector('time')!.getAttribute('datetime')).to.equal('2016-01-12T18:00:00+00:00');
    await expect(el).to.be.accessible();
  });

  it('marks an event moved online: online attendance, no venue', async () => {
    const el = await card({ ...BASE_EVENT, status: 'moved-online' }, { now: BEFORE });
    expect(partText(el, 'status')).to.equal('Moved online');
    expect(partText(el, 'attendance')).to.equal('Online');
    expect(part(el, 'venue')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('re-renders by itself when the event starts and when it ends', async () => {
    const start = new Date(Date.now() + 400);
    const end = new Date(Date.now() + 900);
    const el = await card({ ...BASE_EVENT, start: start.toISOString(), end: end.toISOString() });
    expect(part(el, 'status')).to.equal(null);
    await waitUntil(() => partText(el, 'status') === 'Live now', 'did not go live', { timeout: 3000 });
    await waitUntil(() => partText(el, 'status') === 'This event has ended', 'did not end', { timeout: 3000 });
  });

  it('runs no clock when its provider fixes the time, even with the event’s start already in the real past', async () => {
    // Fixed at 2016-01-01; the event starts on 2016-01-19, long gone on the real clock.
    const el = await card(BASE_EVENT, { now: BEFORE });
    let updates = 0;
    const request = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => (updates++, request(...args));
    await aTimeout(400);
    expect(updates, 'the card re-rendered by itself').to.equal(0);
    expect(part(el, 'status')).to.equal(null);
  });
});

describe('<lectern-event-card>: registration', () => {
  const cases: [string, string, boolean][] = [
    ['open', 'Register: Target Markets', true],
    ['waitlist', 'Join the waitlist: Target Markets', true],
    ['full', 'Fully booked', false],
    ['closed', 'Registration closed', false],
    ['invitation', 'By invitation only', false],
  ];
  for (const [availability, label, isLink] of cases) {
    it(`availability "${availability}": ${label}`, async () => {
      const el = await card({ ...BASE_EVENT, registration: { url: 'https://rusi.org/register', availability } }, { now: BEFORE });
      const register = part(el, 'register')!;
      expect(register.textContent!.replace(/\s+/g, ' ').trim()).to.equal(label);
      expect(register instanceof HTMLAnchorElement).to.equal(isLink);
      if (!isLink) expect(register.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  }

  it('uses the feed’s own button text', async () => {
    const el = await card({ ...BASE_EVENT, registration: { url: 'https://rusi.org/register', label: 'Book a seat' } }, { now: BEFORE });
    expect(part(el, 'register')!.textContent).to.contain('Book a seat');
  });
});

describe('<lectern-event-card>: add to calendar', () => {
  async function openMenu(el: LecternEventCard) {
    const button = part(el, 'calendar-button') as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const menu = part(el, 'calendar-menu') as HTMLElement;
    await waitUntil(() => menu.matches(':popover-open'), 'menu did not open');
    await waitUntil(() => menu.contains(el.shadowRoot!.activeElement), 'focus did not move into the menu');
    return { button, menu };
  }

  it('opens an accessible menu with the four calendars, by keyboard', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE });
    const { button, menu } = await openMenu(el);
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const items = [...menu.querySelectorAll('[role="menuitem"]')] as HTMLAnchorElement[];
    expect(items.map((i) => i.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Apple Calendar, Outlook (.ics file)',
      'Google Calendar (opens in a new tab)',
      'Outlook.com (personal) (opens in a new tab)',
      'Microsoft 365 (work) (opens in a new tab)',
    ]);
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(items[3]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(items[3]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(menu.matches(':popover-open')).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('offers a downloadable .ics and links with the right instants', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE });
    const { menu } = await openMenu(el);
    const [ics, google, outlook, office] = [...menu.querySelectorAll('a')];
    expect(ics!.getAttribute('href')).to.match(/^blob:/);
    expect(ics!.getAttribute('download')).to.match(/\.ics$/);
    const body = await (await fetch(ics!.href)).text();
    expect(body).to.contain('DTSTART:20160119T180000Z').and.to.contain('DTEND:20160119T193000Z');
    expect(new URL(google!.href).searchParams.get('dates')).to.equal('20160119T180000Z/20160119T193000Z');
    expect(new URL(outlook!.href).hostname).to.equal('outlook.live.com');
    expect(new URL(office!.href).hostname).to.equal('outlook.office.com');
    expect(new URL(office!.href).searchParams.get('startdt')).to.equal('2016-01-19T18:00:00Z');
  });

  it('closes with Tab and when focus leaves', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE });
    // Something to Tab to after the card: past the page's last control, Firefox moves focus out of the
    // page into its own toolbar, and later keys would reach no page at all.
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    try {
      const { menu } = await openMenu(el);
      await sendKeys({ press: 'Tab' });
      await aTimeout(20);
      expect(menu.matches(':popover-open')).to.equal(false);
    } finally {
      after.remove();
    }
  });

  it('keeps the menu usable inside overflow: hidden (top layer)', async () => {
    const el = await card(BASE_EVENT, { now: BEFORE });
    el.parentElement!.parentElement!.style.cssText = 'overflow: hidden; height: 120px; transform: translateZ(0)';
    const { menu } = await openMenu(el);
    const r = menu.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + 10);
    expect(menu.contains(hit)).to.equal(true);
  });
});

describe('<lectern-event-card>: structured data', () => {
  it('adds one schema.org Event to the light DOM when asked, and none by default', async () => {
    const plain = await card(BASE_EVENT, { now: BEFORE });
    expect(plain.querySelector('script[type="application/ld+json"]')).to.equal(null);
    const el = await card(
      { ...BASE_EVENT, speakers: [{ name: 'Andrea Berger', job_title: 'Deputy Director', affiliation: 'RUSI' }] },
      { now: BEFORE, attrs: 'structured-data' },
      { title: 'Target </script><script>window.__pwned=1</script> Markets', image: 'https://img.example/a.jpg' },
    );
    // The JSON-LD builder is a chunk fetched on first use.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const scripts = el.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).to.equal(1);
    expect(scripts[0]!.textContent).not.to.contain('</script>');
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data['@type']).to.equal('Event');
    expect(data.name).to.contain('</script>');
    expect(data.startDate).to.equal('2016-01-19T18:00:00+00:00');
    expect(data.endDate).to.equal('2016-01-19T19:30:00+00:00');
    expect(data.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(data.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    expect(data.location).to.deep.include({ '@type': 'Place', name: 'RUSI' });
    expect(data.location.address.streetAddress).to.equal('61 Whitehall, London SW1A 2ET');
    expect(data.performer[0]).to.deep.include({ '@type': 'Person', name: 'Andrea Berger', jobTitle: 'Deputy Director' });
    expect(data.offers.url).to.equal('https://rusi.org/register');
    expect(data.image).to.deep.equal(['https://img.example/a.jpg']);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    el.structuredData = false;
    await el.updateComplete;
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });
});
