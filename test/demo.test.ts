/**
 * The demo page as a visitor sees it: demo/index.html loads the built dist/lectern.js through one
 * script tag and the sample feed, in an iframe (its own document, its own copy of the bundle).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, text, SEED_TITLE } from './helpers.js';

async function openPage(path: string): Promise<Document> {
  return (await openFrame(path)).contentDocument!;
}

describe('demo/index.html', () => {
  it('renders the seed event from the sample feed with the built bundle', async () => {
    const doc = await openPage('/demo/index.html');
    expect(doc.querySelector('script[type="module"]')!.getAttribute('src')).to.equal('../dist/lectern.js');
    const card = doc.querySelector('lectern-event-card')!;
    await waitUntil(() => text(card).includes(SEED_TITLE), 'the event card did not render the seed title', { timeout: 8000 });
    expect(text(card)).to.contain('Whitehall Paper Launch');
    const speakers = doc.querySelector('lectern-speaker-list')!;
    await waitUntil(() => text(speakers).includes('Hugh Griffiths'));
    for (const el of doc.querySelectorAll('lectern-event-card, lectern-speaker-list, lectern-publication-card, lectern-related-carousel')) {
      expect(text(el)).not.to.match(/undefined|NaN|Invalid Date|\[object Object\]|calendarclock/);
    }
  });
});
