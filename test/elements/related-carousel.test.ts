import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { media } from '../engine.js';
import type { LecternRelatedCarousel } from '../../src/index.js';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import { feedUrl, part as anyPart, parts, scrollSettled, settled, text, uniqueKey } from '../helpers.js';

type Json = Record<string, unknown>;

function items(n: number, extra: (i: number) => Json = () => ({})): Json[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `item-${i + 1}`,
    url: `https://example.org/${i + 1}`,
    title: `Item ${i + 1}`,
    summary: `Summary of item ${i + 1}.`,
    content_text: 'x',
    date_published: `2026-0${(i % 9) + 1}-15T09:00:00Z`,
    tags: ['Commentary'],
    ...extra(i),
  }));
}

function feed(list: Json[], related?: string[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Feed',
    items: [
      {
        id: 'event',
        title: 'Event',
        content_text: 'x',
        _event: { start: '2030-01-01T10:00', time_zone: 'Europe/London', ...(related ? { related } : {}) },
      },
      ...list,
    ],
  });
}

interface Options {
  attrs?: string;
  width?: string;
  dir?: string;
}

async function carousel(json: string, { attrs = '', width = '48em', dir = 'ltr' }: Options = {}): Promise<LecternRelatedCarousel> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  wrapper.style.inlineSize = width;
  wrapper.dir = dir;
  const provider = document.createElement('lectern-feed');
  provider.setAttribute('item', 'event');
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = json;
  const template = document.createElement('template');
  template.innerHTML = `<lectern-related-carousel ${attrs}></lectern-related-carousel>`;
  provider.append(script, template.content);
  wrapper.append(provider);
  const el = wrapper.querySelector('lectern-related-carousel') as LecternRelatedCarousel;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="track"]'), 'carousel did not render');
  await el.updateComplete;
  await aTimeout(0);
  return el;
}

/** Every part this suite reads is rendered once the carousel is. */
const part = (el: Element, name: string) => anyPart(el, name)!;
const titles = (el: Element) => parts(el, 'title').map((a) => a.textContent);
const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live]')!;

describe('<lectern-related-carousel>: content', () => {
  before(() => media({ reducedMotion: 'reduce' }));
  after(() => media({ reducedMotion: 'no-preference' }));

  it('shows the seed event’s related items in feed order under "Explore…", from the sample feed', async () => {
    const wrapper = await fixture(html`<div lang="en-GB">
      <lectern-feed src=${feedUrl({ key: uniqueKey('related') })} item="https://rusi.org/events/target-markets">
        <lectern-related-carousel heading="Explore our related content"></lectern-related-carousel>
      </lectern-feed>
    </div>`);
    const el = wrapper.querySelector('lectern-related-carousel')!;
    await settled(el);
    expect(titles(el)).to.deep.equal([
      'Enforcing Sanctions at Sea (sample)',
      'A Decade of the UN Arms Embargo (sample)',
      'Countering Proliferation Finance (sample)',
      'Podcast: Following North Korea’s Trade (sample)',
      'Sanctions Symposium (sample)',
    ]);
    expect(part(el, 'heading').textContent!.trim()).to.equal('Explore our related content');
    await expect(el).to.be.accessible();
  });

  it('falls back to the feed’s other items, newest first, and honours max', async () => {
    const el = await carousel(feed(items(5)), { attrs: 'max="3"' });
    expect(titles(el)).to.deep.equal(['Item 5', 'Item 4', 'Item 3']);
  });

  it('shows every item of any plain JSON Feed 1.0 given as its own src', async () => {
    const blog = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'A blog',
      home_page_url: 'https://blog.example/',
      items: [
        {
          id: '2',
          url: 'https://blog.example/2',
          title: 'Second post',
          content_html: '<p>Hi</p>',
          date_published: '2026-02-01T10:00:00+01:00',
          author: { name: 'A' },
        },
        { id: '1', url: 'https://blog.example/1', title: 'First post', content_text: 'Hi', date_published: '2026-01-01T10:00:00Z' },
        { id: '3', external_url: 'https://elsewhere.example/3', content_text: 'A link post', summary: 'A link post' },
      ],
    });
    const wrapper = await fixture(
      html`<div lang="en-GB"><lectern-related-carousel src=${feedUrl({ key: uniqueKey('blog'), body: blog })}></lectern-related-carousel></div>`,
    );
    const el = wrapper.querySelector('lectern-related-carousel')!;
    await settled(el);
    expect(titles(el)).to.deep.equal(['Second post', 'First post', 'A link post']);
    expect(parts(el, 'title')[2]!.getAttribute('href')).to.equal('https://elsewhere.example/3');
    expect(parts(el, 'date').map((d) => d.textContent)).to.deep.equal(['1 February 2026', '1 January 2026']);
  });

  it('builds each slide: image or placeholder, label, linked title, date, summary', async () => {
    const list = items(3, (i) =>
      i === 0
        ? { image: '/test/fixtures/portrait.png' }
        : i === 1
          ? { tags: undefined, _event: { start: '2027-03-04', time_zone: 'Europe/London' } }
          : { tags: [], summary: undefined, date_published: undefined, _book: { publisher: 'P' } },
    );
    const el = await carousel(feed(list, ['item-1', 'item-2', 'item-3']));
    const slides = parts(el, 'slide');
    expect(slides[0]!.querySelector('[part="image"]')!.getAttribute('loading')).to.equal('lazy');
    // No image: a typographic tile of the slide's label on the accent colour, not an empty grey box.
    const tile = slides[1]!.querySelector<HTMLElement>('[part="placeholder"]')!;
    expect(tile.textContent).to.equal('Event');
    expect(tile.getAttribute('aria-hidden'), 'the label is read once, from the body').to.equal('true');
    expect(getComputedStyle(tile).backgroundColor, 'the default accent, #8c1d40').to.equal('rgb(140, 29, 64)');
    expect(tile.getBoundingClientRect().height).to.be.closeTo((tile.getBoundingClientRect().width * 9) / 16, 1);
    expect(slides.map((s) => s.querySelector('[part="label"]')?.textContent)).to.deep.equal(['Commentary', 'Event', 'Publication']);
    expect(slides[1]!.querySelector('[part="date"]')!.textContent).to.equal('4 March 2027');
    expect(slides[2]!.querySelector('[part="date"], [part="summary"]')).to.equal(null);
    expect(text(el)).not.to.match(/undefined|NaN|Invalid Date|\[object Object\]/);
    await expect(el).to.be.accessible();
  });

  it('renders feed text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await carousel(feed(items(2, () => ({ title: evil, summary: evil, tags: [evil], url: 'javascript:window.__pwned=1' }))));
    expect(el.shadowRoot!.querySelector('.slide img, script')).to.equal(null);
    expect(text(el)).to.contain(evil);
    expect(parts(el, 'title')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('has a default heading, an overridable one, or none (then the region keeps a name)', async () => {
    const plain = await carousel(feed(items(2)));
    expect(part(plain, 'heading').textContent!.trim()).to.equal('Related content');
    const none = await carousel(feed(items(2)), { attrs: 'heading=""' });
    expect(parts(none, 'heading')).to.have.length(0);
    expect(none.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Related content');
    await expect(none).to.be.accessible();
  });
});

describe('<lectern-related-carousel>: behaviour', () => {
  before(() => media({ reducedMotion: 'reduce' }));
  after(() => media({ reducedMotion: 'no-preference' }));

  it('follows the APG semantics: a labelled region of "n of N" slide groups, and no clones', async () => {
    const el = await carousel(feed(items(12)));
    const region = el.shadowRoot!.querySelector('section')!;
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal('Related content');
    expect(region.getAttribute('aria-label')).to.equal(null);
    const slides = parts(el, 'slide');
    expect(slides).to.have.length(12);
    expect(slides[2]!.getAttribute('role')).to.equal('group');
    expect(slides[2]!.getAttribute('aria-roledescription')).to.equal('slide');
    expect(slides[2]!.getAttribute('aria-label')).to.equal('3 of 12');
    expect(el.shadowRoot!.querySelector('[inert]')).to.equal(null);
  });

  it('pages with the buttons, disables them at the ends, and announces the position politely', async () => {
    const el = await carousel(feed(items(7)), { width: '48em' });
    const track = part(el, 'track');
    const [prev, next] = [part(el, 'previous'), part(el, 'next')];
    expect(prev.getAttribute('aria-disabled')).to.equal('true');
    expect(next.getAttribute('aria-disabled')).to.equal('false');
    expect(live(el).getAttribute('aria-live')).to.equal('polite');
    next.click();
    await waitUntil(() => live(el).textContent === 'Items 4 to 6 of 7', `announced "${live(el).textContent}"`);
    expect(track.scrollLeft).to.be.greaterThan(0);
    expect(prev.getAttribute('aria-disabled')).to.equal('false');
    next.click();
    await waitUntil(() => next.getAttribute('aria-disabled') === 'true', 'next not disabled at the end');
    const atEnd = track.scrollLeft;
    next.click();
    await aTimeout(50);
    // Within a pixel: WebKit's smooth scroll may settle a subpixel later.
    expect(track.scrollLeft).to.be.closeTo(atEnd, 1);
    await expect(el).to.be.accessible();
  });

  it('re-renders its controls as it scrolls but leaves the slides alone, until what they show changes', async () => {
    const el = await carousel(feed(items(7)), { width: '48em' });
    const track = part(el, 'track');
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    for (const slide of parts(el, 'slide')) watch.observe(slide, { subtree: true, childList: true, attributes: true, characterData: true });
    part(el, 'next').click();
    await waitUntil(() => live(el).textContent === 'Items 4 to 6 of 7', `announced "${live(el).textContent}"`);
    await scrollSettled(track);
    expect(part(el, 'previous').getAttribute('aria-disabled'), 'the controls follow the scroll').to.equal('false');
    expect([...changes, ...watch.takeRecords()], 'no slide changed while the carousel scrolled').to.deep.equal([]);
    // A new heading level changes the slides' titles: they are made again.
    el.headingLevel = 4;
    await el.updateComplete;
    expect([...changes, ...watch.takeRecords()].length).to.be.greaterThan(0);
    expect(part(el, 'card-title').localName).to.equal('h5');
    watch.disconnect();
  });

  it('shows no scrollbar under the slides (the buttons, keys and touch scroll them), and stays scrollable', async () => {
    const el = await carousel(feed(items(8)));
    const track = part(el, 'track');
    expect(getComputedStyle(track).scrollbarWidth).to.equal('none');
    expect(track.offsetHeight - track.clientHeight, 'no room taken by a scrollbar').to.equal(0);
    expect(getComputedStyle(track).overflowX).to.equal('auto');
    expect(track.scrollWidth).to.be.greaterThan(track.clientWidth);
  });

  it('moves by one slide with the arrow keys on the controls, and to the ends with Home and End', async () => {
    const el = await carousel(feed(items(8)));
    const track = part(el, 'track');
    const step = parts(el, 'slide')[1]!.offsetLeft - parts(el, 'slide')[0]!.offsetLeft;
    part(el, 'next').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => Math.abs(track.scrollLeft - step) < 2, `scrollLeft ${track.scrollLeft}, step ${step}`);
    await sendKeys({ press: 'End' });
    await waitUntil(() => part(el, 'next').getAttribute('aria-disabled') === 'true');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => track.scrollLeft === 0);
    await sendKeys({ press: 'ArrowLeft' });
    await aTimeout(30);
    expect(track.scrollLeft).to.equal(0);
  });

  it('reaches every slide link with Tab, scrolling the focused one into view', async () => {
    const el = await carousel(feed(items(6)), { width: '30em' });
    const track = part(el, 'track');
    const links = parts(el, 'title');
    links[4]!.focus();
    await waitUntil(() => {
      const t = track.getBoundingClientRect();
      const r = links[4]!.getBoundingClientRect();
      return r.left >= t.left - 1 && r.right <= t.right + 1;
    }, 'focused slide not scrolled into view');
    part(el, 'next').focus();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push(el.shadowRoot!.activeElement?.textContent ?? '');
    }
    expect(seen).to.deep.equal(['Item 6', 'Item 5', 'Item 4', 'Item 3', 'Item 2', 'Item 1']);
  });

  it('fits slides to the container: one in a sidebar, four in a wide band, or slides-per-view', async () => {
    const count = async (width: string, attrs = '') => {
      const el = await carousel(feed(items(8)), { width, attrs });
      const track = part(el, 'track');
      return Math.round(track.clientWidth / parts(el, 'slide')[0]!.getBoundingClientRect().width);
    };
    expect(await count('18em')).to.equal(1);
    expect(await count('64em')).to.equal(4);
    expect(await count('64em', 'slides-per-view="2"')).to.equal(2);
  });

  it('wraps with loop by scrolling back to the start', async () => {
    const el = await carousel(feed(items(4)), { attrs: 'loop slides-per-view="2"' });
    const track = part(el, 'track');
    part(el, 'next').click();
    await waitUntil(() => track.scrollLeft > 0);
    expect(part(el, 'next').getAttribute('aria-disabled')).to.equal('false');
    part(el, 'next').click();
    await waitUntil(() => track.scrollLeft === 0, 'did not wrap to the start');
    expect(parts(el, 'slide')).to.have.length(4);
  });

  it('scrolls and labels the right way in a right-to-left page', async () => {
    const el = await carousel(feed(items(6)), { dir: 'rtl', attrs: 'slides-per-view="2"' });
    const track = part(el, 'track');
    const [prev, next] = [part(el, 'previous'), part(el, 'next')];
    // The previous button sits on the right, next on the left.
    expect(prev.getBoundingClientRect().left).to.be.greaterThan(next.getBoundingClientRect().left);
    next.click();
    await waitUntil(() => track.scrollLeft < 0, 'next did not scroll towards the left');
    prev.focus();
    await sendKeys({ press: 'Home' });
    await waitUntil(() => track.scrollLeft === 0);
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => track.scrollLeft < 0, 'ArrowLeft did not move forward in RTL');
  });

  it('shows page buttons with pagination, the current one marked', async () => {
    const el = await carousel(feed(items(6)), { attrs: 'pagination slides-per-view="2"' });
    const pages = parts(el, 'page');
    expect(pages.map((p) => p.getAttribute('aria-label'))).to.deep.equal(['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
    expect(pages[0]!.getAttribute('aria-current')).to.equal('true');
    pages[2]!.click();
    await waitUntil(() => parts(el, 'page')[2]!.getAttribute('aria-current') === 'true');
    await expect(el).to.be.accessible();
  });

  it('shows at most 100 items unless max says otherwise (a feed of thousands makes no thousands of slides)', async () => {
    const el = await carousel(feed(items(250)));
    expect(parts(el, 'slide')).to.have.length(100);
  });

  it('renders 1,000 items with content-visibility', async function () {
    const el = await carousel(feed(items(1000)), { attrs: 'max="1000"' });
    expect(parts(el, 'slide')).to.have.length(1000);
    expect(getComputedStyle(parts(el, 'slide')[500]!).contentVisibility).to.equal('auto');
  });
});

describe('<lectern-related-carousel>: autoplay', () => {
  // Rotation runs on setInterval; only that is faked, so Lit's updates, waitUntil and the browser's own
  // smooth scrolling keep real time while the test moves the rotation clock by hand.
  let clock: SinonFakeTimers | undefined;
  const fakeInterval = () => (clock = useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    await media({ reducedMotion: 'no-preference' }, this);
  });

  it('does not rotate unless asked', async function () {
    await media({ reducedMotion: 'no-preference' }, this);
    fakeInterval();
    const el = await carousel(feed(items(6)));
    expect(parts(el, 'rotation')).to.have.length(0);
    expect(clock!.countTimers()).to.equal(0);
  });

  it('rotates once per interval (never faster than 2 s), and wraps to the start', async function () {
    await media({ reducedMotion: 'no-preference' }, this);
    fakeInterval();
    const el = await carousel(feed(items(4)), { attrs: 'autoplay interval="500" slides-per-view="2"' });
    const track = part(el, 'track');
    clock!.tick(1999);
    await scrollSettled(track);
    expect(track.scrollLeft, 'a 500 ms interval is raised to the 2 s floor').to.equal(0);
    clock!.tick(1);
    await scrollSettled(track);
    expect(track.scrollLeft).to.be.greaterThan(0);
    clock!.tick(2000);
    await scrollSettled(track);
    expect(track.scrollLeft, 'wraps from the last page to the first').to.equal(0);
  });

  it('with autoplay: a pause button first in tab order; rotation stops on hover and stays stopped until play', async function () {
    await media({ reducedMotion: 'no-preference' }, this);
    fakeInterval();
    const el = await carousel(feed(items(6)), { attrs: 'autoplay interval="2000" slides-per-view="2"' });
    const track = part(el, 'track');
    const rotation = part(el, 'rotation');
    expect(rotation.textContent!.trim()).to.equal('Stop rotation');
    const focusable = [...el.shadowRoot!.querySelectorAll('button, a')];
    expect(focusable[0]).to.equal(rotation);
    expect(live(el).getAttribute('aria-live')).to.equal('off');
    clock!.tick(2000);
    await scrollSettled(track);
    const rotatedTo = track.scrollLeft;
    expect(rotatedTo, 'did not rotate').to.be.greaterThan(0);
    el.shadowRoot!.querySelector('section')!.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(rotation.textContent!.trim()).to.equal('Start rotation');
    expect(live(el).getAttribute('aria-live')).to.equal('polite');
    el.shadowRoot!.querySelector('section')!.dispatchEvent(new MouseEvent('mouseleave'));
    clock!.tick(10_000);
    await scrollSettled(track);
    expect(track.scrollLeft, 'moved after the reader stopped it').to.equal(rotatedTo);
    rotation.click();
    await el.updateComplete;
    expect(rotation.textContent!.trim()).to.equal('Stop rotation');
    clock!.tick(2000);
    await scrollSettled(track);
    expect(track.scrollLeft, 'play resumes rotation').not.to.equal(rotatedTo);
    await expect(el).to.be.accessible();
  });

  it('stops for good when keyboard focus enters', async function () {
    await media({ reducedMotion: 'no-preference' }, this);
    fakeInterval();
    const el = await carousel(feed(items(6)), { attrs: 'autoplay' });
    part(el, 'next').focus();
    await el.updateComplete;
    expect(part(el, 'rotation').textContent!.trim()).to.equal('Start rotation');
    expect(clock!.countTimers(), 'the rotation timer is cleared').to.equal(0);
  });

  it('never starts under prefers-reduced-motion: reduce', async function () {
    await media({ reducedMotion: 'reduce' }, this);
    fakeInterval();
    const el = await carousel(feed(items(6)), { attrs: 'autoplay interval="2000"' });
    expect(part(el, 'rotation').textContent!.trim()).to.equal('Start rotation');
    clock!.tick(10_000);
    await scrollSettled(part(el, 'track'));
    expect(part(el, 'track').scrollLeft).to.equal(0);
  });

  it('clears its timer when it leaves the page', async function () {
    await media({ reducedMotion: 'no-preference' }, this);
    fakeInterval();
    const el = await carousel(feed(items(6)), { attrs: 'autoplay' });
    expect(clock!.countTimers()).to.equal(1);
    el.remove();
    expect(clock!.countTimers()).to.equal(0);
  });
});
