/**
 * Right to left: with `dir="rtl"` (or only `lang="ar"`), every element mirrors: logical properties
 * put icons, portraits, covers, buttons and the calendar menu on the other side, the carousel runs
 * from the right and its arrows point the other way; the text is Arabic, and axe is clean.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { msg } from '../../src/i18n/messages.js';
import { listFeed, mount, part, parts, scheme, type Scheme } from './fixtures.js';

const ALL = [
  'lectern-event-card reader-time-zone="America/New_York"',
  'lectern-speaker-list',
  'lectern-publication-card',
  'lectern-related-carousel pagination',
];

const rect = (e: Element) => e.getBoundingClientRect();
const centre = (e: Element) => (rect(e).left + rect(e).right) / 2;

/**
 * Which way a chevron points on screen. ‹ and › are bidi-mirrored characters: in right-to-left text
 * the browser draws the mirror glyph; a transform with a negative x scale flips it once more.
 */
function pointsRight(arrow: Element): boolean {
  const glyph = arrow.textContent!.trim();
  const s = getComputedStyle(arrow);
  const matrix = new DOMMatrixReadOnly(s.transform === 'none' ? undefined : s.transform);
  const flips = (s.direction === 'rtl' ? 1 : 0) + (matrix.a < 0 ? 1 : 0);
  return (glyph === '›') !== (flips % 2 === 1);
}

/** Positions that must swap sides between left to right and right to left (true: the first is on the right). */
async function layout(dir: 'ltr' | 'rtl', lang: string) {
  const [card, speakers, book, carousel] = await mount({ elements: ALL, lang, dir: dir === 'rtl' ? 'rtl' : undefined, width: '48em' });
  const when = part(card!, 'when')!;
  const previous = part(carousel!, 'previous')!;
  const next = part(carousel!, 'next')!;
  const track = part(carousel!, 'track')!;
  part(card!, 'calendar-button')!.click();
  await waitUntil(() => parts(card!, 'calendar-option').length === 4, 'menu did not open');
  const button = rect(part(card!, 'calendar-button')!);
  const menu = rect(part(card!, 'calendar-menu')!);
  const result = {
    direction: getComputedStyle(part(card!, 'card')!).direction,
    iconBeforeWhen: centre(when.querySelector('svg')!) > centre(when.querySelector('time')!),
    readerIndentOnRight: parseFloat(getComputedStyle(part(card!, 'reader-time')!).paddingRight) > 0,
    registerRightOfCalendar: centre(part(card!, 'register')!) > centre(part(card!, 'calendar-button')!),
    // Anchored at the button's right edge rather than its left (exact alignment: see the skipped test below).
    menuOnRight: Math.abs(menu.right - button.right) < Math.abs(menu.left - button.left),
    portraitRightOfName: centre(part(speakers!, 'initials') ?? part(speakers!, 'portrait')!) > centre(part(speakers!, 'name')!),
    roleRightOfName: centre(part(speakers!, 'role')!) < centre(part(speakers!, 'name')!),
    coverRightOfBody: centre(part(book!, 'cover-placeholder')!) > centre(part(book!, 'body')!),
    previousRightOfNext: centre(previous) > centre(next),
    firstSlideOnRight: Math.abs(rect(track.children[0]!).right - rect(track).right) < 2,
    previousPointsRight: pointsRight(previous.querySelector('.arrow')!),
    nextPointsRight: pointsRight(next.querySelector('.arrow')!),
    els: [card!, speakers!, book!, carousel!],
  };
  part(card!, 'calendar-button')!.click();
  return result;
}

describe('a11y: right to left', () => {
  it('left to right (the reference)', async () => {
    const l = await layout('ltr', 'en');
    expect(l.direction).to.equal('ltr');
    expect({ ...l, els: undefined }).to.deep.equal({
      direction: 'ltr',
      iconBeforeWhen: false,
      readerIndentOnRight: false,
      registerRightOfCalendar: false,
      menuOnRight: false,
      portraitRightOfName: false,
      roleRightOfName: false,
      coverRightOfBody: false,
      previousRightOfNext: false,
      firstSlideOnRight: false,
      previousPointsRight: false,
      nextPointsRight: true,
      els: undefined,
    });
  });

  for (const [name, lang, dir] of [
    ['dir="rtl" lang="ar"', 'ar', 'rtl'],
    ['lang="ar" alone (the element sets the direction)', 'ar', undefined],
    ['dir="rtl" lang="he" (Hebrew falls back to English text, right to left)', 'he', 'rtl'],
  ] as const) {
    it(`${name}: everything mirrors`, async () => {
      const r = await layout(dir ?? ('' as 'rtl'), lang);
      expect({ ...r, els: undefined }).to.deep.equal({
        direction: 'rtl',
        iconBeforeWhen: true,
        readerIndentOnRight: true,
        registerRightOfCalendar: true,
        menuOnRight: true,
        portraitRightOfName: true,
        roleRightOfName: true,
        coverRightOfBody: true,
        previousRightOfNext: true,
        firstSlideOnRight: true,
        previousPointsRight: true,
        nextPointsRight: false,
        els: undefined,
      });
    });
  }

  // The menu is placed after it is shown: placed before, its width read 0 and a wider menu overhung
  // the button's right edge by 15–35px.
  it('right to left, the calendar menu lines up with the right edge of its button', async () => {
    const [card] = await mount({ elements: ['lectern-event-card'], lang: 'ar', dir: 'rtl', width: '48em' });
    part(card!, 'calendar-button')!.click();
    await waitUntil(() => parts(card!, 'calendar-option').length === 4, 'menu did not open');
    expect(rect(part(card!, 'calendar-menu')!).right).to.be.closeTo(rect(part(card!, 'calendar-button')!).right, 1);
  });

  it('an explicit dir="ltr" on the element that sets lang="ar" wins', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'ar';
    wrapper.dir = 'ltr';
    document.body.append(wrapper);
    try {
      const [card] = await mount({ elements: ['lectern-event-card'] });
      wrapper.append(card!.parentElement!.parentElement!);
      (card as unknown as { requestUpdate(): void }).requestUpdate();
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(getComputedStyle(part(card!, 'card')!).direction).to.equal('ltr');
      expect(part(card!, 'register')!.textContent).to.contain(msg('ar', 'register'));
    } finally {
      wrapper.remove();
    }
  });

  it('the event list mirrors: the calendar leaf on the right, Arabic headings and dates', async () => {
    const leafSide = async (lang: string, dir?: string) => {
      const [list] = await mount({ feed: await listFeed(), elements: ['lectern-event-list show="all"'], lang, dir, width: '30em' });
      const entry = part(list!, 'entry')!;
      return { list: list!, leafOnRight: centre(entry.querySelector('[part~="leaf"]')!) > centre(entry.querySelector('[part~="title"]')!) };
    };
    expect((await leafSide('en')).leafOnRight).to.equal(false);
    const { list, leafOnRight } = await leafSide('ar', 'rtl');
    expect(leafOnRight).to.equal(true);
    expect(parts(list, 'heading').map((h) => h.textContent!.trim())).to.deep.equal([msg('ar', 'upcomingEvents'), msg('ar', 'pastEvents')]);
    expect(part(list, 'when')!.textContent).to.match(/[\u0660-\u0669]|[\u0600-\u06ff]/);
  });

  it('the text is Arabic', async () => {
    const [card, speakers, book, carousel] = await mount({ elements: ALL, lang: 'ar', dir: 'rtl' });
    expect(part(card!, 'register')!.textContent).to.contain(msg('ar', 'register'));
    expect(part(card!, 'calendar-button')!.textContent!.trim()).to.equal(msg('ar', 'addToCalendar'));
    expect(part(speakers!, 'heading')!.textContent!.trim()).to.equal(msg('ar', 'speakersHeading'));
    expect(part(book!, 'date')!.textContent).to.contain(msg('ar', 'published').split('{date}')[0]!.trim());
    expect(part(carousel!, 'previous')!.textContent).to.contain(msg('ar', 'previous'));
    expect(part(card!, 'when')!.textContent).to.contain(
      new Intl.DateTimeFormat('ar', { month: 'long', timeZone: 'Europe/London' }).format(Date.UTC(2027, 0, 19)),
    );
  });

  for (const s of ['light', 'dark', 'forced'] as Scheme[]) {
    it(`axe is clean right to left, ${s}`, async function () {
      await scheme(s, this);
      try {
        const els = await mount({
          feed: await listFeed(),
          elements: [...ALL, 'lectern-speaker-list layout="grid" group-by-role', 'lectern-event-list show="all" group-by="month"'],
          lang: 'ar',
          dir: 'rtl',
        });
        for (const el of els) await expect(el).to.be.accessible();
      } finally {
        await scheme('light');
      }
    });
  }
});
