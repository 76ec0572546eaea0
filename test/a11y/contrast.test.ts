/**
 * Colour: the default tokens in light and dark (prefers-color-scheme, and the `theme` attribute that
 * forces either), and WCAG contrast of every default pair, measured on the colours the browser
 * computed for the rendered parts: text ≥ 4.5:1, UI (borders, dots, focus ring) ≥ 3:1.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  NOW,
  backgroundOf,
  contrast,
  deepActive,
  label,
  eventFeed,
  mount,
  part,
  parts,
  rgba,
  scheme,
  textContrast,
  textElements,
  type Scheme,
} from './fixtures.js';

const TEXT = 4.5;
const UI = 3;

const luminance = (c: string) => {
  const [r, g, b] = rgba(c);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

/** Lightness of what is behind an element (0 black, 1 white). */
const bgLuminance = (e: Element) => luminance(`rgb(${backgroundOf(e).slice(0, 3).join(',')})`);

interface Mode {
  name: string;
  media: Scheme;
  theme?: 'light' | 'dark';
  dark: boolean;
}

const MODES: Mode[] = [
  { name: 'light (the reader prefers light)', media: 'light', dark: false },
  { name: 'dark (the reader prefers dark)', media: 'dark', dark: true },
  { name: 'theme="dark" while the reader prefers light', media: 'light', theme: 'dark', dark: true },
  { name: 'theme="light" while the reader prefers dark', media: 'dark', theme: 'light', dark: false },
];

afterEach(async () => {
  await scheme('light');
});

describe('a11y: dark mode and the theme attribute', () => {
  it('prefers-color-scheme: dark switches every default token', async function () {
    await scheme('dark', this);
    // The light reference through theme="light", so the test needs only the dark reader (Firefox and
    // WebKit run it in their dark-reader pass).
    const [lightCard] = await mount({ theme: 'light', elements: ['lectern-event-card'] });
    const light = {
      surface: getComputedStyle(part(lightCard!, 'card')!).backgroundColor,
      text: getComputedStyle(part(lightCard!, 'title')!).color,
    };
    const [card, speakers, , carousel] = await mount({
      elements: [
        'lectern-event-card reader-time-zone="America/New_York"',
        'lectern-speaker-list',
        'lectern-publication-card',
        'lectern-related-carousel pagination',
      ],
    });
    const s = (e: Element | null | undefined) => getComputedStyle(e!);
    expect(luminance(light.surface)).to.be.above(0.9);
    expect(luminance(s(part(card!, 'card')).backgroundColor), 'surface').to.be.below(0.15);
    expect(luminance(s(part(card!, 'title')).color), 'text').to.be.above(0.8);
    expect(luminance(s(part(card!, 'reader-time')).color), 'muted').to.be.above(0.5);
    expect(s(part(card!, 'register')).backgroundColor, 'accent').to.not.equal('rgb(140, 29, 64)');
    expect(s(part(card!, 'card')).borderTopColor, 'border').to.not.equal('rgb(208, 215, 222)');
    expect(s(part(speakers!, 'role')).backgroundColor, 'pending').to.not.equal('rgb(243, 244, 246)');
    // Headings outside a card sit on the element's own dark surface, not on the (light) page.
    expect(bgLuminance(part(speakers!, 'heading')!)).to.be.below(0.15);
    expect(luminance(s(part(carousel!, 'previous')).color)).to.be.above(0.5);
  });

  it('theme on <lectern-feed> reaches every element inside; theme on an element overrides it; the property reflects', async function () {
    await scheme('light', this);
    // Needs no particular reader: the dark step below comes from the page declaring dark.
    const [card, list] = await mount({ theme: 'dark', elements: ['lectern-event-card', 'lectern-speaker-list theme="light"'] });
    expect(luminance(getComputedStyle(part(card!, 'card')!).backgroundColor)).to.be.below(0.15);
    expect(bgLuminance(part(list!, 'heading')!)).to.be.above(0.9);
    const el = card as HTMLElement & { theme?: string };
    el.theme = 'light';
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.getAttribute('theme')).to.equal('light');
    expect(luminance(getComputedStyle(part(card!, 'card')!).backgroundColor)).to.be.above(0.9);
    document.documentElement.style.colorScheme = 'dark';
    el.removeAttribute('theme');
    expect(luminance(getComputedStyle(part(card!, 'card')!).backgroundColor), 'inherits dark from the feed again').to.be.below(0.15);
    (card!.parentElement as HTMLElement & { theme?: string }).theme = 'light';
    await (card!.parentElement as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(card!.parentElement!.getAttribute('theme')).to.equal('light');
    expect(luminance(getComputedStyle(part(card!, 'card')!).backgroundColor), 'forced light under a dark preference').to.be.above(0.9);
  });
});

for (const mode of MODES) {
  describe(`a11y: contrast of every default colour pair, ${mode.name}`, () => {
    beforeEach(async function () {
      await scheme(mode.media, this);
    });

    it('every piece of text in every element is ≥ 4.5:1 against what is behind it', async () => {
      const els = [
        ...(await mount({
          theme: mode.theme,
          elements: [
            'lectern-event-card reader-time-zone="America/New_York"',
            'lectern-speaker-list group-by-role',
            'lectern-publication-card',
            'lectern-related-carousel pagination autoplay',
          ],
        })),
        ...(await mount({ theme: mode.theme, now: NOW.live, elements: ['lectern-event-card', 'lectern-speaker-list layout="grid"'] })),
        ...(await mount({
          theme: mode.theme,
          feed: await eventFeed({ status: 'rescheduled', previous_start: '2026-12-01T18:00' }),
          elements: ['lectern-event-card', 'lectern-speaker-list layout="compact"'],
        })),
        ...(await mount({ theme: mode.theme, feed: await eventFeed({ registration: { availability: 'full' } }), elements: ['lectern-event-card'] })),
        ...(await mount({ theme: mode.theme, item: 'missing', elements: ['lectern-event-card'] })),
      ];
      const failures: string[] = [];
      let checked = 0;
      for (const el of els) {
        for (const e of textElements(el)) {
          checked++;
          const ratio = textContrast(e);
          if (ratio < TEXT) failures.push(`${label(e)}: ${ratio}:1`);
        }
      }
      expect(checked).to.be.above(60);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });

    it('named pairs: text, muted, accent, accent-contrast on accent, status and live on the surface', async () => {
      const [card, speakers, book, carousel] = await mount({
        theme: mode.theme,
        elements: [
          'lectern-event-card reader-time-zone="America/New_York"',
          'lectern-speaker-list',
          'lectern-publication-card',
          'lectern-related-carousel pagination',
        ],
      });
      const [live] = await mount({ theme: mode.theme, now: NOW.live, elements: ['lectern-event-card'] });
      const [cancelled] = await mount({ theme: mode.theme, feed: await eventFeed({ status: 'cancelled' }), elements: ['lectern-event-card'] });
      const pairs: [string, HTMLElement | null][] = [
        ['text on surface', card!.shadowRoot!.querySelector('.title')],
        ['text on surface (speaker name)', part(speakers!, 'name')],
        ['muted on surface', part(card!, 'reader-time')],
        ['muted on surface (publisher)', part(book!, 'publisher')],
        ['muted on pending (role badge)', part(speakers!, 'role')],
        ['accent on surface', part(card!, 'kind')],
        ['accent on surface (link)', part(book!, 'title-link')],
        ['accent on surface (carousel button)', part(carousel!, 'next')],
        ['accent-contrast on accent', part(card!, 'register')],
        ['accent-contrast on accent (cover placeholder)', part(book!, 'cover-placeholder')],
        ['accent-contrast on accent (slide without an image)', part(carousel!, 'placeholder')],
        ['status on surface', part(cancelled!, 'status')],
        ['live on surface', part(live!, 'status')],
      ];
      for (const [name, e] of pairs) {
        expect(e, name).to.exist;
        expect(textContrast(e!), `${name}: ${label(e!)}`).to.be.at.least(TEXT);
      }
      // The dark scheme is really dark, the light one really light.
      expect(bgLuminance(part(card!, 'card')!) < 0.5, 'scheme').to.equal(mode.dark);
    });

    it('UI: borders of secondary buttons, status badges and carousel dots are ≥ 3:1; the focus ring too', async () => {
      const [card, , carousel] = await mount({
        theme: mode.theme,
        elements: ['lectern-event-card', 'lectern-speaker-list', 'lectern-related-carousel pagination'],
      });
      const [cancelled] = await mount({ theme: mode.theme, feed: await eventFeed({ status: 'cancelled' }), elements: ['lectern-event-card'] });
      const border = (e: HTMLElement, pseudo?: string) => {
        const s = getComputedStyle(e, pseudo);
        expect(parseFloat(s.borderTopWidth), label(e)).to.be.at.least(1);
        return contrast(s.borderTopColor, backgroundOf(e, false));
      };
      expect(border(part(card!, 'calendar-button')!), 'calendar button border').to.be.at.least(UI);
      expect(border(part(carousel!, 'next')!), 'carousel button border').to.be.at.least(UI);
      expect(border(part(cancelled!, 'status')!), 'status badge border').to.be.at.least(UI);
      const dots = parts(carousel!, 'page');
      expect(dots.length).to.be.above(1);
      for (const dot of dots) expect(border(dot, '::before'), 'page dot').to.be.at.least(UI);
      const current = dots.find((d) => d.getAttribute('aria-current') === 'true')!;
      expect(contrast(getComputedStyle(current, '::before').backgroundColor, backgroundOf(current)), 'current page dot').to.be.at.least(UI);

      // The focus ring, as a keyboard user sees it: Tab to the first control.
      part(card!, 'title-link')!.focus();
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => deepActive() && deepActive() !== part(card!, 'title-link'), 'focus did not move');
      const focused = deepActive() as HTMLElement;
      const s = getComputedStyle(focused);
      expect(s.outlineStyle).to.not.equal('none');
      expect(contrast(s.outlineColor, backgroundOf(focused, false)), `focus ring on ${label(focused)}`).to.be.at.least(UI);
    });

    it('the calendar menu (in the top layer) keeps its contrast', async () => {
      const [card] = await mount({ theme: mode.theme, elements: ['lectern-event-card'] });
      part(card!, 'calendar-button')!.click();
      await waitUntil(() => parts(card!, 'calendar-option').length === 4, 'menu did not open');
      for (const option of parts(card!, 'calendar-option')) expect(textContrast(option), label(option)).to.be.at.least(TEXT);
      const menu = part(card!, 'calendar-menu')!;
      expect(luminance(getComputedStyle(menu).backgroundColor) < 0.5).to.equal(mode.dark);
    });
  });
}
