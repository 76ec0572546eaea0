/**
 * A right-to-left override (U+202E) or an Arabic value in one feed field must not reorder the fields
 * shown after it on the same line: each feed value is isolated. Checked by where the browser actually
 * draws the characters of the following field: left to right, in the order written.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { mount } from '../helpers.js';

const RLO = '\u202e';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Events',
  items: [
    {
      id: 'event',
      title: 'The event',
      content_text: 'About the event.',
      _event: {
        start: '2030-03-10T18:00',
        time_zone: 'Europe/London',
        location: { name: `${RLO}Hall`, address: 'Whitehall Street' },
        speakers: [
          { name: `${RLO}Ada`, role: 'Chair', job_title: `${RLO}Director`, affiliation: 'Westminster Institute' },
          { name: 'مريم', job_title: 'باحثة', affiliation: 'Oxford University' },
        ],
        related: ['book'],
      },
    },
    {
      id: 'book',
      title: 'The book',
      content_text: 'About the book.',
      _book: { series: `${RLO}Papers`, series_number: 87, authors: [{ name: `${RLO}Ada` }, { name: 'Bob Brown' }] },
    },
  ],
};

/** Where the browser draws each character of `word` (first found in `root`'s text), left to right. */
function lefts(root: ShadowRoot, word: string): number[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(word);
    if (at < 0) continue;
    return [...word].map((_, i) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      return range.getBoundingClientRect().left;
    });
  }
  throw new Error(`"${word}" is not shown`);
}

const readsInOrder = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

async function elements(layout = '') {
  return mount({
    feed: FEED,
    item: 'event',
    now: '2030-01-01T00:00:00Z',
    lang: 'en',
    width: '60em',
    elements: ['lectern-event-card', `lectern-speaker-list ${layout}`, 'lectern-publication-card item="book"'],
  });
}

describe('feed values are isolated from each other (bidi)', () => {
  it('control: an override really reverses text drawn after it in the same run', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>${RLO}Hall, Whitehall Street</p>`;
    document.body.append(host);
    try {
      expect(readsInOrder(lefts(root, 'Whitehall Street'))).to.equal(false);
    } finally {
      host.remove();
    }
  });

  it('venue name → address', async () => {
    const [card] = await elements();
    expect(readsInOrder(lefts(card!.shadowRoot!, 'Whitehall Street'))).to.equal(true);
  });

  it('job title → affiliation, and an Arabic job title → a Latin affiliation', async () => {
    const [, speakers] = await elements();
    expect(readsInOrder(lefts(speakers!.shadowRoot!, 'Westminster Institute'))).to.equal(true);
    expect(readsInOrder(lefts(speakers!.shadowRoot!, 'Oxford University'))).to.equal(true);
  });

  it('name → role in the compact layout', async () => {
    const [, speakers] = await elements('layout="compact"');
    expect(readsInOrder(lefts(speakers!.shadowRoot!, 'Chair'))).to.equal(true);
  });

  it('one author → the next; series → its number', async () => {
    const [, , book] = await elements();
    expect(readsInOrder(lefts(book!.shadowRoot!, 'Bob Brown'))).to.equal(true);
    const series = book!.shadowRoot!.querySelector('[part="series"]')!;
    expect(series.textContent).to.contain('87');
    expect(readsInOrder(lefts(book!.shadowRoot!, ', no. '))).to.equal(true);
  });
});
