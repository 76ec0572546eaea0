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

  it('a page that declares nothing gets light widgets, even for a reader whose system is dark', async function () {
    expect(await textColour(this, { reader: 'dark' })).to.equal(LIGHT_TEXT);
    expect(await textColour(this, { reader: 'light' })).to.equal(LIGHT_TEXT);
  });

  it('a page that declares color-scheme: dark gets dark widgets, whatever the reader’s system', async function () {
    expect(await textColour(this, { page: 'dark', reader: 'light' })).to.equal(DARK_TEXT);
  });

  it('a page that declares light dark follows the reader', async function () {
    expect(await textColour(this, { page: 'light dark', reader: 'dark' })).to.equal(DARK_TEXT);
    expect(await textColour(this, { page: 'light dark', reader: 'light' })).to.equal(LIGHT_TEXT);
  });

  it('theme="light" or theme="dark" on <lectern-feed> always wins', async function () {
    expect(await textColour(this, { page: 'dark', reader: 'dark', theme: 'light' })).to.equal(LIGHT_TEXT);
    expect(await textColour(this, { reader: 'light', theme: 'dark' })).to.equal(DARK_TEXT);
  });
});
