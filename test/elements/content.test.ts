import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { feedUrl, settled, text, uniqueKey } from '../helpers.js';

const BARE_EVENT = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Bare',
  items: [{ id: 'e', title: 'A bare event', content_text: 'x', _event: { start: '2030-01-01', related: [] } }],
});

describe('content elements with nothing of their own to show', () => {
  const elements = {
    'lectern-publication-card': html`<lectern-publication-card></lectern-publication-card>`,
    'lectern-related-carousel': html`<lectern-related-carousel></lectern-related-carousel>`,
    'lectern-speaker-list': html`<lectern-speaker-list></lectern-speaker-list>`,
  };
  for (const [tag, template] of Object.entries(elements)) {
    it(`<${tag}> renders nothing (no heading, no notice) for an event without that content`, async () => {
      const src = feedUrl({ key: uniqueKey(tag), body: BARE_EVENT });
      const wrapper = await fixture(html`<lectern-feed src=${src}>${template}</lectern-feed>`);
      const el = wrapper.querySelector(tag)!;
      await settled(el);
      expect(text(el)).to.equal('');
      expect(el.shadowRoot!.querySelector('[part="empty"], h1, h2, h3, h4, h5, h6')).to.equal(null);
    });
  }
});
