/**
 * Every demo page as a visitor (and a partner's security team) sees it: each page is opened in an
 * iframe, with its own document and its own copy of the built bundle (dist/lectern.js, so run
 * `npm run build` first), and checked for what it must show, for text that betrays a bug, for the CSP
 * rules the demos promise (one module script, no inline code), and with axe-core for WCAG 2.2 AA.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { expectAxeClean, openPage, SEED_TITLE } from '../helpers.js';

const CONTENT = 'lectern-event-card, lectern-speaker-list, lectern-publication-card, lectern-related-carousel, lectern-event-list';
const BROKEN_TEXT = /undefined|NaN|Invalid Date|\[object Object\]|calendarclock/;
/** Visible text of an element's shadow root, whitespace collapsed. */
function text(el: Element | null | undefined): string {
  return (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function contentElements(doc: Document, except?: Element): Element[] {
  return [...doc.querySelectorAll(CONTENT)].filter((el) => !except?.contains(el));
}

function isRendered(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root?.querySelector('[part="base"]') && !root.querySelector('[aria-busy="true"]');
}

/** Waits until every Lectern content element on the page (but those inside `except`) has rendered. */
async function rendered(doc: Document, except?: Element): Promise<void> {
  try {
    await waitUntil(() => contentElements(doc, except).every(isRendered), 'pending', { timeout: 8000 });
  } catch {
    const pending = contentElements(doc, except).filter((el) => !isRendered(el));
    throw new Error(`still pending after 8 s: ${pending.map((el) => el.localName).join(', ')}`);
  }
}

/** Inside `el`'s shadow root: the first element matching `selector`. */
function inside<T extends Element = HTMLElement>(el: Element | null, selector: string): T {
  const found = el?.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el?.localName}>`);
  return found;
}

function style(el: Element): CSSStyleDeclaration {
  return el.ownerDocument.defaultView!.getComputedStyle(el);
}

/** The test server's own live-reload script, which it injects into every HTML page it serves. */
const DEV_SERVER_SCRIPT = '/__web-dev-server';

/** One module script, the bundle; no inline code or inline event handlers (the pages run under a strict CSP). */
function expectCspFriendly(doc: Document): void {
  const modules = [...doc.querySelectorAll('script[type="module"]')].filter((s) => !s.getAttribute('src')?.startsWith(DEV_SERVER_SCRIPT));
  expect(modules.length, 'module scripts').to.equal(1);
  expect(modules[0].getAttribute('src')).to.equal('../dist/lectern.js');
  for (const script of doc.querySelectorAll('script')) {
    if (script.hasAttribute('src') || script.type === 'application/feed+json' || script.type === 'application/ld+json') continue;
    expect.fail(`inline script: ${script.outerHTML.slice(0, 80)}`);
  }
  for (const el of doc.querySelectorAll('*')) {
    const handlers = [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name);
    expect(handlers, `inline handlers on <${el.localName}>`).to.deep.equal([]);
    expect(el.hasAttribute('style'), `style attribute on <${el.localName}>`).to.equal(false);
  }
}

function expectNoBrokenText(doc: Document): void {
  for (const el of doc.querySelectorAll(CONTENT)) {
    const t = text(el);
    expect(t, `<${el.localName}> text`).not.to.match(BROKEN_TEXT);
  }
}


function expectNav(doc: Document, current: string): void {
  const nav = doc.querySelector('nav.demo-nav')!;
  expect(nav, 'demo nav').to.exist;
  const hrefs = [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  expect(hrefs).to.deep.equal(['index.html', 'server-rendered.html', 'events.html', 'publisher.html', 'cms.html', 'states.html', 'builder.html']);
  expect(nav.querySelector('[aria-current="page"]')!.getAttribute('href')).to.equal(current);
  expect(doc.documentElement.lang).to.equal('en-GB');
  expect(doc.title).not.to.equal('');
}

describe('demo pages', function () {
  this.timeout(30000);

  it('index.html: the seed event page, with the demo nav', async () => {
    const doc = await openPage('/demo/index.html');
    expectNav(doc, 'index.html');
    expectCspFriendly(doc);
    await rendered(doc);
    expect(text(doc.querySelector('lectern-event-card'))).to.contain(SEED_TITLE);
    expectNoBrokenText(doc);
    await expectAxeClean(doc);
  });

  it('events.html: a think tank’s events page, upcoming by month then past with recordings, from one feed', async () => {
    const doc = await openPage('/demo/events.html');
    expectNav(doc, 'events.html');
    expectCspFriendly(doc);
    await rendered(doc);
    const [upcoming, past] = [...doc.querySelectorAll('lectern-event-list')];
    const entries = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="entry"]')];
    // The page's clock decides which events are upcoming: each list holds only its own side of now.
    const now = Date.now();
    const starts = (el: Element) => entries(el).map((e) => Date.parse(e.querySelector('time')?.getAttribute('datetime') ?? 'x'));
    expect(entries(upcoming!).length + entries(past!).length).to.be.greaterThan(5);
    expect(inside(upcoming!, '[part~="heading"]').textContent!.trim()).to.equal('Upcoming events');
    expect(inside(past!, '[part~="heading"]').textContent!.trim()).to.equal('Past events');
    expect(entries(past!).length).to.be.at.most(4);
    for (const start of starts(past!)) expect(start).to.be.below(now);
    const dated = starts(upcoming!).filter((t) => !Number.isNaN(t));
    expect(dated, 'upcoming, soonest first').to.deep.equal([...dated].sort((a, b) => a - b));
    if (entries(upcoming!).length) expect(upcoming!.shadowRoot!.querySelector('[part~="month"]'), 'month headings').to.exist;
    if (entries(past!).length) expect(past!.shadowRoot!.querySelector('[part~="recording"]'), 'a recording link').to.exist;
    expectNoBrokenText(doc);
    await expectAxeClean(doc);
  });

  it('publisher.html: the book first, then the launch and its speakers, in the shop’s own look', async () => {
    const doc = await openPage('/demo/publisher.html');
    expectNav(doc, 'publisher.html');
    expectCspFriendly(doc);
    await rendered(doc);
    const [first] = contentElements(doc);
    expect(first.localName, 'first widget').to.equal('lectern-publication-card');
    // The book title is the page's h1.
    expect(inside(first, 'h1').textContent).to.contain('Target Markets');
    expect(text(first)).to.contain('Routledge');
    const card = doc.querySelector('lectern-event-card')!;
    expect(text(card)).to.contain(SEED_TITLE);
    expect(text(card)).to.contain('Whitehall Paper Launch');
    expect(text(doc.querySelector('lectern-speaker-list'))).to.contain('Hugh Griffiths');
    expect(text(doc.querySelector('lectern-speaker-list'))).to.contain('Speakers at the launch');
    // The widgets take the shop's serif and green through --lectern-* properties.
    expect(style(inside(first, '[part="base"]')).fontFamily).to.contain('Palatino');
    expect(style(inside(card, '[part="register"]')).backgroundColor).to.equal('rgb(29, 75, 60)');
    // The book is the page's main content: one schema.org Book, from the publication card alone.
    await waitUntil(() => doc.querySelectorAll('script[type="application/ld+json"]').length > 0, 'no JSON-LD');
    const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')];
    expect(ld.map((s) => s.parentElement!.localName)).to.deep.equal(['lectern-publication-card']);
    const book = JSON.parse(ld[0]!.textContent!) as { '@type': string; name: string };
    expect(book['@type']).to.equal('Book');
    expect(book.name).to.contain('Target Markets');
    expectNoBrokenText(doc);
    await expectAxeClean(doc);
  });

  it('server-rendered.html: the seed event in the HTML (built by lectern render), hydrated in place', async () => {
    const doc = await openPage('/demo/server-rendered.html');
    expectNav(doc, 'server-rendered.html');
    expectCspFriendly(doc);
    const card = doc.querySelector('lectern-event-card')!;
    // In the HTML as served: generated by the build, never fetched.
    expect(doc.querySelector('lectern-feed')!.hasAttribute('src')).to.equal(false);
    const title = inside(card, 'h1');
    expect(title.textContent).to.equal(SEED_TITLE);
    await waitUntil(() => !doc.querySelector('[defer-hydration]') && !doc.querySelector('lectern-feed')!.hasAttribute('now'), 'not hydrated', { timeout: 8000 });
    await rendered(doc);
    expect(inside(card, 'h1'), 'hydrated in place').to.equal(title);
    expect(contentElements(doc).map((el) => el.localName)).to.deep.equal([
      'lectern-event-card',
      'lectern-publication-card',
      'lectern-speaker-list',
      'lectern-related-carousel',
    ]);
    const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => (JSON.parse(s.textContent!) as { '@type': string })['@type']);
    expect(ld).to.deep.equal(['Event', 'Book']);
    expectNoBrokenText(doc);
    await expectAxeClean(doc);
  });

  it('cms.html: the widgets hold their own against a hostile theme', async () => {
    const doc = await openPage('/demo/cms.html');
    expectNav(doc, 'cms.html');
    expectCspFriendly(doc);
    await rendered(doc);
    // The theme really is hostile (otherwise this test proves nothing).
    expect(style(doc.documentElement).fontSize).to.equal('10px');
    expect(style(doc.querySelector('.entry-title')!).textTransform).to.equal('uppercase');
    expect(style(doc.querySelector('.wp-block-image img')!).borderTopWidth).to.equal('8px');
    expect(style(doc.querySelector('.is-style-callout')!).fontStyle).to.equal('italic');

    const card = doc.querySelector('lectern-event-card')!;
    expect(text(card)).to.contain(SEED_TITLE);
    const base = style(inside(card, '[part="base"]'));
    expect(base.fontSize, 'widget font-size').to.equal('16px');
    expect(base.lineHeight, 'widget line-height').to.equal('24px');
    expect(base.fontStyle, 'widget font-style inside an italic callout').to.equal('normal');
    const title = style(inside(card, '[part="title"]'));
    expect(title.textTransform, 'widget heading').to.equal('none');
    expect(title.letterSpacing).to.equal('normal');
    const calendar = style(inside(card, '[part="calendar-button"]'));
    expect(calendar.fontFamily, 'widget button font').not.to.contain('Courier');
    expect(calendar.textTransform, 'widget button').to.equal('none');

    // Fixed-size portraits: the theme's img rule (8px red border, width 100% !important) stays out.
    const speakers = doc.querySelector('lectern-speaker-list')!;
    expect(text(speakers)).to.contain('Andrea Berger');
    const portrait = inside<HTMLImageElement>(speakers, 'img[part="portrait"]');
    expect(style(portrait).borderTopWidth, 'portrait border').to.equal('0px');
    expect(style(portrait).width, 'portrait width').to.equal(style(portrait).height);
    expect(portrait.getBoundingClientRect().width, 'portrait width').to.be.below(100);

    // The standalone carousel on a WordPress-style JSON Feed 1.0.
    const carousel = doc.querySelector('lectern-related-carousel[src="feeds/blog.json"]')!;
    expect(text(carousel)).to.contain('Ship-to-ship transfers and the limits of an embargo');
    expect(text(carousel)).to.contain('From the Policy Digest');
    expect(style(inside(carousel, 'img[part="image"]')).borderTopWidth, 'carousel image border').to.equal('0px');
    expect(style(inside(carousel, '[part="heading"]')).textTransform).to.equal('none');

    // The sidebar: at most three events under the theme's own widget heading, no heading of the list's own.
    const sidebar = doc.querySelector('#secondary lectern-event-list')!;
    expect(sidebar.shadowRoot!.querySelectorAll('[part~="entry"]').length).to.be.within(1, 3);
    expect(sidebar.shadowRoot!.querySelector('[part~="heading"]')).to.equal(null);
    expect(inside(sidebar, '[part~="title"]').localName).to.equal('h3');
    expect(style(inside(sidebar, '[part~="title"]')).textTransform).to.equal('none');
    expectNoBrokenText(doc);
    await expectAxeClean(doc);
  });

  it('states.html: every state side by side, the slow one arriving after its delay', async () => {
    const opened = Date.now();
    const doc = await openPage('/demo/states.html');
    expectNav(doc, 'states.html');
    expectCspFriendly(doc);
    expect(doc.querySelector('.sample-note')!.textContent).to.match(/sample data/i);
    const slow = doc.querySelector('#state-slow')!;
    await rendered(doc, slow);
    const slowCard = slow.querySelector('lectern-event-card')!;
    // Still waiting, holding its space, while the others have rendered.
    if (Date.now() - opened < 2500) {
      expect(slowCard.shadowRoot!.querySelector('[aria-busy="true"]'), 'slow card pending').to.exist;
    }

    const expected: Record<string, string[]> = {
      upcoming: ['Register', 'Add to calendar'],
      live: ['Live now', 'Join the live stream'],
      ended: ['This event has ended', 'Watch the recording'],
      cancelled: ['Cancelled'],
      postponed: ['Postponed', 'New date to be announced'],
      rescheduled: ['Rescheduled', 'Previously'],
      'moved-online': ['Moved online', 'Online'],
      'no-date': ['Date to be announced'],
      broken: ['could not be loaded'],
      'missing-file': ['could not be loaded'],
      'missing-item': ['not in the feed'],
    };
    for (const [state, phrases] of Object.entries(expected)) {
      const box = doc.querySelector(`#state-${state}`)!;
      expect(box, state).to.exist;
      expect(box.querySelector('h2')!.textContent!.trim(), `${state} heading`).not.to.equal('');
      const t = text(box.querySelector('lectern-event-card'));
      for (const phrase of phrases) expect(t, `${state}: "${phrase}"`).to.contain(phrase);
    }
    expect(text(doc.querySelector('#state-cancelled lectern-event-card'))).not.to.contain('Register');
    expect(text(doc.querySelector('#state-ended lectern-event-card'))).not.to.contain('Register');

    await waitUntil(() => isRendered(slowCard), 'the slow card never rendered', { timeout: 8000 });
    expect(Date.now() - opened, 'the slow feed waited').to.be.at.least(2900);
    expect(text(slowCard)).to.contain('Worth the Wait');
    expectNoBrokenText(doc);
    await expectAxeClean(doc);
  });

  it('builder.html: sample feed, items, elements, theme, live preview and copy', async () => {
    const doc = await openPage('/demo/builder.html');
    expectNav(doc, 'builder.html');
    expectCspFriendly(doc);
    const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
    const select = $<HTMLSelectElement>('item');
    const snippet = $<HTMLTextAreaElement>('snippet');
    const preview = $('preview');
    for (const control of doc.querySelectorAll<HTMLElement>('input, select, textarea')) {
      expect((control as HTMLInputElement).labels?.length ?? 0, `label for #${control.id}`).to.be.above(0);
    }

    // The builder starts from the sample feed.
    await waitUntil(() => !select.disabled && select.options.length > 1, 'the sample feed did not load on arrival');

    // A feed that fails says so, and empties the item select.
    $<HTMLInputElement>('feed-url').value = 'feeds/no-such-feed.json';
    $('load').click();
    await waitUntil(() => /Could not load/.test($('feed-status').textContent!), 'no failure message');
    expect($('feed-status').textContent).to.contain('404');
    expect(select.disabled).to.equal(true);

    // The sample fills the item select, and the preview renders.
    $('use-sample').click();
    await waitUntil(() => !select.disabled && select.options.length > 1, 'the item select was not filled');
    const titles = [...select.options].map((o) => o.textContent);
    expect(titles).to.include(SEED_TITLE);
    expect(titles).to.include('Sanctions Symposium (sample)');
    await waitUntil(() => !!preview.querySelector('lectern-event-card') && isRendered(preview.querySelector('lectern-event-card')!));
    expect(snippet.value).to.match(/^<script type="module" src="http:\/\/[^"]+\/dist\/lectern\.js"><\/script>\n/);
    expect(snippet.value).to.contain('<lectern-feed src="http://');
    expect(snippet.value).to.contain('/demo/feeds/events.json">');

    // Choosing an item.
    select.value = 'https://rusi.org/events/target-markets';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippet.value).to.contain('item="https://rusi.org/events/target-markets"');

    // Toggling an element updates the snippet and the preview.
    $('el-publication-card').click();
    expect(snippet.value).to.contain('<lectern-publication-card></lectern-publication-card>');
    const book = preview.querySelector('lectern-publication-card')!;
    expect(book, 'preview publication card').to.exist;
    await waitUntil(() => isRendered(book));
    expect(text(book)).to.contain('Routledge');
    // The event list: in the script snippet and the preview; the server command says it is not rendered there.
    $('el-event-list').click();
    expect(snippet.value).to.contain('<lectern-event-list></lectern-event-list>');
    const list = preview.querySelector('lectern-event-list')!;
    await waitUntil(() => isRendered(list) && list.shadowRoot!.querySelector('[part~="list"]'), 'preview list');
    expect($<HTMLTextAreaElement>('render-snippet').value).to.contain('<lectern-event-list> is not server-rendered');
    expect($<HTMLTextAreaElement>('render-snippet').value).not.to.contain('event-list,');
    $('el-event-list').click();
    expect(snippet.value).not.to.contain('lectern-event-list');
    $('el-speaker-list').click();
    expect(snippet.value).not.to.contain('lectern-speaker-list');
    expect(preview.querySelector('lectern-speaker-list')).to.equal(null);

    // The server-rendered snippet: the command for the same choices, every word shell-safe.
    const render = $<HTMLTextAreaElement>('render-snippet');
    expect(render.value).to.match(
      /^# .*\nnpx lectern render http:\/\/[^ ]+\/demo\/feeds\/events\.json --item https:\/\/rusi\.org\/events\/target-markets --elements event-card,publication-card > lectern-embed\.html\n/,
    );
    expect(render.value).to.contain('<script type="module" async src="http://');
    const option = doc.createElement('option');
    option.value = "x'; rm -rf ~; echo '";
    select.append(option);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(render.value).to.contain(`--item 'x'\\''; rm -rf ~; echo '\\'''`);
    option.remove();
    select.value = 'https://rusi.org/events/target-markets';
    select.dispatchEvent(new Event('change', { bubbles: true }));

    // One element alone: no provider, its own src.
    $('el-event-card').click();
    expect(snippet.value).not.to.contain('lectern-feed');
    expect(snippet.value).to.match(/<lectern-publication-card src="[^"]+" item="https:\/\/rusi\.org\/events\/target-markets"><\/lectern-publication-card>/);

    // Theme: shown in the preview and written to the snippet.
    const accent = $<HTMLInputElement>('accent');
    accent.value = '#1d4b3c';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    expect(snippet.value).to.contain('--lectern-accent: #1d4b3c;');
    expect(snippet.value).to.contain('class="lectern-theme"');
    expect(preview.style.getPropertyValue('--lectern-accent')).to.equal('#1d4b3c');
    const font = $<HTMLSelectElement>('font');
    font.value = "Georgia, 'Times New Roman', serif";
    font.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippet.value).to.contain("--lectern-font-family: Georgia, 'Times New Roman', serif;");
    await waitUntil(() => isRendered(preview.querySelector('lectern-publication-card')!));
    expect(style(inside(preview.querySelector('lectern-publication-card'), '[part="base"]')).fontFamily).to.contain('Georgia');

    // The language picker: every built-in language, live in the preview, and `lang` in the snippet.
    const lang = $<HTMLSelectElement>('lang');
    expect([...lang.options].map((o) => o.value)).to.deep.equal(['', 'en', 'fr', 'de', 'es', 'ru', 'ar', 'zh-CN', 'zh-TW', 'ko']);
    lang.value = 'ko';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippet.value).to.contain('lang="ko"');
    await waitUntil(() => text(preview.querySelector('lectern-publication-card')).includes('출간일'), 'the preview is not in Korean', { timeout: 8000 });
    lang.value = '';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippet.value).not.to.contain('lang=');

    // A light accent gets a contrast warning.
    accent.value = '#ffdd00';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    expect($('accent-hint').textContent).to.contain('Too light');
    accent.value = '#1d4b3c';
    accent.dispatchEvent(new Event('input', { bubbles: true }));

    // Copy: "Copied", or (when the clipboard is not allowed) the code selected for Ctrl+C.
    $('copy').click();
    await waitUntil(() => $('copy-status').textContent !== '', 'no copy status');
    const status = $('copy-status').textContent!;
    if (status !== 'Copied') {
      expect(status).to.contain('selected');
      expect(snippet.selectionEnd - snippet.selectionStart).to.equal(snippet.value.length);
    }
    expectNoBrokenText(doc);
    await expectAxeClean(doc);
  });
});
