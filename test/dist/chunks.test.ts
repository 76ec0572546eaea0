/**
 * What `dist/lectern.js` fetches beyond itself, on a partner-like page that loads it with a query
 * string. An English page with a plain-text feed renders every element from lectern.js alone; the
 * other chunks arrive only when a page needs them (its language, a calendar menu, structured data),
 * and none of them loads lectern.js again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../helpers.js';

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
        .map((p) => p.slice(p.lastIndexOf('/') + 1).replace(/-[\w-]{6}\.js$/, '.js'));

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
    expect(scripts()).not.to.include('lectern-calendar-popup.js');
    const card = doc.querySelector('lectern-event-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
    await waitUntil(() => card.shadowRoot!.querySelectorAll('[part="calendar-option"]').length === 4, 'the calendar menu did not fill', { timeout: 8000 });
    expect(scripts()).to.include('lectern-calendar-popup.js');

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

describe('dist/lectern.js when its chunks cannot be fetched', () => {
  it('falls back to English, plain text and a closed menu, with warnings and no exception', async () => {
    const frame = await openFrame('/test/fixtures/offline-chunks.html');
    const win = frame.contentWindow as Window & { __warnings: string[]; __errors: string[] };
    const warnings = win.__warnings;
    const errors = win.__errors;
    const doc = frame.contentDocument!;
    const card = doc.querySelector('lectern-event-card')!;
    const speakers = doc.querySelector('lectern-speaker-list')!;
    const text = (el: Element) => el.shadowRoot?.textContent ?? '';
    // The page is French and the French messages are unreachable: English, not an endless pending state.
    await waitUntil(() => text(card).includes('An event with rich text'), 'the card did not render', { timeout: 8000 });
    expect(text(card)).to.contain('Register');
    expect(warnings.some((w) => /fr messages could not be loaded/.test(w)), warnings.join('\n')).to.equal(true);
    // Rich text without DOMPurify: its text, as text.
    await waitUntil(() => /Rich text with a link/.test(text(card)), 'the description did not fall back to text', { timeout: 8000 });
    expect(card.shadowRoot!.querySelector('[part="description"] strong')).to.equal(null);
    await waitUntil(() => text(speakers).length > 0);
    // The calendar menu cannot open: it stays closed, the button says so, and nothing throws.
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
    await waitUntil(() => warnings.some((w) => /calendar menu could not be loaded/.test(w)), 'no warning for the calendar', { timeout: 8000 });
    expect(card.shadowRoot!.querySelector('[part="calendar-button"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect(card.shadowRoot!.querySelector('[part="calendar-menu"]')!.matches(':popover-open')).to.equal(false);
    // structured-data: no JSON-LD, a warning.
    await waitUntil(() => warnings.some((w) => /structured-data could not be loaded/.test(w)), 'no warning for JSON-LD', { timeout: 8000 });
    expect(doc.querySelector('script[type="application/ld+json"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});

describe('dist/lectern.js when the event list’s view cannot be fetched', () => {
  it('each list shows the error state and reports a network error, not an endless placeholder', async () => {
    const frame = await openFrame('/test/fixtures/offline-list.html');
    const win = frame.contentWindow as Window & { __errors: string[]; __reported: { kind: string; message: string }[] };
    const lists = [...frame.contentDocument!.querySelectorAll('lectern-event-list')];
    for (const list of lists) {
      await waitUntil(() => list.shadowRoot?.querySelector('[part="error"]'), 'no error state', { timeout: 8000 });
      // The browser keeps a failed module for the page's life, so there is no "Try again" to offer.
      expect(list.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('This content could not be loaded. Please try again later.');
      expect(list.shadowRoot!.querySelector('[part="pending"], [part="retry"]')).to.equal(null);
    }
    expect(win.__reported.map((d) => d.kind)).to.deep.equal(['network', 'network']);
    for (const { message } of win.__reported) expect(message).to.match(/^The event list could not be loaded \(.+\)$/);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
