/**
 * The widgets follow the host page's colour scheme, not the reader's system: light on a page that
 * declares nothing (even for a reader whose system is dark), dark on `color-scheme: dark`, the reader's
 * on `color-scheme: light dark`; a `theme` attribute always wins. Read off the colours the browser
 * computed for the card's text and surface.
 */
import { expect } from '@open-wc/testing';

import '../../src/index.js';
import { media } from '../engine.js';
import { mount } from '../helpers.js';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Events',
  items: [{ id: 'e', title: 'Colours', content_text: 'x', _event: { start: '2030-03-10T18:00', time_zone: 'Europe/London' } }],
};
const LIGHT_TEXT = 'rgb(31, 35, 40)';
const DARK_TEXT = 'rgb(230, 237, 243)';

async function textColour(
  test: Mocha.Context,
  { page, reader, theme }: { page?: string; reader: 'light' | 'dark'; theme?: string },
): Promise<string> {
  await media({ colorScheme: reader }, test);
  document.documentElement.style.colorScheme = page ?? '';
  const [card] = await mount({ feed: FEED, now: '2030-01-01T00:00:00Z', theme, elements: ['lectern-event-card'] });
  return getComputedStyle(card!.shadowRoot!.querySelector('.root')!).color;
}

describe('the host page’s colour scheme decides, not the reader’s system', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await media({ colorScheme: 'light' });
  });

  // One test per reader, so that each runs in the engine run whose reader it needs (Firefox and WebKit
  // start light, then dark: scripts/engines.mjs), and every rule is proven in all three engines.
  const CASES: { name: string; page?: string; theme?: string; reader: 'light' | 'dark'; expected: string }[] = [
    { name: 'a page that declares nothing gets light widgets', reader: 'light', expected: LIGHT_TEXT },
    { name: 'a page that declares nothing gets light widgets, even for a reader whose system is dark', reader: 'dark', expected: LIGHT_TEXT },
    { name: 'a page that declares color-scheme: dark gets dark widgets for a light reader', page: 'dark', reader: 'light', expected: DARK_TEXT },
    { name: 'a page that declares color-scheme: dark gets dark widgets for a dark reader', page: 'dark', reader: 'dark', expected: DARK_TEXT },
    { name: 'a page that declares light dark follows a dark reader', page: 'light dark', reader: 'dark', expected: DARK_TEXT },
    { name: 'a page that declares light dark follows a light reader', page: 'light dark', reader: 'light', expected: LIGHT_TEXT },
    { name: 'theme="light" wins over a dark page and a dark reader', page: 'dark', reader: 'dark', theme: 'light', expected: LIGHT_TEXT },
    { name: 'theme="light" wins over a dark page for a light reader', page: 'dark', reader: 'light', theme: 'light', expected: LIGHT_TEXT },
    { name: 'theme="dark" wins over a light page and a light reader', page: 'light', reader: 'light', theme: 'dark', expected: DARK_TEXT },
    { name: 'theme="dark" wins on a page that declares nothing, for a dark reader', reader: 'dark', theme: 'dark', expected: DARK_TEXT },
  ];
  for (const c of CASES) {
    it(c.name, async function () {
      expect(await textColour(this, c)).to.equal(c.expected);
    });
  }
});
