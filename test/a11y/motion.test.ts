/**
 * prefers-reduced-motion: no smooth scrolling, no transitions or animations, no autoplay.
 */
import { expect, waitUntil } from '@open-wc/testing';

import { mount, part, shadowElements } from './fixtures.js';
import { media } from '../engine.js';

const elements = [
  'lectern-event-card',
  'lectern-speaker-list',
  'lectern-publication-card',
  'lectern-related-carousel pagination autoplay interval="2000"',
];

/** Every element (and ::before/::after) that would move: a transition or animation longer than zero. */
function moving(els: HTMLElement[]): string[] {
  const out: string[] = [];
  for (const el of els) {
    for (const e of [el, ...shadowElements(el)]) {
      for (const pseudo of [undefined, '::before', '::after']) {
        const s = getComputedStyle(e, pseudo);
        const long = (v: string) => v.split(',').some((d) => parseFloat(d) > 0);
        if ((long(s.transitionDuration) && s.transitionProperty !== 'none') || (s.animationName !== 'none' && long(s.animationDuration))) {
          out.push(`${el.localName} ${e.localName}.${e.className}${pseudo ?? ''}`);
        }
      }
    }
  }
  return out;
}

describe('a11y: prefers-reduced-motion', () => {
  afterEach(async () => {
    await media({ reducedMotion: 'no-preference' }, this);
  });

  it('the carousel scrolls smoothly only when the reader has no preference', async function () {
    await media({ reducedMotion: 'no-preference' }, this);
    const [, , , carousel] = await mount({ elements });
    expect(getComputedStyle(part(carousel!, 'track')!).scrollBehavior).to.equal('smooth');
  });

  it('reduce: no smooth scrolling, no transitions or animations, no autoplay, and Next jumps at once', async function () {
    await media({ reducedMotion: 'reduce' }, this);
    const els = await mount({ elements, width: '24em' });
    const carousel = els[3]!;
    const track = part(carousel, 'track')!;
    expect(getComputedStyle(track).scrollBehavior).to.equal('auto');
    expect(moving(els)).to.deep.equal([]);
    // Autoplay was asked for, but never starts under reduced motion: the button offers to start it.
    expect(part(carousel, 'rotation')!.textContent!.trim()).to.equal('Start rotation');
    part(carousel, 'next')!.click();
    await waitUntil(() => track.scrollLeft > 0, 'did not move', { timeout: 200 });
    const first = track.scrollLeft;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(track.scrollLeft, 'no animation after the jump').to.equal(first);
  });
});
