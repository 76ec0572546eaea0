/**
 * Reflow (WCAG 1.4.10): at 320 CSS px wide (1280px at 400% zoom) nothing scrolls sideways except the
 * carousel track, which is meant to. Text spacing (1.4.12): with line height 1.5, letter spacing
 * 0.12em, word spacing 0.16em and paragraph spacing 2em applied through `::part`, no text is cut off
 * (only the biography and slide summaries are clamped, on purpose, behind "Read more" / the link).
 */
import { aTimeout, expect } from '@open-wc/testing';
import { label, eventFeed, isVisible, mount, NOW, part, shadowElements, type MountOptions } from './fixtures.js';
import { viewport } from '../engine.js';

const ALL = [
  'lectern-event-card reader-time-zone="America/New_York"',
  'lectern-speaker-list',
  'lectern-publication-card',
  'lectern-related-carousel pagination autoplay',
];

/** Elements that may scroll or clip on purpose. */
const deliberate = (e: Element) =>
  e.matches('[part~="track"], .visually-hidden') ||
  !!e.closest('.bio.clamped') ||
  // Slide summaries are clamped to a few lines (the link opens the whole item).
  (e.matches('.summary') && !!e.closest('[part~="slide"]'));

/** Horizontal overflow: an element wider inside than its box, or sticking out of its host. */
function horizontalProblems(els: HTMLElement[]): string[] {
  const out: string[] = [];
  for (const el of els) {
    const host = el.getBoundingClientRect();
    if (host.width > 321) out.push(`${el.localName} is ${host.width}px wide`);
    for (const e of shadowElements(el)) {
      if (!isVisible(e) || e.closest('[part~="track"]') || e.closest(':popover-open')) continue;
      const s = getComputedStyle(e);
      if (s.display !== 'inline' && e.scrollWidth > e.clientWidth + 1 && !deliberate(e))
        out.push(`${label(e)}: scrollWidth ${e.scrollWidth} > clientWidth ${e.clientWidth}`);
      const r = e.getBoundingClientRect();
      if (r.right > host.right + 1 || r.left < host.left - 1)
        out.push(`${label(e)}: sticks out (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(host.left)}–${Math.round(host.right)})`);
    }
  }
  return out;
}

/** Words broken in the middle although they would fit ("Ma|p"): every word of up to 12 letters stays whole. */
function brokenWords(els: HTMLElement[]): string[] {
  const out: string[] = [];
  for (const el of els) {
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!node.parentElement || !isVisible(node.parentElement)) continue;
      for (const m of node.data.matchAll(/(?<![^\s–-])[^\s–-]{2,12}(?![^\s–-])/g)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(`${label(node.parentElement)}: "${m[0]}" is broken across lines`);
      }
    }
  }
  return out;
}

/** Text cut off: a box that is taller (or wider) inside than it shows. */
function clippedProblems(els: HTMLElement[]): string[] {
  const out: string[] = [];
  for (const el of els) {
    for (const e of shadowElements(el)) {
      if (!isVisible(e) || deliberate(e) || getComputedStyle(e).display === 'inline') continue;
      // Text is cut off where a box clips it. A decorative glyph that does not clip may overflow by its
      // ink (Firefox counts the aria-hidden ‹ › arrows, line-height 1 in a flex item, 2 px taller than
      // their box): that cuts nothing off, so there only a quarter line or more counts.
      const style = getComputedStyle(e);
      const glyph = style.overflowY === 'visible' && e.getAttribute('aria-hidden') === 'true';
      const slack = glyph ? parseFloat(style.fontSize) / 4 : 1;
      if (e.scrollHeight > e.clientHeight + slack && e.clientHeight > 0)
        out.push(`${label(e)}: scrollHeight ${e.scrollHeight} > clientHeight ${e.clientHeight}`);
      if (e.scrollWidth > e.clientWidth + 1 && !e.closest('[part~="track"]'))
        out.push(`${label(e)}: scrollWidth ${e.scrollWidth} > clientWidth ${e.clientWidth}`);
    }
  }
  return out;
}

/** A page stylesheet applying the WCAG 1.4.12 spacing to every part of every element. */
function textSpacing(els: HTMLElement[]): () => void {
  const names = new Set(els.flatMap((el) => [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part')!.split(/\s+/))));
  const sel = (list: string[]) =>
    els
      .map((el) => el.localName)
      .filter((v, i, a) => a.indexOf(v) === i)
      .flatMap((tag) => list.map((n) => `${tag}::part(${n})`))
      .join(',\n');
  const paragraphs = [...names].filter((n) =>
    [
      'paragraph',
      'summary',
      'position',
      'access',
      'publisher',
      'date',
      'isbn',
      'series',
      'authors',
      'subtitle',
      'venue',
      'attendance',
      'when',
      'reader-time',
      'previous',
    ].includes(n),
  );
  const style = document.createElement('style');
  style.textContent = `
    ${sel([...names])} { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    ${sel(paragraphs)} { margin-block-end: 2em !important; }
    lectern-feed { --lectern-line-height: 1.5; }`;
  document.head.append(style);
  return () => style.remove();
}

const CASES: { name: string; options: () => Promise<MountOptions> }[] = [
  { name: 'English, upcoming', options: async () => ({ elements: ALL }) },
  {
    name: 'English, live, grid speakers',
    options: async () => ({ now: NOW.live, elements: [ALL[0]!, 'lectern-speaker-list layout="grid" group-by-role', ALL[2]!, ALL[3]!] }),
  },
  { name: 'German (long words)', options: async () => ({ lang: 'de', elements: ALL }) },
  { name: 'French', options: async () => ({ lang: 'fr', elements: ALL }) },
  { name: 'Arabic, right to left', options: async () => ({ lang: 'ar', dir: 'rtl', elements: ALL }) },
  {
    name: 'unbreakable words and a long URL in the feed',
    options: async () => {
      const feed = await eventFeed({
        kind: 'Sicherheitspolitikveranstaltungsreihenauftaktveranstaltung',
        location: {
          name: 'https://www.example.org/a/very/long/path/without/any/spaces/at/all',
          address: 'Donaudampfschifffahrtsgesellschaftskapitänswitwe',
        },
      });
      feed['items'][0].title = 'Rüstungsexportkontrollgesetzgebungsverfahrensbeschleunigung';
      feed['items'][0]._event.speakers[0].job_title = 'Generalbundesanwaltsstellvertreterin';
      feed['items'][1].title = 'Kriegswaffenkontrollgesetzdurchführungsverordnung';
      return { feed, elements: ALL };
    },
  },
];

describe('a11y: reflow at 320 px (400% zoom) and text spacing', () => {
  // The page at 320 px where the engine allows it (WebKit's MiniBrowser window stops at about 450 px);
  // the elements are 320 px wide in every engine, which is what their layout answers to.
  before(async function () {
    await viewport(320, 640);
  });
  after(async () => {
    await viewport(800, 600);
  });

  for (const c of CASES) {
    it(`${c.name}: nothing scrolls sideways but the carousel track`, async () => {
      const els = await mount({ ...(await c.options()), width: '320px' });
      const problems = [...horizontalProblems(els), ...brokenWords(els)];
      expect(problems, problems.join('\n')).to.deep.equal([]);
      // The track scrolls on purpose, but its slides each fit.
      const track = part(els[3]!, 'track')!;
      for (const slide of track.children) expect((slide as HTMLElement).getBoundingClientRect().width).to.be.at.most(track.clientWidth + 1);
    });

    it(`${c.name}: text spacing overrides cut no text off`, async () => {
      const els = await mount({ ...(await c.options()), width: '320px' });
      const restore = textSpacing(els);
      try {
        await aTimeout(50);
        // The overrides apply (inside the shadow trees, through ::part).
        expect(getComputedStyle(part(els[0]!, 'title')!).letterSpacing).to.not.equal('normal');
        const problems = new Set([...clippedProblems(els), ...horizontalProblems(els), ...brokenWords(els)]);
        // Each slide, brought into view (off-screen slides are not laid out).
        const track = part(els[3]!, 'track')!;
        for (const slide of track.children) {
          track.scrollTo({ left: (slide as HTMLElement).offsetLeft - track.offsetLeft, behavior: 'instant' });
          slide.scrollIntoView({ inline: 'start', block: 'nearest', behavior: 'instant' });
          await aTimeout(50);
          for (const p of clippedProblems([els[3]!])) problems.add(p);
        }
        expect([...problems], [...problems].join('\n')).to.deep.equal([]);
      } finally {
        restore();
      }
    });
  }
});
