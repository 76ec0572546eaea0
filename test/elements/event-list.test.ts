import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { LecternEventList } from '../../src/index.js';
import { listFeed, NOW } from '../a11y/fixtures.js';
import { feedUrl, mount, part, parts, partText, settled, uniqueKey } from '../helpers.js';

type Json = Record<string, unknown>;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Element) => parts(el, 'title').map((t) => clean(t.textContent));

/** A list in a <lectern-feed> with the list feed (or `feed`), at `now` (default NOW.upcoming). */
async function list(attrs = '', options: { feed?: Json; now?: string; lang?: string; width?: string } = {}): Promise<LecternEventList> {
  const [el] = await mount({
    feed: options.feed ?? (await listFeed()),
    elements: [`lectern-event-list ${attrs}`],
    now: options.now ?? NOW.upcoming,
    lang: options.lang ?? 'en-GB',
    width: options.width,
  });
  await waitUntil(() => part(el!, 'list'), 'list did not render');
  return el as LecternEventList;
}

describe('<lectern-event-list>', () => {
  it('lists the events that have not ended, soonest first, the undated last, as an ordered list', async () => {
    const el = await list();
    expect(titles(el)).to.deep.equal([
      'Sanctions Enforcement at Sea',
      'Target Markets: North Korea’s Military Customers in the Sanctions Era',
      'Security in the High North',
      'Sanctions Symposium (sample)',
      'Maritime Security Roundtable',
    ]);
    const ol = el.shadowRoot!.querySelector('ol')!;
    expect(ol.getAttribute('part')).to.equal('entries');
    expect([...ol.children].every((li) => li.localName === 'li')).to.equal(true);
    // The section heading at heading-level (2), the entries' titles one below.
    expect(part(el, 'heading')!.localName).to.equal('h2');
    expect(partText(el, 'heading')).to.equal('Upcoming events');
    expect(parts(el, 'title').every((t) => t.localName === 'h3')).to.equal(true);
  });

  it('gives each entry a calendar leaf, its kind, a linked title, the time in its zone, the venue or "Online"', async () => {
    const el = await list();
    const entry = parts(el, 'entry')[1]!;
    const q = (name: string) => entry.querySelector(`[part~="${name}"]`) as HTMLElement;
    expect(q('leaf').getAttribute('aria-hidden')).to.equal('true');
    expect([...q('leaf').children].map((c) => c.textContent)).to.deep.equal(['Jan', '19']);
    expect(clean(q('kind').textContent)).to.equal('Whitehall Paper Launch');
    expect(q('title-link').getAttribute('href')).to.equal('https://rusi.org/events/target-markets');
    // The date for screen readers (the leaf is hidden from them), the time in London with its abbreviation.
    expect(clean(q('when').textContent)).to.equal('Tue, 19 Jan 2027, 18:00–19:30 GMT');
    expect(q('when').querySelector('time')!.getAttribute('datetime')).to.equal('2027-01-19T18:00:00+00:00');
    expect(clean(q('venue').textContent)).to.equal('RUSI');
    // The online webinar: New York time, "Online", fully booked.
    const webinar = parts(el, 'entry')[0]!;
    expect(clean(webinar.querySelector('[part~="when"]')!.textContent)).to.equal('Tue, 12 Jan 2027, 15:00–16:00 GMT-5');
    expect(clean(webinar.querySelector('[part~="venue"]')!.textContent)).to.equal('Online');
    expect(clean(webinar.querySelector('[part~="status"]')!.textContent)).to.equal('Fully booked');
    // Cancelled, and undated.
    expect(clean(parts(el, 'entry')[2]!.querySelector('[part~="status"]')!.textContent)).to.equal('Cancelled');
    // An all-day event by its date alone, and one with no date yet.
    expect(clean(parts(el, 'entry')[3]!.querySelector('[part~="when"]')!.textContent)).to.equal('Thu, 4 Mar 2027');
    expect(clean(parts(el, 'entry')[4]!.querySelector('[part~="when"]')!.textContent)).to.equal('Date to be announced');
    expect([...parts(el, 'leaf')[4]!.children].map((c) => c.textContent)).to.deep.equal(['?']);
  });

  it('badges an event that is on now "Live now", and every other status the card knows', async () => {
    const el = await list('', { now: NOW.live });
    const live = parts(el, 'entry').find((e) => e.textContent!.includes('Target Markets'))!;
    expect(clean(live.querySelector('[part~="status"]')!.textContent)).to.equal('Live now');
    const feed = await listFeed();
    const items = feed['items'] as { _event?: Json; title: string }[];
    const statuses = ['postponed', 'rescheduled', 'moved-online'];
    items
      .filter((i) => i._event && i.title !== 'Maritime Security Roundtable')
      .forEach((i, n) => void (n < 3 && (i._event!['status'] = statuses[n])));
    const el2 = await list('show="all"', { feed });
    const badges = parts(el2, 'status').map((b) => clean(b.textContent));
    for (const label of ['Postponed', 'Rescheduled', 'Moved online']) expect(badges).to.include(label);
  });

  it('show="past" lists ended events, most recent first, with their recordings', async () => {
    const el = await list('show="past"');
    expect(partText(el, 'heading')).to.equal('Past events');
    expect(titles(el)).to.deep.equal(['Deterrence After Ukraine', 'The Future of UN Panels']);
    const recording = part(el, 'recording')!;
    expect(recording.getAttribute('href')).to.equal('https://video.example/1');
    expect(clean(recording.textContent)).to.equal('Watch the recording: Deterrence After Ukraine');
    expect(parts(el, 'recording')).to.have.length(1);
  });

  it('show="all" lists both under two headings, upcoming first', async () => {
    const el = await list('show="all" heading-level="3"');
    expect(parts(el, 'heading').map((h) => [h.localName, clean(h.textContent)])).to.deep.equal([
      ['h3', 'Upcoming events'],
      ['h3', 'Past events'],
    ]);
    expect(titles(el)).to.have.length(7);
    expect(parts(el, 'title').every((t) => t.localName === 'h4')).to.equal(true);
  });

  it('filters by kind and by tag, ignoring case', async () => {
    expect(titles(await list('kind="whitehall paper launch"'))).to.deep.equal([
      'Target Markets: North Korea’s Military Customers in the Sanctions Era',
    ]);
    expect(titles(await list('tag="arctic"'))).to.deep.equal(['Security in the High North']);
    expect(titles(await list('show="past" kind="Book launch"'))).to.deep.equal(['The Future of UN Panels']);
  });

  it('max cuts the list and links "More events" to home_page_url, or to more-href', async () => {
    const el = await list('max="2"');
    expect(titles(el)).to.have.length(2);
    expect(part(el, 'more')!.getAttribute('href')).to.equal('https://rusi.org/events');
    expect(partText(el, 'more')).to.equal('More events');
    const own = await list('max="2" more-href="/events/all"');
    expect(part(own, 'more')!.getAttribute('href')).to.equal('/events/all');
    // Not cut: no link.
    expect(part(await list('max="10"'), 'more')).to.equal(null);
    // The link goes through the allow-list like every feed URL.
    const hostile = await list('max="1" more-href="javascript:alert(1)"');
    expect(part(hostile, 'more')).to.equal(null);
  });

  it('group-by="month" puts the entries under month headings, the undated under "Date to be announced"', async () => {
    const el = await list('group-by="month"');
    expect(parts(el, 'month').map((h) => [h.localName, clean(h.textContent)])).to.deep.equal([
      ['h3', 'January 2027'],
      ['h3', 'February 2027'],
      ['h3', 'March 2027'],
      ['h3', 'Date to be announced'],
    ]);
    expect(parts(el, 'title').every((t) => t.localName === 'h4')).to.equal(true);
    const lists = parts(el, 'entries');
    expect(lists.map((l) => l.children.length)).to.deep.equal([2, 1, 1, 1]);
  });

  it('follows the clock: an event that ends while the page is open leaves the upcoming list', async () => {
    const start = new Date(Date.now() - 60_000).toISOString();
    const end = new Date(Date.now() + 1500).toISOString();
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Events',
      items: [
        { id: 'a', title: 'Ending soon', content_text: 'x', _event: { start, end } },
        { id: 'b', title: 'Next week', content_text: 'x', _event: { start: '2099-01-01T10:00:00Z' } },
      ],
    };
    const [el] = await mount({ feed, elements: ['lectern-event-list show="all"'] });
    await waitUntil(() => part(el!, 'list'));
    const sections = () => parts(el!, 'section').map((s) => [...s.querySelectorAll('[part~="title"]')].map((t) => clean(t.textContent)));
    expect(sections()).to.deep.equal([['Ending soon', 'Next week'], []]);
    expect(clean(part(el!, 'status')!.textContent)).to.equal('Live now');
    await waitUntil(() => sections()[1]!.length === 1, 'the ended event did not move', { timeout: 4000 });
    expect(sections()).to.deep.equal([['Next week'], ['Ending soon']]);
  });

  it('follows the clock: an event that starts while the page is open gets its "Live now" badge', async () => {
    const start = new Date(Date.now() + 1000).toISOString();
    const end = new Date(Date.now() + 3_600_000).toISOString();
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Events',
      items: [{ id: 'a', title: 'Starting soon', content_text: 'x', _event: { start, end } }],
    };
    const [el] = await mount({ feed, elements: ['lectern-event-list'] });
    await waitUntil(() => part(el!, 'list'));
    expect(titles(el!)).to.deep.equal(['Starting soon']);
    expect(part(el!, 'status')).to.equal(null);
    await waitUntil(() => partText(el!, 'status') === 'Live now', 'the event did not go live', { timeout: 4000 });
  });

  it('runs no clock when its provider fixes the time, even with the next start already in the real past', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Events',
      items: [{ id: 'a', title: 'Long ago', content_text: 'x', _event: { start: '2016-01-19T18:00:00Z' } }],
    };
    const [el] = await mount({ feed, elements: ['lectern-event-list'], now: '2016-01-01T00:00:00Z' });
    await waitUntil(() => part(el!, 'list'));
    const list = el as LecternEventList;
    let updates = 0;
    const request = list.requestUpdate.bind(list);
    list.requestUpdate = (...args: Parameters<typeof list.requestUpdate>) => (updates++, request(...args));
    await aTimeout(400);
    expect(updates, 'the list re-rendered by itself').to.equal(0);
    expect(titles(list)).to.deep.equal(['Long ago']);
  });

  it('shows the error state for a missing feed (404), and Try again loads it once it is there', async () => {
    const key = uniqueKey('list-404');
    const el = await fixture<LecternEventList>(html`<lectern-event-list src=${feedUrl({ key, status: 404, failFirst: 1 })}></lectern-event-list>`);
    await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 8000 });
    expect(partText(el, 'error')).to.equal('This content could not be loaded. Please try again later. Try again');
    await expect(el).to.be.accessible();
    part(el, 'retry')!.click();
    await waitUntil(() => part(el, 'list'), 'Try again did not load the feed', { timeout: 8000 });
    expect(titles(el).length).to.be.greaterThan(0);
  });

  it('says "No upcoming events" and offers the past ones when there are some', async () => {
    const el = await list('kind="Book launch"');
    expect(partText(el, 'empty')).to.equal('No upcoming events');
    const button = part(el, 'show-past')!;
    expect(clean(button.textContent)).to.equal('Show past events');
    button.focus();
    button.click();
    await waitUntil(() => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['The Future of UN Panels']);
    expect(el.getAttribute('show')).to.equal('past');
    // Focus is not lost with the button: it moves to the first entry.
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'title-link'), 'focus was lost');
    // No past events either: no button.
    const none = await list('kind="Nothing"');
    expect(partText(none, 'empty')).to.equal('No upcoming events');
    expect(part(none, 'show-past')).to.equal(null);
  });

  it('works alone with src, in French, and shows the error state with a retry for a broken feed', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr">
      <lectern-event-list src=${feedUrl({ key: uniqueKey('list') })} now="2026-01-01T00:00:00Z"></lectern-event-list>
    </div>`);
    const el = wrapper.querySelector('lectern-event-list')!;
    await settled(el);
    await waitUntil(() => part(el, 'list'));
    expect(partText(el, 'heading')).to.equal('Événements à venir');
    expect(clean(part(el, 'when')!.textContent)).to.match(/^mar\. 19 janv\. 2027, 18:00\s?–\s?19:30 UTC(\+0)?$/);
    const broken = await fixture<HTMLElement>(html`<lectern-event-list src="/api/feed?status=500"></lectern-event-list>`);
    await waitUntil(() => part(broken, 'error'), 'no error state', { timeout: 8000 });
    expect(part(broken, 'retry')).to.not.equal(null);
  });

  it('reserves space while the feed loads, and never shows undefined, NaN or Invalid Date', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 30em">
      <lectern-event-list src=${feedUrl({ key: uniqueKey('slow'), delay: 800 })}></lectern-event-list>
    </div>`);
    const el = wrapper.querySelector('lectern-event-list')!;
    await waitUntil(() => part(el, 'pending'));
    // 20em of 16px: the list's usual height, the same before and after its view has arrived.
    expect(part(el, 'pending')!.getBoundingClientRect().height).to.be.closeTo(320, 1);
    await settled(el);
    const weird = await list('show="all" group-by="month"');
    expect(weird.shadowRoot!.textContent).not.to.match(/undefined|NaN|Invalid Date|\[object/);
  });

  it('lays out one column in a sidebar and two from about 720 px', async () => {
    const narrow = await list('', { width: '300px' });
    const wide = await list('', { width: '800px' });
    const columns = (el: Element) => getComputedStyle(part(el, 'entries')!).gridTemplateColumns.split(' ').length;
    expect(columns(narrow)).to.equal(1);
    expect(columns(wide)).to.equal(2);
  });

  it('lists a feed of 5,000 events with the default cap of 50 and a link to more', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      content_text: 'x',
      _event: { start: new Date(Date.UTC(2030, 0, 1) + i * 3_600_000).toISOString() },
    }));
    const el = await list('', { feed: { version: 'https://jsonfeed.org/version/1.1', title: 'Many', home_page_url: 'https://example.org/', items } });
    expect(parts(el, 'entry')).to.have.length(50);
    expect(titles(el)[0]).to.equal('Event 0');
    expect(part(el, 'more')!.getAttribute('href')).to.equal('https://example.org/');
    await aTimeout(0);
  });
});
