/**
 * Visible focus (WCAG 2.4.7, 2.4.11, 2.4.13): every control of every element, reached with the
 * keyboard (Tab, and the arrow keys inside the calendar menu), shows an outline at least 2px thick
 * with at least 3:1 contrast against what is behind it, not clipped by an `overflow` ancestor, in
 * light, dark and forced colours.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backgroundOf, contrast, deepActive, label, eventFeed, mount, part, parts, scheme, type Scheme } from './fixtures.js';

/** Why the focus indicator of the focused element falls short, or undefined when it is fine. */
function focusProblem(e: HTMLElement): string | undefined {
  const s = getComputedStyle(e);
  const width = parseFloat(s.outlineWidth);
  if (s.outlineStyle === 'none' || s.outlineStyle === 'hidden' || width < 2) return `outline ${s.outlineStyle} ${s.outlineWidth}`;
  const offset = parseFloat(s.outlineOffset);
  // An outline drawn inside the element sits on its own background; outside, on its parent's.
  const ratio = contrast(s.outlineColor, backgroundOf(e, offset < 0));
  if (ratio < 3) return `outline ${s.outlineColor} is ${ratio}:1 against its background`;
  // Not cut off by an ancestor that clips (overflow other than visible), inside the shadow tree.
  const r = e.getBoundingClientRect();
  const grow = offset + width;
  // (A popover is in the top layer: nothing around it in the tree clips it.)
  const top = e.closest(':popover-open');
  for (let n = e.parentElement; n; n = n === top ? null : n.parentElement) {
    const o = getComputedStyle(n);
    if (o.overflowX === 'visible' && o.overflowY === 'visible') continue;
    const c = n.getBoundingClientRect();
    const clipped = r.left - grow < c.left - 0.5 || r.right + grow > c.right + 0.5 || r.top - grow < c.top - 0.5 || r.bottom + grow > c.bottom + 0.5;
    if (clipped) return `outline clipped by ${label(n)}`;
  }
  return undefined;
}

const frame = () => new Promise((r) => requestAnimationFrame(r));

async function settledScroll(e: Element): Promise<void> {
  const track = (e.getRootNode() as ShadowRoot).querySelector?.('[part="track"]');
  if (!track?.contains(e)) return;
  // Until the focused slide is in view (its ring 4px inside the track) and the track stood still for 3
  // frames (WebKit's smooth scroll passes through "in view" well before it stops), or stood still for 10.
  let last = NaN;
  let still = 0;
  for (let i = 0; i < 120 && still < 10; i++) {
    await frame();
    still = track.scrollLeft === last ? still + 1 : 0;
    last = track.scrollLeft;
    const r = e.getBoundingClientRect();
    const t = track.getBoundingClientRect();
    if (r.left - 4 >= t.left && r.right + 4 <= t.right && still >= 3) return;
  }
}

/** Tabs from a button before the elements to a button after them; returns every control focused on the way. */
async function tabThrough(els: HTMLElement[]): Promise<{ stops: HTMLElement[]; problems: string[] }> {
  const before = document.createElement('button');
  before.textContent = 'before';
  const after = document.createElement('button');
  after.textContent = 'after';
  els[0]!.parentElement!.before(before);
  els[0]!.parentElement!.after(after);
  before.focus();
  const stops: HTMLElement[] = [];
  const problems: string[] = [];
  for (let i = 0; i < 80; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive() as HTMLElement;
    if (active === after) break;
    // Focus moving into a slide scrolls it into view (smoothly): measure once the track stands still.
    await settledScroll(active);
    stops.push(active);
    const problem = focusProblem(active);
    if (problem) problems.push(`${label(active)}: ${problem}`);
  }
  before.remove();
  after.remove();
  return { stops, problems };
}

const SCHEMES: Scheme[] = ['light', 'dark', 'forced'];

afterEach(async () => {
  await scheme('light');
});

for (const s of SCHEMES) {
  describe(`a11y: visible keyboard focus, ${s}`, () => {
    beforeEach(async function () {
      await scheme(s, this);
    });

    it('every control of every element, by Tab', async () => {
      const els = await mount({
        elements: ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel pagination autoplay'],
        width: '60em',
      });
      const { stops, problems } = await tabThrough(els);
      const names = new Set(stops.map((e) => e.getAttribute('part')));
      for (const p of [
        'title-link',
        'map-link',
        'register',
        'calendar-button',
        'bio-toggle',
        'excerpt',
        'offer',
        'rotation',
        'previous',
        'next',
        'title',
        'page',
      ]) {
        expect(names.has(p), `Tab reached [part=${p}]`).to.be.true;
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it('the join and recording links, the speaker name links and the Try again button', async () => {
      const live = await mount({ now: '2027-01-19T18:30:00Z', elements: ['lectern-event-card'] });
      const feed = await eventFeed();
      feed['items'][0]._event.speakers[0].url = 'https://example.org/andrea';
      const ended = await mount({ feed, now: '2027-02-01T12:00:00Z', elements: ['lectern-event-card', 'lectern-speaker-list layout="grid"'] });
      const broken = await mount({ providerSrc: '/api/feed?status=500', elements: ['lectern-event-card'] });
      const a = await tabThrough(live);
      const b = await tabThrough(ended);
      const stops = [...a.stops, ...b.stops];
      const problems = [...a.problems, ...b.problems];
      const names = new Set(stops.map((e) => e.getAttribute('part')));
      for (const p of ['join', 'recording', 'name-link']) expect(names.has(p), `Tab reached [part=${p}]`).to.be.true;
      expect(problems, problems.join('\n')).to.deep.equal([]);
      const retry = await tabThrough(broken);
      expect(retry.stops.map((e) => e.getAttribute('part'))).to.include('retry');
      expect(retry.problems, retry.problems.join('\n')).to.deep.equal([]);
    });

    it('the calendar menu items, by the arrow keys', async () => {
      const [card] = await mount({ elements: ['lectern-event-card'] });
      part(card!, 'register')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(part(card!, 'calendar-button'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => parts(card!, 'calendar-option').includes(deepActive() as HTMLElement), 'menu did not take focus');
      const problems: string[] = [];
      for (let i = 0; i < 4; i++) {
        const active = deepActive() as HTMLElement;
        const problem = focusProblem(active);
        if (problem) problems.push(`${label(active)}: ${problem}`);
        await sendKeys({ press: 'ArrowDown' });
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
    });
  });
}
