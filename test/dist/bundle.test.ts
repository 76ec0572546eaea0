/**
 * The embed bundle as partners load it: `dist/lectern.js` (built by `npm run build`, which `npm test`
 * runs first). The copies below are the only ones on the page: two of the built file, then a different
 * build of the same source (unminified, as another version would arrive).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { captureConsole, feedUrl, requestCount, text, uniqueKey, SEED_TITLE } from '../helpers.js';

describe('dist/lectern.js on a page', () => {
  it('survives a second copy and a tag taken by another script: one warning, no exception, one request per feed', async () => {
    // Another script got to one of our tags first.
    class Squatter extends HTMLElement {}
    customElements.define('lectern-publication-card', Squatter);

    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const { warns: first } = await captureConsole(() => import('/dist/lectern.js?copy=1' as string));
    const { warns: second } = await captureConsole(() => import('/dist/lectern.js?copy=2' as string));
    window.removeEventListener('error', onError);

    expect(errors).to.deep.equal([]);
    expect(first.filter((w) => w.includes('already defined'))).to.have.length(1);
    expect(first[0]).to.contain('<lectern-publication-card>');
    expect(second.filter((w) => w.includes('already defined'))).to.have.length(1);
    expect(second[0]).to.contain('<lectern-feed>');
    expect(customElements.get('lectern-publication-card')).to.equal(Squatter);

    // A different build on the same page: the source modules, unminified, as another version would be.
    const { warns: other } = await captureConsole(() => import('/src/index.ts' as string));
    expect(other.filter((w) => w.includes('already defined'))).to.have.length(1);

    const key = uniqueKey('bundle');
    const src = feedUrl({ key, delay: 50 });
    const host = document.createElement('div');
    host.innerHTML = `<lectern-feed src="${src}"><lectern-event-card></lectern-event-card></lectern-feed>
      <lectern-speaker-list src="${src}"></lectern-speaker-list>`;
    document.body.append(host);
    const card = host.querySelector('lectern-event-card')!;
    const speakers = host.querySelector('lectern-speaker-list')!;
    await waitUntil(() => text(card).includes(SEED_TITLE), 'event card did not render', { timeout: 8000 });
    await waitUntil(() => text(speakers).includes('Andrea Berger'), 'speaker list did not render', { timeout: 8000 });
    expect(await requestCount(key)).to.equal(1);
    host.remove();
  });

  it('ships no Lit dev-mode code and no bare imports', async () => {
    const source = await (await fetch('/dist/lectern.js')).text();
    expect(source).not.to.match(/Lit is in dev mode/);
    expect(source).not.to.match(/\bfrom\s*["'](?![./])/);
    expect(source).not.to.match(/\bimport\s*\(\s*["'](?![./])/);
  });
});
