/**
 * Under the Content-Security-Policy and Trusted Types policy names that README.md documents, every
 * element renders, rich text is sanitised, JSON-LD is written, the calendar menu opens, and the page
 * reports zero `securitypolicyviolation` events. Loads the built bundle, as a partner page does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../helpers.js';

/** A fixture page in a frame: its document, an element's shadow root by tag, and the violations it recorded (csp-probe.js). */
async function cspPage(path: string) {
  const frame = await openFrame(path);
  const doc = frame.contentDocument!;
  const violations = () => (frame.contentWindow as Window & { __violations: string[] }).__violations;
  const shadow = (tag: string) => doc.querySelector(tag)!.shadowRoot!;
  return { frame, doc, shadow, violations };
}

describe('a page with a strict CSP and Trusted Types', () => {
  it('renders everything with zero CSP violations', async () => {
    const { frame, doc, shadow, violations } = await cspPage('/test/fixtures/csp.html');
    await waitUntil(() => shadow('lectern-event-card')?.querySelector('[part="description"] strong'), 'rich text did not render', { timeout: 8000 });
    await waitUntil(() => shadow('lectern-speaker-list')?.querySelector('[part="bio"] em'), 'rich bio did not render', { timeout: 8000 });
    await waitUntil(() => shadow('lectern-related-carousel')?.querySelectorAll('[part~="slide"]').length === 3);
    // The JSON-LD builder is a chunk of its own, fetched under the same CSP.
    await waitUntil(() => doc.querySelectorAll('script[type="application/ld+json"]').length === 2, 'JSON-LD did not appear');
    const button = shadow('lectern-event-card').querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
    button.click();
    await waitUntil(() => shadow('lectern-event-card').querySelector('[part="calendar-menu"]')!.matches(':popover-open'));
    // slides-per-view took effect without a style attribute.
    const track = shadow('lectern-related-carousel').querySelector<HTMLElement>('[part="track"]')!;
    const slide = track.querySelector<HTMLElement>('[part~="slide"]')!;
    expect(Math.round(track.clientWidth / slide.getBoundingClientRect().width)).to.equal(2);
    await new Promise((r) => setTimeout(r, 100));
    expect(violations()).to.deep.equal([]);
    frame.remove();
  });
});

describe('sanitising hostile HTML on a page with a strict CSP', () => {
  it('raises no CSP violation: the hostile markup is parsed where the page’s policy does not apply', async () => {
    const { frame, shadow, violations } = await cspPage('/test/fixtures/csp-hostile.html');
    await waitUntil(() => shadow('lectern-event-card')?.querySelector('[part="description"] strong'), 'rich text did not render', { timeout: 8000 });
    await waitUntil(() => shadow('lectern-speaker-list')?.querySelector('[part="bio"] em'), 'rich bio did not render', { timeout: 8000 });
    expect(shadow('lectern-event-card').querySelector('[part="description"]')!.innerHTML).not.to.match(/onerror|onclick|style=|<style|iframe|javascript:/i);
    await new Promise((r) => setTimeout(r, 100));
    expect(violations()).to.deep.equal([]);
    frame.remove();
  });
});

describe('a page that refuses Lectern’s Trusted Types policy names', () => {
  it('shows rich text as text and leaves JSON-LD out, with no violation beyond the refusals themselves', async () => {
    const { frame, doc, shadow, violations } = await cspPage('/test/fixtures/csp-refused.html');
    await waitUntil(() => shadow('lectern-event-card')?.querySelector('[part="description"]')?.textContent?.includes('Clean part'), 'text did not render', {
      timeout: 8000,
    });
    await waitUntil(() => shadow('lectern-speaker-list')?.querySelector('[part="bio"]')?.textContent?.includes('Bio'), 'bio did not render', { timeout: 8000 });
    expect(shadow('lectern-event-card').querySelector('[part="description"] strong'), 'no markup without the policy').to.equal(null);
    await new Promise((r) => setTimeout(r, 300));
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    // The browser reports each refused createPolicy call (there is no way to ask first); nothing else.
    const directives = violations().map((v) => v.split(' ')[0]);
    expect(directives.filter((d) => d !== 'trusted-types'), violations().join('\n')).to.deep.equal([]);
    expect(directives.length).to.be.at.most(2);
    frame.remove();
  });
});
