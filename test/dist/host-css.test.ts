/**
 * Host CSS cannot break the widgets: the same page is rendered clean, under Bootstrap 5, under an
 * aggressive CMS theme (html { font-size: 10px }, * { margin; line-height }, uppercase, italic,
 * letter-spaced, justified text, styled buttons, images forced to 100%), and under both; the widgets'
 * key computed styles must be identical and their layout close.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../helpers.js';

const TAGS = ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel'];

interface Snapshot {
  styles: Record<string, string>;
  heights: Record<string, number>;
}

async function snapshot(theme: string): Promise<Snapshot> {
  const frame = await openFrame(`/test/fixtures/host-css.html?theme=${theme}`);
  const doc = frame.contentDocument!;
  // Every widget lays out in the same width on every page.
  doc.querySelector('main')!.setAttribute('data-width', '900');
  doc.querySelectorAll<HTMLElement>('lectern-feed').forEach((el) => {
    el.style.setProperty('width', '900px');
    // The font family follows the page on purpose; fix it here so the layouts can be compared.
    el.style.setProperty('--lectern-font-family', 'serif');
  });
  // The hosts' own boxes (a theme's `* { margin; padding }`) are the page's layout, not the widget's:
  // give every host the same box, then compare what is inside.
  doc.querySelectorAll<HTMLElement>('lectern-feed, lectern-feed > *').forEach((el) => {
    el.style.setProperty('margin', '0');
    el.style.setProperty('padding', '0');
  });
  const root = (tag: string) => doc.querySelector(tag)?.shadowRoot;
  await waitUntil(() => TAGS.every((t) => root(t)?.querySelector('[part="base"]') && !root(t)?.querySelector('[aria-busy="true"]')), `${theme}: widgets did not render`, { timeout: 8000 });
  await new Promise((r) => setTimeout(r, 300));
  const styles: Record<string, string> = {};
  const heights: Record<string, number> = {};
  const keep = ['font-size', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'font-style', 'text-indent', 'text-align', 'color', 'box-sizing'];
  for (const tag of TAGS) {
    const r = root(tag)!;
    // The host's own box (margin, padding from a `*` rule) belongs to the page; the widget's is inside.
    heights[tag] = Math.round(r.querySelector('[part="base"]')!.getBoundingClientRect().height);
    const probes: [string, Element | null][] = [
      ['base', r.querySelector('[part="base"]')],
      ['heading', r.querySelector('h1, h2, h3, h4, h5, h6')],
      ['paragraph', r.querySelector('p')],
      ['link', r.querySelector('a')],
      ['button', r.querySelector('button')],
      ['image', r.querySelector('img')],
    ];
    for (const [name, el] of probes) {
      if (!el) continue;
      const cs = getComputedStyle(el);
      for (const prop of keep) styles[`${tag} ${name} ${prop}`] = cs.getPropertyValue(prop);
      if (name === 'button') styles[`${tag} button background`] = cs.backgroundImage + cs.backgroundColor;
      if (name === 'image') styles[`${tag} image border`] = cs.borderTopWidth;
      styles[`${tag} ${name} margin`] = cs.margin;
    }
    styles[`${tag} host display`] = getComputedStyle(doc.querySelector(tag)!).display;
  }
  frame.remove();
  return { styles, heights };
}

describe('host page CSS', () => {
  let clean: Snapshot;
  before(async () => {
    clean = await snapshot('clean');
  });

  for (const theme of ['bootstrap', 'hostile', 'everything']) {
    it(`cannot restyle the widgets: ${theme}`, async () => {
      const other = await snapshot(theme);
      const differences = Object.keys(clean.styles).filter((k) => clean.styles[k] !== other.styles[k]);
      expect(differences.map((k) => `${k}: ${clean.styles[k]} → ${other.styles[k]}`)).to.deep.equal([]);
      for (const tag of TAGS) {
        // Same family, same sizes and spacing: the same layout, to the pixel.
        expect(Math.abs(other.heights[tag]! - clean.heights[tag]!), `${tag} height ${clean.heights[tag]} → ${other.heights[tag]}`).to.be.at.most(1);
      }
    });
  }
});
