/**
 * Server-rendered embeds: pages rendered on request by the built server module (`renderEmbed`, Lit's
 * own server renderer; test/ssr-plugin.mjs), read with JavaScript off, then hydrated by the built
 * lectern.js arriving late (an `async` script served 1.5 s after the page). The reader's zone is the
 * runner's: `npm run test:browser:tz` runs this file again in New York and Kolkata, where the reader's
 * own time must appear without moving the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { expectAxeClean } from '../helpers.js';

const SEED = 'https://rusi.org/events/target-markets';
const TITLE = 'Target Markets: North Korea’s Military Customers in the Sanctions Era';
const BROKEN_TEXT = /undefined|NaN|Invalid Date|\[object Object\]/;
const TAGS = ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel'];
/** The seed event starts at 18:00 London time on 19 January 2027 (GMT). */
const SEED_START = Date.UTC(2027, 0, 19, 18);

type FrameWindow = Window & typeof globalThis & { __violations?: string[]; __errors?: string[] };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/**
 * Opens /__ssr/page.html?query in a frame; `scripts: false` sandboxes it without scripts (JavaScript
 * off). Resolves once the page is parsed (not at `load`, which waits for the late script), with a
 * layout-shift observer and an error trap already in place.
 */
async function open(query: string, { scripts = true, width = 1000, height = 900, path = '/__ssr/page.html' } = {}) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.src = `${path}?${query}`;
  document.body.append(frame);
  frames.push(frame);
  await waitUntil(() => frame.contentWindow?.location.pathname === path && frame.contentDocument?.readyState !== 'loading', 'page did not parse', {
    timeout: 10000,
  });
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as FrameWindow;
  const el = (tag: string) => doc.querySelector(tag)!;
  const root = (tag: string) => el(tag).shadowRoot!;
  const part = <T extends Element = HTMLElement>(tag: string, name: string) => root(tag).querySelector<T>(`[part~="${name}"]`);
  return { frame, doc, win, el, root, part };
}

type Page = Awaited<ReturnType<typeof open>>;

/** Watches a scripted page: layout shifts (buffered from its start) and console errors. */
function watch({ win }: Page) {
  const shifts: number[] = [];
  new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) shifts.push(entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const errors: string[] = [];
  const original = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original(...args);
  };
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return { cls: () => shifts.reduce((a, b) => a + b, 0), errors };
}

/** Hydrated: every element defined, none waiting, and the snapshot let go. */
async function hydrated({ win, doc }: Page) {
  await waitUntil(() => win.customElements.get('lectern-event-card'), 'lectern.js did not register the elements', { timeout: 10000 });
  await waitUntil(
    () => !doc.querySelector('[defer-hydration]') && !doc.querySelector('lectern-feed')!.hasAttribute('now') && !doc.querySelector('[reader-time-zone]'),
    'the snapshot was not let go',
    { timeout: 10000 },
  );
  await Promise.all(TAGS.map((tag) => (doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> } | null)?.updateComplete));
}

/** Whether the reader (the runner's zone) sees the seed event at another offset than London's. */
function readerElsewhere(): boolean {
  const offset = (zone: string) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23', day: 'numeric' }).formatToParts(SEED_START);
    const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
    return get('day') * 1440 + get('hour') * 60 + get('minute');
  };
  return offset(Intl.DateTimeFormat().resolvedOptions().timeZone) !== offset('Europe/London');
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a server-rendered embed (lectern render)', function () {
  this.timeout(30000);

  it('shows the whole event with JavaScript off, and nothing that needs a script', async () => {
    const page = await open(`item=${encodeURIComponent(SEED)}&delay=0&level=1`, { scripts: false });
    const { win, el, root, part, doc } = page;
    expect(win.matchMedia('(scripting: none)').matches, 'the frame runs no script').to.equal(true);
    expect(win.customElements.get('lectern-event-card'), 'no element is defined').to.equal(undefined);
    // The card: kind, title, date and time in the event's zone, venue, description, registration.
    expect(text(part('lectern-event-card', 'kind'))).to.equal('Whitehall Paper Launch');
    expect(root('lectern-event-card').querySelector('h1')!.textContent).to.equal(TITLE);
    expect(text(part('lectern-event-card', 'when'))).to.match(/19 January 2027.*18:00.*19:30.*GMT/);
    expect(part('lectern-event-card', 'when')!.querySelector('time')!.getAttribute('datetime')).to.equal('2027-01-19T18:00:00+00:00');
    expect(text(part('lectern-event-card', 'venue'))).to.contain('61 Whitehall');
    expect(text(part('lectern-event-card', 'description'))).to.contain('Despite a decade-long UN arms embargo');
    expect(part<HTMLAnchorElement>('lectern-event-card', 'register')!.href).to.equal(`${SEED}#register`);
    // A control that needs a script is not offered.
    expect(win.getComputedStyle(part('lectern-event-card', 'calendar-button')!.parentElement!).display).to.equal('none');
    // Speakers, each biography whole (unclamped without a script).
    const names = [...root('lectern-speaker-list').querySelectorAll('[part~="name"]')].map(text);
    expect(names).to.deep.equal(['Andrea Berger', 'Hugh Griffiths']);
    for (const bio of root('lectern-speaker-list').querySelectorAll<HTMLElement>('[part~="bio"]')) {
      expect(bio.scrollHeight, 'a biography is shown whole').to.be.at.most(bio.clientHeight + 1);
      expect(win.getComputedStyle(bio).overflow).to.equal('visible');
    }
    // The book, with its links.
    expect(text(part('lectern-publication-card', 'title'))).to.contain('Target Markets');
    expect(root('lectern-publication-card').querySelectorAll('a[href^="https://"]').length).to.be.greaterThan(0);
    // Related items: a list the reader scrolls sideways, with a scrollbar, no dead buttons.
    const track = part('lectern-related-carousel', 'track')!;
    expect(track.querySelectorAll('[part~="slide"]').length).to.equal(5);
    expect(win.getComputedStyle(track).overflowX).to.equal('auto');
    expect(win.getComputedStyle(track).scrollbarWidth).to.equal('auto');
    expect(win.getComputedStyle(root('lectern-related-carousel').querySelector('.controls')!).display).to.equal('none');
    // Nothing pending, nothing broken.
    for (const tag of TAGS) {
      expect(root(tag).querySelector('[part~="pending"]'), `<${tag}> pending`).to.equal(null);
      expect(text(root(tag)).replace(/\{[^}]*\}/g, ''), `<${tag}> text`).not.to.match(/Loading/);
      expect(text(root(tag).querySelector('.root')), `<${tag}> text`).not.to.match(BROKEN_TEXT);
      expect(el(tag).hasAttribute('defer-hydration')).to.equal(true);
    }
    // The feed is inline (hydration needs no request) and nothing executable came with it.
    expect(doc.querySelectorAll('lectern-feed > script[type="application/feed+json"]')).to.have.length(1);
    expect([...doc.querySelectorAll('lectern-feed script')].every((s) => s.getAttribute('type') === 'application/feed+json')).to.equal(true);
  });

  it('hydrates in place when lectern.js arrives late: the same nodes, working controls, no layout shift', async () => {
    // 640 px: narrow enough for the biographies to be clamped (and get "Read more") once hydrated.
    const page = await open(`item=${encodeURIComponent(SEED)}&delay=1500&level=1`, { width: 640 });
    const { win, doc, root, part } = page;
    const watching = watch(page);
    expect(win.customElements.get('lectern-event-card'), 'the bundle is still on its way').to.equal(undefined);
    // Before the script: the server's nodes, axe-clean.
    const kept = TAGS.map((tag) => root(tag).querySelector('.root')!);
    const title = root('lectern-event-card').querySelector('h1')!;
    const bios = [...root('lectern-speaker-list').querySelectorAll('[part~="bio"]')];
    const readerLine = part('lectern-event-card', 'reader-time')!;
    expect(readerLine.textContent, 'the reader’s line is kept, blank, for the reader’s own time').to.equal('\u00a0');
    await expectAxeClean(doc);

    await hydrated(page);
    // The same nodes, never a second copy.
    TAGS.forEach((tag, i) => {
      expect(root(tag).querySelector('.root'), `<${tag}> kept its nodes`).to.equal(kept[i]);
      expect(root(tag).querySelectorAll('.root'), `<${tag}> one tree`).to.have.length(1);
    });
    expect(root('lectern-event-card').querySelector('h1')).to.equal(title);
    expect([...root('lectern-speaker-list').querySelectorAll('[part~="bio"]')]).to.deep.equal(bios);
    expect(part('lectern-event-card', 'reader-time')).to.equal(readerLine);
    // The reader's own time, in the line that was kept for it.
    if (readerElsewhere()) expect(readerLine.textContent).to.match(/your time/);
    else expect(readerLine.textContent).to.equal('\u00a0');

    // Controls work: the calendar menu, the carousel, a biography's "Read more".
    part<HTMLButtonElement>('lectern-event-card', 'calendar-button')!.click();
    await waitUntil(() => part('lectern-event-card', 'calendar-menu')!.matches(':popover-open'), 'the calendar menu did not open');
    part<HTMLButtonElement>('lectern-event-card', 'calendar-button')!.click();
    const track = part('lectern-related-carousel', 'track')!;
    const next = root('lectern-related-carousel').querySelector<HTMLButtonElement>('[part~="next"]')!;
    expect(win.getComputedStyle(next).display).not.to.equal('none');
    next.click();
    await waitUntil(() => Math.abs(track.scrollLeft) > 0, 'the carousel did not move');
    await waitUntil(() => part('lectern-speaker-list', 'bio-toggle'), 'no "Read more" for a clamped biography');
    part<HTMLButtonElement>('lectern-speaker-list', 'bio-toggle')!.click();
    await waitUntil(() => part('lectern-speaker-list', 'bio-toggle')!.getAttribute('aria-expanded') === 'true');

    await expectAxeClean(doc);
    // The reader's-time line had its place, whatever the zone.
    expect(watching.cls(), 'cumulative layout shift').to.be.below(readerElsewhere() ? 0.01 : 0.001);
    expect(watching.errors, 'console errors').to.deep.equal([]);
  });

  it('follows the clock once hydrated: rendered before the event, read after it ended', async () => {
    const page = await open(`feed=test/fixtures/ssr-past.json&item=${encodeURIComponent(SEED)}&now=2025-01-01T12:00:00Z&delay=300`);
    const { part } = page;
    const watching = watch(page);
    expect(part('lectern-event-card', 'status'), 'the snapshot: upcoming').to.equal(null);
    expect(part('lectern-event-card', 'register')).to.exist;
    await hydrated(page);
    await waitUntil(() => /ended/i.test(text(part('lectern-event-card', 'status'))), 'the status did not follow the clock');
    expect(part('lectern-event-card', 'register')).to.equal(null);
    expect(part<HTMLAnchorElement>('lectern-event-card', 'recording')!.href).to.equal('https://rusi.org/events/target-markets/recording');
    expect(watching.errors).to.deep.equal([]);
  });

  it('rich text: the server shows the text version, lectern.js sanitises and shows the HTML once hydrated', async () => {
    const page = await open(`feed=test/fixtures/ssr-rich.json&item=${encodeURIComponent(SEED)}&delay=300`);
    const { win, part } = page;
    const watching = watch(page);
    // What a browser shows before DOMPurify has loaded: the feed's plain text (content_text).
    expect(text(part('lectern-event-card', 'description'))).to.contain('Despite a decade-long UN arms embargo');
    await hydrated(page);
    await waitUntil(() => part('lectern-event-card', 'description')?.querySelector('strong'), 'the rich text did not appear', { timeout: 8000 });
    await waitUntil(() => part('lectern-speaker-list', 'bio')?.querySelector('em'), 'the rich bio did not appear', { timeout: 8000 });
    expect(part('lectern-event-card', 'description')!.innerHTML).not.to.match(/onerror|<script/i);
    expect((win as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(watching.errors).to.deep.equal([]);
  });

  it('hydrates a French snapshot without a mismatch (the messages load before the elements register)', async () => {
    const page = await open(`item=${encodeURIComponent(SEED)}&lang=fr&delay=200`);
    const { el, part, root } = page;
    const watching = watch(page);
    expect(el('lectern-feed').getAttribute('lang')).to.equal('fr');
    const registerText = text(part('lectern-event-card', 'register'));
    expect(registerText).to.match(/^S’inscrire|^S'inscrire|Inscri/);
    const kept = root('lectern-event-card').querySelector('.root');
    await hydrated(page);
    expect(root('lectern-event-card').querySelector('.root')).to.equal(kept);
    expect(text(part('lectern-event-card', 'register'))).to.equal(registerText);
    expect(text(part('lectern-event-card', 'calendar-button'))).to.equal('Ajouter à l’agenda');
    expect(watching.errors).to.deep.equal([]);
  });

  it('works under a strict CSP with Trusted Types: styled before and after hydration, no violation', async () => {
    const page = await open(`item=${encodeURIComponent(SEED)}&host=csp&delay=300`);
    const { win, root, part } = page;
    const weight = () => win.getComputedStyle(root('lectern-event-card').querySelector('h2')!).fontWeight;
    expect(weight(), 'the shadow styles apply before any script (their nonce)').to.equal('700');
    await hydrated(page);
    expect(weight()).to.equal('700');
    expect(root('lectern-event-card').adoptedStyleSheets.length, 'the styles are adopted too').to.be.greaterThan(0);
    part<HTMLButtonElement>('lectern-event-card', 'calendar-button')!.click();
    await waitUntil(() => part('lectern-event-card', 'calendar-menu')!.matches(':popover-open'));
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
  });

  it('hydrates once with two copies of the bundle on the page', async () => {
    const page = await open(`item=${encodeURIComponent(SEED)}&delay=200&copies=2`);
    const { root, part } = page;
    const watching = watch(page);
    const kept = TAGS.map((tag) => root(tag).querySelector('.root'));
    await hydrated(page);
    await new Promise((r) => setTimeout(r, 500));
    TAGS.forEach((tag, i) => {
      expect(root(tag).querySelectorAll('.root'), `<${tag}> one tree`).to.have.length(1);
      expect(root(tag).querySelector('.root')).to.equal(kept[i]);
    });
    part<HTMLButtonElement>('lectern-event-card', 'calendar-button')!.click();
    await waitUntil(() => part('lectern-event-card', 'calendar-menu')!.matches(':popover-open'));
    expect(watching.errors).to.deep.equal([]);
  });

  it('hydrates on the hostile CMS page (polluted prototypes, hostile theme CSS, strict CSP)', async () => {
    const page = await open(`item=${encodeURIComponent(SEED)}&host=cms&elements=event-card,speaker-list&delay=300`);
    const { win, root, part, doc } = page;
    const watching = watch(page);
    expect((win.Object.prototype as Record<string, unknown>)['polluted']).to.equal('from the host page');
    await hydrated(page);
    expect(root('lectern-event-card').querySelectorAll('.root')).to.have.length(1);
    expect(root('lectern-event-card').querySelector('h2')!.textContent).to.equal(TITLE);
    expect(part<HTMLAnchorElement>('lectern-event-card', 'register')!.href).to.equal(`${SEED}#register`);
    part<HTMLButtonElement>('lectern-event-card', 'calendar-button')!.click();
    await waitUntil(() => part('lectern-event-card', 'calendar-menu')!.matches(':popover-open'));
    expect(doc.querySelectorAll('lectern-event-card')).to.have.length(1);
    await new Promise((r) => setTimeout(r, 100));
    // The host pollutes Array.prototype: compare lengths, not arrays.
    expect(win.__violations!.length, String(win.__violations)).to.equal(0);
    expect(watching.errors.length, watching.errors.join('\n')).to.equal(0);
  });

  it('works in a real static-site generator: the Eleventy example’s page, read without and with JavaScript', async () => {
    const off = await open('', { scripts: false, path: '/__ssr/eleventy/index.html' });
    expect(off.root('lectern-event-card').querySelector('h2')!.textContent).to.equal(TITLE);
    expect(text(off.part('lectern-speaker-list', 'bio'))).to.contain('Andrea Berger is the Deputy Director');
    const page = await open('', { path: '/__ssr/eleventy/index.html' });
    const watching = watch(page);
    const kept = page.root('lectern-event-card').querySelector('.root');
    await hydrated(page);
    expect(page.root('lectern-event-card').querySelector('.root')).to.equal(kept);
    page.part<HTMLButtonElement>('lectern-event-card', 'calendar-button')!.click();
    await waitUntil(() => page.part('lectern-event-card', 'calendar-menu')!.matches(':popover-open'));
    await expectAxeClean(page.doc);
    expect(watching.errors).to.deep.equal([]);
  });
});
