/**
 * The moments before the list's view (a chunk of its own) has arrived, which only the first list on a
 * page sees: this file runs in a page of its own, so here the view is not loaded yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { LecternEventList } from '../../src/index.js';
import { listFeed } from '../a11y/fixtures.js';
import { part } from '../helpers.js';

describe('<lectern-event-list> before its view has arrived', () => {
  it('reserves its usual height, and does not report its (unused) item attribute missing', async () => {
    const errors: string[] = [];
    const record = (e: Event) => errors.push((e as CustomEvent<{ kind: string }>).detail.kind);
    document.addEventListener('lectern-error', record);
    try {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 30em"></div>`);
      // The feed is inline, so it is ready before the view can have been fetched.
      const provider = document.createElement('lectern-feed');
      const script = document.createElement('script');
      script.type = 'application/feed+json';
      script.textContent = JSON.stringify(await listFeed());
      const el = document.createElement('lectern-event-list');
      el.setAttribute('item', 'not-in-the-feed');
      provider.append(script, el);
      wrapper.append(provider);
      // Its first render, a microtask away: the view's request has only just left.
      await (el as LecternEventList).updateComplete;
      expect(part(el, 'list'), 'the view was already here: this test cannot see the moment before it').to.equal(null);
      // 20em of 16px, as after the view has arrived (event-list.test.ts): no jump when it does.
      expect(part(el, 'pending')!.getBoundingClientRect().height).to.be.closeTo(320, 1);
      await waitUntil(() => part(el, 'list'), 'the list did not render', { timeout: 8000 });
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('lectern-error', record);
    }
  });
});
