/**
 * A page whose scripts pollute Object.prototype and Array.prototype (enumerable properties, a
 * Prototype.js-style Array#toJSON), define a misbehaving Reflect.decorate and patch fetch, before and
 * after Lectern loads: the widgets
 * still load, validate and render, with the built bundle.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../helpers.js';

describe('a page with scripts that patch built-ins', () => {
  it('still loads, validates and renders every element', async () => {
    const frame = await openFrame('/test/fixtures/hostile-scripts.html');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { __wrappedCalls?: number };
    const text = (tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent ?? '';
    await waitUntil(() => text('lectern-event-card').includes('An event with rich text'), 'event card did not render', { timeout: 8000 });
    await waitUntil(() => text('lectern-speaker-list').includes('Andrea Berger'));
    await waitUntil(() => text('lectern-related-carousel').includes('Related three'));
    expect(text('lectern-publication-card')).to.contain('A book');
    // Properties are Lit's reactive accessors still (not what the page's Reflect.decorate returned).
    const card = doc.querySelector('lectern-event-card') as HTMLElement & { headingLevel: unknown };
    expect(card.headingLevel).to.equal(2);
    for (const tag of ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel']) {
      expect(text(tag)).not.to.match(/from the host page|undefined|NaN|Invalid Date|\[object Object\]|toJSON/);
    }
    // JSON-LD (its builder is a chunk fetched on demand) is still an object with a list of
    // performers, not Prototype.js's toJSON output.
    await waitUntil(() => doc.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).to.equal('Event');
    expect(ld.performer).to.deep.equal([{ '@type': 'Person', name: 'Andrea Berger' }]);
    // The wrapped fetch was used (it was there when Lectern loaded)…
    expect(win.__wrappedCalls).to.be.greaterThan(0);
    // …and a widget added after the host broke fetch still loads.
    const late = doc.createElement('lectern-event-card');
    late.setAttribute('src', 'csp-feed.json?late');
    late.setAttribute('item', 'e');
    doc.getElementById('late')!.append(late);
    await waitUntil(() => (late.shadowRoot?.textContent ?? '').includes('An event with rich text'), 'late widget did not load', { timeout: 8000 });
    frame.remove();
  });
});
