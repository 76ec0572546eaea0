/**
 * Focus is never lost when content re-renders: a feed that arrives again (the same document loaded
 * fresh, or a provider refreshed), a carousel that re-renders as it scrolls, a bio that opens.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LecternFeed } from '../../src/index.js';
import { scrollSettled } from '../helpers.js';

const LONG = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of a long biography.`).join(' ');
const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Events',
  items: [
    {
      id: 'e',
      title: 'Event',
      content_text: 'x',
      _event: {
        start: '2030-01-01T10:00',
        time_zone: 'Europe/London',
        registration: { url: 'https://example.org/register' },
        speakers: [{ name: 'Andrea Berger', bio: LONG }],
        related: ['a', 'b', 'c', 'd', 'e2'],
      },
    },
    ...['a', 'b', 'c', 'd', 'e2'].map((id) => ({ id, url: `https://example.org/${id}`, title: `Item ${id}`, content_text: 'x' })),
  ],
});

async function mount() {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB" style="inline-size: 40em"></div>`);
  const provider = document.createElement('lectern-feed') as LecternFeed;
  provider.setAttribute('item', 'e');
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = FEED;
  const t = document.createElement('template');
  t.innerHTML =
    '<lectern-event-card></lectern-event-card><lectern-speaker-list></lectern-speaker-list><lectern-related-carousel slides-per-view="2"></lectern-related-carousel>';
  provider.append(script, t.content);
  wrapper.append(provider);
  const get = (tag: string) => wrapper.querySelector(tag)!.shadowRoot!;
  await waitUntil(
    () => get('lectern-related-carousel').querySelector('[part="next"]') && get('lectern-speaker-list').querySelector('[part="bio-toggle"]'),
  );
  return { provider, script, get };
}

describe('focus survives re-renders', () => {
  it('when the provider reads its feed again (same or changed text)', async () => {
    const { provider, script, get } = await mount();
    const register = get('lectern-event-card').querySelector<HTMLElement>('[part="register"]')!;
    register.focus();
    script.textContent = FEED.replace('"title":"Events"', '"title":"Events, updated"');
    provider.refresh();
    await aTimeout(50);
    expect(get('lectern-event-card').activeElement).to.equal(register);
    expect(register.isConnected).to.equal(true);
  });

  it('when the carousel re-renders while it scrolls', async () => {
    const { get } = await mount();
    const next = get('lectern-related-carousel').querySelector<HTMLElement>('[part="next"]')!;
    next.focus();
    const track = get('lectern-related-carousel').querySelector('[part="track"]')!;
    await sendKeys({ press: 'Enter' });
    await scrollSettled(track);
    await sendKeys({ press: 'ArrowRight' });
    await scrollSettled(track);
    expect(get('lectern-related-carousel').activeElement).to.equal(next);
  });

  it('when a bio opens and closes', async () => {
    const { get } = await mount();
    const toggle = get('lectern-speaker-list').querySelector<HTMLElement>('[part="bio-toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await aTimeout(50);
    expect(get('lectern-speaker-list').activeElement).to.equal(toggle);
  });
});
