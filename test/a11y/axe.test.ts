/**
 * axe-core (WCAG A/AA, colour contrast included) on every element in every state, in light, dark and
 * forced colours.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { eventFeed, listFeed, mount, NOW, part, parts, scheme, type MountOptions, type Scheme } from './fixtures.js';

interface State {
  name: string;
  options: () => Promise<MountOptions>;
  /** Something to do once rendered (open a menu, expand a biography…). */
  act?: (els: HTMLElement[]) => Promise<void>;
}

const all = [
  'lectern-event-card reader-time-zone="America/New_York"',
  'lectern-speaker-list',
  'lectern-publication-card',
  'lectern-related-carousel',
];

const STATES: State[] = [
  { name: 'upcoming, every element', options: async () => ({ elements: all }) },
  { name: 'live', options: async () => ({ now: NOW.live, elements: all }) },
  { name: 'ended', options: async () => ({ now: NOW.ended, elements: all }) },
  ...(['cancelled', 'postponed', 'rescheduled', 'moved-online'] as const).map((status) => ({
    name: status,
    options: async () => ({
      feed: await eventFeed({ status, previous_start: status === 'rescheduled' ? '2026-12-01T18:00' : undefined }),
      elements: ['lectern-event-card'],
    }),
  })),
  ...(['waitlist', 'full', 'closed', 'invitation'] as const).map((availability) => ({
    name: `registration ${availability}`,
    options: async () => ({
      feed: await eventFeed({ registration: { url: 'https://example.org/r', availability } }),
      elements: ['lectern-event-card'],
    }),
  })),
  {
    name: 'date to be announced',
    options: async () => ({ feed: await eventFeed({ start: undefined, end: undefined }), elements: ['lectern-event-card'] }),
  },
  {
    name: 'calendar menu open',
    options: async () => ({ elements: ['lectern-event-card'] }),
    act: async ([card]) => {
      part(card!, 'calendar-button')!.click();
      await waitUntil(() => parts(card!, 'calendar-option').length === 4);
    },
  },
  { name: 'speakers as a grid, grouped by role', options: async () => ({ elements: ['lectern-speaker-list layout="grid" group-by-role'] }) },
  { name: 'speakers compact', options: async () => ({ elements: ['lectern-speaker-list layout="compact"'] }) },
  {
    name: 'speaker biography expanded',
    options: async () => ({ elements: ['lectern-speaker-list'] }),
    act: async ([list]) => {
      await waitUntil(() => part(list!, 'bio-toggle'));
      part(list!, 'bio-toggle')!.click();
    },
  },
  {
    name: 'carousel with pagination and autoplay, after Next',
    options: async () => ({ elements: ['lectern-related-carousel pagination autoplay'], width: '30em' }),
    act: async ([carousel]) => {
      part(carousel!, 'next')!.click();
      await waitUntil(() => carousel!.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim(), 'no announcement', { timeout: 3000 });
    },
  },
  {
    name: 'event list: upcoming and past, by month, cut',
    options: async () => ({ feed: await listFeed(), elements: ['lectern-event-list show="all" group-by="month" max="3"'] }),
  },
  { name: 'event list, one live', options: async () => ({ feed: await listFeed(), now: NOW.live, elements: ['lectern-event-list'], width: '20em' }) },
  {
    name: 'event list: none upcoming, past offered',
    options: async () => ({ feed: await listFeed(), elements: ['lectern-event-list tag="Books"'] }),
  },
  { name: 'item not in the feed', options: async () => ({ item: 'missing', elements: all }) },
  { name: 'broken feed (Try again)', options: async () => ({ providerSrc: '/api/feed?status=500', elements: ['lectern-event-card'] }) },
];

const SCHEMES: Scheme[] = ['light', 'dark', 'forced'];

after(async () => {
  await scheme('light');
});

for (const s of SCHEMES) {
  describe(`a11y: axe, ${s}`, () => {
    before(async function () {
      await scheme(s, this);
    });
    for (const state of STATES) {
      it(state.name, async () => {
        const els = await mount(await state.options());
        await state.act?.(els);
        for (const el of els) await expect(el).to.be.accessible();
      });
    }
    it('while loading (the placeholder)', async () => {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<lectern-feed src="/api/feed?delay=3000&key=${Math.random()}"><lectern-event-card></lectern-event-card><lectern-speaker-list></lectern-speaker-list></lectern-feed>`;
      document.body.append(wrapper);
      try {
        const card = wrapper.querySelector('lectern-event-card')!;
        await waitUntil(() => card.shadowRoot?.querySelector('[part="pending"]'));
        for (const el of wrapper.querySelectorAll('lectern-event-card, lectern-speaker-list')) await expect(el).to.be.accessible();
      } finally {
        wrapper.remove();
      }
    });
  });
}
