/**
 * What `dist/lectern.js` fetches beyond itself, on a partner-like page that loads it with a query
 * string. An English page with a plain-text feed renders every element from lectern.js alone; the
 * other chunks arrive only when a page needs them (its language, a calendar menu, structured data),
 * and none of them loads lectern.js again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from './helpers.js';

describe('dist/lectern.js chunks', () => {
  it('loads a chunk only when the page needs it, and never a second lectern.js', async () => {
    const frame = await openFrame('/test/fixtures/chunks.html');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    const shadow = (el: Element | null) => el?.shadowRoot?.textContent ?? '';
    const scripts = () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/dist/'))
        .map((p) => p.slice(p.lastIndexOf('/') + 1).replace(/-[\w-]{8}\.js$/, '.js'));

    for (const tag of ['lectern-event-card', 'lectern-speaker-list', 'lectern-related-carousel']) {
      await waitUntil(() => /Plain event|Andrea Berger|A report/.test(shadow(doc.querySelector(tag))), `${tag} did not render`, { timeout: 8000 });
    }
    expect(shadow(doc.querySelector('lectern-publication-card'))).to.contain('A book');
    expect(scripts(), 'an English, plain-text page needs lectern.js alone').to.deep.equal(['lectern.js']);

    // A French element fetches the French messages, and shows no English first.
    const later = doc.getElementById('later')!;
    const shown: string[] = [];
    const fr = doc.createElement('lectern-event-card');
    fr.setAttribute('lang', 'fr');
    fr.setAttribute('src', '/test/fixtures/csp-feed.json');
    fr.setAttribute('item', 'e');
    later.append(fr);
    const watch = new MutationObserver(() => shown.push(fr.shadowRoot?.textContent ?? ''));
    watch.observe(fr.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => shadow(fr).includes('S’inscrire'), 'French did not render', { timeout: 8000 });
    watch.disconnect();
    expect(shown.join(' ')).not.to.match(/Register|Add to calendar/);
    expect(scripts()).to.include('lectern-fr.js');
    expect(scripts()).not.to.include('lectern-de.js');

    // Opening the calendar menu fetches the calendar builder.
    expect(scripts()).not.to.include('lectern-calendar.js');
    const card = doc.querySelector('lectern-event-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
    await waitUntil(() => card.shadowRoot!.querySelectorAll('[part="calendar-option"]').length === 4, 'the calendar menu did not fill', { timeout: 8000 });
    expect(scripts()).to.include('lectern-calendar.js');

    // structured-data fetches the JSON-LD builder.
    expect(scripts()).not.to.include('lectern-json-ld.js');
    card.setAttribute('structured-data', '');
    await waitUntil(() => card.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', { timeout: 8000 });
    expect(scripts()).to.include('lectern-json-ld.js');

    // One lectern.js, the one the page asked for.
    expect(scripts().filter((s) => s === 'lectern.js')).to.have.length(1);
    frame.remove();
  });
});
