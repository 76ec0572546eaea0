import { expect, fixture, html, nextFrame, waitUntil, aTimeout } from '@open-wc/testing';
import '../../src/index.js';
import { LecternFeed, type LecternEventCard } from '../../src/index.js';
import { registry } from '../../src/feed/loader.js';
import { captureConsole, renderUntil, feedUrl, requestCount, settled, text, uniqueKey, SEED_ID, SEED_TITLE } from '../helpers.js';

const BROKEN_ITEM_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Mixed',
  items: [
    { id: 'bad', title: 'Broken event', _event: { start: '2026-13-01', time_zone: 'Europe/London' } },
    { id: 'good', title: 'Good event', content_text: 'Fine.', _event: { start: '2030-01-01T10:00', time_zone: 'Europe/London' } },
  ],
});

describe('<lectern-feed> with a content element', () => {
  it('renders the seed event title and fires lectern-load', async () => {
    const src = feedUrl({ key: uniqueKey('seed') });
    const { container: wrapper, event: ev } = await renderUntil<CustomEvent>(
      html`<lectern-feed src=${src}><lectern-event-card></lectern-event-card></lectern-feed>`,
      'lectern-load',
    );
    expect(ev.detail.url).to.equal(new URL(src, location.href).href);
    expect(ev.detail.stale).to.equal(false);
    expect(ev.detail.feed.items.length).to.equal(7);
    const card = wrapper.querySelector('lectern-event-card')!;
    await settled(card);
    expect(text(card)).to.contain(SEED_TITLE);
    expect(text(card)).to.contain('Whitehall Paper Launch');
    expect(card.shadowRoot!.querySelector('h2 a')!.getAttribute('href')).to.equal(SEED_ID);
    await expect(card).to.be.accessible();
  });

  it('makes one request for many elements on the same feed, provided or standalone', async () => {
    const key = uniqueKey('dedupe');
    const src = feedUrl({ key, delay: 100 });
    const el = await fixture(html`<div>
      <lectern-feed src=${src}>
        <lectern-event-card></lectern-event-card><lectern-speaker-list></lectern-speaker-list>
        <lectern-publication-card></lectern-publication-card><lectern-related-carousel></lectern-related-carousel>
      </lectern-feed>
      <lectern-event-card src=${src}></lectern-event-card>
      <lectern-speaker-list src=${src}></lectern-speaker-list>
    </div>`);
    const all = [...el.querySelectorAll<HTMLElement>('lectern-event-card, lectern-speaker-list, lectern-publication-card, lectern-related-carousel')];
    for (const child of all) await settled(child);
    for (const child of all) expect(text(child)).not.to.match(/undefined|NaN|Invalid Date|\[object Object\]/);
    expect(await requestCount(key)).to.equal(1);
    // A widget added later reuses the loaded document: still one request.
    const late = document.createElement('lectern-related-carousel');
    late.setAttribute('src', src);
    el.append(late);
    await settled(late);
    expect(await requestCount(key)).to.equal(1);
  });

  it('reserves space and is accessible while pending', async () => {
    const src = feedUrl({ key: uniqueKey('pending'), delay: 1500 });
    const card = await fixture<LecternEventCard>(html`<lectern-event-card src=${src}></lectern-event-card>`);
    const pending = card.shadowRoot!.querySelector('[part="pending"]')!;
    expect(pending.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(text(card)).to.equal('Loading…');
    await expect(card).to.be.accessible();
  });

  it('reports a timeout as kind "timeout" with an actionable message', async function () {
    // Longer than the loader's own deadline (25 s): on a loaded machine WebKit's timers run late, and
    // the test must wait as long as a page would (it took over 15 s once in a CI run).
    this.timeout(30_000);
    const src = feedUrl({ key: uniqueKey('timeout'), delay: 5000 });
    const { result: ev, errors } = await captureConsole(async () => {
      const { event } = await renderUntil<CustomEvent>(
        html`<lectern-feed src=${src} timeout="200"><lectern-event-card></lectern-event-card></lectern-feed>`,
        'lectern-error',
      );
      return event;
    });
    expect(ev.detail.kind).to.equal('timeout');
    // Each try waits 0.2 s; retries with backoff make the whole wait longer, and the message says so.
    expect(ev.detail.message)
      .to.contain('/api/feed')
      .and.to.match(/did not answer in \d+(\.\d)? s \(3 tries\)$/);
    expect(errors.join('\n')).to.match(/did not answer in \d+(\.\d)? s \(3 tries\)/);
    const card = document.querySelector('lectern-event-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="error"]'));
    expect(text(card)).to.equal('This content could not be loaded. Please try again later. Try again');
    await expect(card).to.be.accessible();
  });

  for (const [name, params, kind, pattern] of [
    ['404', { status: 404 }, 'http', /answered 404 Not Found$/],
    ['500', { status: 500 }, 'http', /answered 500 Internal Server Error$/],
    ['an HTML page', { type: 'text/html', body: '<!doctype html><title>Log in</title>' }, 'parse', /answered with text\/html, not JSON/],
    ['truncated JSON', { body: '{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [' }, 'parse', /is not valid JSON/],
    ['a JSON array', { body: '[1, 2]' }, 'invalid', /is not a JSON Feed/],
    ['JSON Feed 2', { body: '{"version": "https://jsonfeed.org/version/2", "title": "x", "items": []}' }, 'unsupported-version', /declares version/],
  ] as const) {
    it(`reports ${name} as kind "${kind}"`, async () => {
      const src = feedUrl({ key: uniqueKey(name), ...params });
      const { result: ev } = await captureConsole(async () => {
        const { event } = await renderUntil<CustomEvent>(html`<lectern-event-card src=${src}></lectern-event-card>`, 'lectern-error');
        return event;
      });
      expect(ev.detail.kind).to.equal(kind);
      expect(ev.detail.message).to.match(pattern);
      expect(ev.detail.url).to.equal(new URL(src, location.href).href);
      if (kind === 'http') expect(ev.detail.status).to.equal(params.status);
      expect(ev.composed && ev.bubbles).to.equal(true);
    });
  }

  it('offers "Try again" after a failure, which asks the server again', async () => {
    const key = uniqueKey('retry-button');
    const src = feedUrl({ key, failFirst: 3 });
    const { result: card } = await captureConsole(async () => {
      const { container } = await renderUntil(html`<lectern-event-card src=${src}></lectern-event-card>`, 'lectern-error');
      const el = container.querySelector('lectern-event-card')!;
      await (el as LecternEventCard).updateComplete;
      return el;
    });
    const retry = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent).to.equal('Try again');
    await expect(card).to.be.accessible();
    retry.click();
    await waitUntil(() => text(card).includes(SEED_TITLE), 'retry did not load the feed', { timeout: 8000 });
    expect(await requestCount(key)).to.equal(4);
  });

  it('shows the last good copy when the network fails later, with stale: true in lectern-load', async () => {
    const key = uniqueKey('stale-element');
    const src = feedUrl({ key, failAfter: 1 });
    await renderUntil(html`<lectern-event-card src=${src}></lectern-event-card>`, 'lectern-load');
    // A later visit: the page's registry forgets, the server is down, the saved copy remains.
    const { registry } = await import('../../src/feed/loader.js');
    registry().entries.clear();
    const { result } = await captureConsole(() =>
      renderUntil<CustomEvent>(html`<lectern-event-card src=${src}></lectern-event-card>`, 'lectern-load'),
    );
    expect(result.event.detail.stale).to.equal(true);
    const card = result.container.querySelector('lectern-event-card')!;
    await settled(card);
    expect(text(card)).to.contain(SEED_TITLE);
  });

  it('drops a broken item with one console warning naming its path, and renders the valid ones', async () => {
    const src = feedUrl({ key: uniqueKey('broken-item'), body: BROKEN_ITEM_FEED });
    const { result: card, warns } = await captureConsole(async () => {
      const el = await fixture<LecternEventCard>(html`<lectern-event-card src=${src}></lectern-event-card>`);
      await settled(el);
      return el;
    });
    expect(text(card)).to.contain('Good event');
    const mine = warns.filter((w) => w.includes('items[0]'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain('items[0]._event.start').and.to.contain('"2026-13-01" is not a date');
  });

  it('reads an inline feed without any request', async () => {
    const sentBefore = registry().sent;
    const el = await fixture(html`<lectern-feed>
      <script type="application/feed+json">
        {"version": "https://jsonfeed.org/version/1.1", "title": "Inline", "items": [
          {"id": "x", "title": "Inline event", "content_text": "Hi", "_event": {"start": "2030-05-01T10:00", "time_zone": "Europe/Paris"}}]}
      </script>
      <lectern-event-card></lectern-event-card>
    </lectern-feed>`);
    const card = el.querySelector('lectern-event-card')!;
    await settled(card);
    expect(text(card)).to.contain('Inline event');
    expect(registry().sent).to.equal(sentBefore);
  });

  it('finds a provider that upgrades after its children (ContextRoot)', async () => {
    const name = `late-feed-${Math.random().toString(36).slice(2)}`;
    const src = feedUrl({ key: uniqueKey('late') });
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<${name} src="${src}"><lectern-event-card></lectern-event-card></${name}>`;
    document.body.append(wrapper);
    try {
      const card = wrapper.querySelector('lectern-event-card') as LecternEventCard;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      customElements.define(name, class extends LecternFeed {});
      await settled(card);
      expect(text(card)).to.contain(SEED_TITLE);
    } finally {
      wrapper.remove();
    }
  });

  it('re-renders when item changes, and when src changes (the old load is dropped)', async () => {
    const slow = feedUrl({ key: uniqueKey('slow'), delay: 800, body: BROKEN_ITEM_FEED.replace('Good event', 'Slow event') });
    const fast = feedUrl({ key: uniqueKey('fast') });
    const { result: card } = await captureConsole(async () => {
      const el = await fixture<LecternEventCard>(html`<lectern-event-card src=${slow}></lectern-event-card>`);
      el.src = fast;
      await settled(el);
      return el;
    });
    expect(text(card)).to.contain(SEED_TITLE);
    // The same slow URL, asked for after the card asked: when it answers, the card's old load has too.
    await (await fetch(slow)).text();
    await nextFrame();
    await nextFrame();
    await card.updateComplete;
    expect(text(card)).to.contain(SEED_TITLE);
    expect(text(card)).not.to.contain('Slow event');
    card.item = 'https://rusi.org/events/sanctions-symposium';
    await card.updateComplete;
    expect(text(card)).to.contain('Sanctions Symposium');
  });

  it('reports an item that is not in the feed as "not-found" and shows a tidy message', async () => {
    const src = feedUrl({ key: uniqueKey('missing') });
    const { result: ev } = await captureConsole(async () => {
      const { event } = await renderUntil<CustomEvent>(
        html`<lectern-feed src=${src} item="nope"><lectern-event-card></lectern-event-card></lectern-feed>`,
        'lectern-error',
      );
      return event;
    });
    expect(ev.detail.kind).to.equal('not-found');
    expect(ev.detail.message).to.contain('has no item with id "nope"');
    const card = document.querySelector('lectern-event-card')!;
    await settled(card);
    expect(text(card)).to.equal('This item is not in the feed.');
    await expect(card).to.be.accessible();
  });

  it('writes its messages in the page language', async () => {
    const src = feedUrl({ key: uniqueKey('fr'), status: 503 });
    const { result: card } = await captureConsole(async () => {
      const { container } = await renderUntil(html`<div lang="fr"><lectern-event-card src=${src}></lectern-event-card></div>`, 'lectern-error');
      const el = container.querySelector('lectern-event-card')!;
      await (el as LecternEventCard).updateComplete;
      return el;
    });
    expect(text(card)).to.contain('Ce contenu n’a pas pu être chargé.');
  });

  it('renders feed text as text, never as markup', async () => {
    const hostile = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [
        {
          id: 'x',
          title: '<img src=x onerror="window.__pwned=1">',
          summary: '<script>window.__pwned=1</script>',
          url: 'javascript:window.__pwned=1',
          content_text: 'x',
          _event: { kind: '<b>bold</b>' },
        },
      ],
    });
    const { result: card } = await captureConsole(async () => {
      const el = await fixture<LecternEventCard>(
        html`<lectern-event-card src=${feedUrl({ key: uniqueKey('xss'), body: hostile })}></lectern-event-card>`,
      );
      await settled(el);
      return el;
    });
    expect(text(card)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(card.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(card.shadowRoot!.querySelector('a')).to.equal(null);
    await aTimeout(50);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<lectern-feed> refresh()', () => {
  it('reads the inline feed again and fires lectern-load again, even when its text is unchanged', async () => {
    const wrapper = await fixture(html`<div><lectern-feed>
      <script type="application/feed+json">{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "x", "title": "X", "content_text": "x"}]}</script>
      <lectern-event-card item="x"></lectern-event-card>
    </lectern-feed></div>`);
    const provider = wrapper.querySelector('lectern-feed') as LecternFeed;
    let loads = 0;
    wrapper.addEventListener('lectern-load', () => loads++);
    provider.refresh();
    provider.refresh();
    expect(loads).to.equal(2);
  });
});

describe('<lectern-feed>: when the elements render', () => {
  it('renders each element in a task after the feed is ready, not in the task the feed arrived in', async () => {
    // Five widgets rendering in the task that delivered the feed made one long task (docs/performance.md); each
    // first render with content now waits for a task of its own.
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    let loaded = false;
    wrapper.addEventListener('lectern-load', () => (loaded = true));
    wrapper.innerHTML = `<lectern-feed>
      <script type="application/feed+json">{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [
        {"id": "x", "title": "Tasks", "content_text": "x", "_event": {"start": "2030-05-01T10:00Z", "speakers": [{"name": "A B"}]}}]}</script>
      <lectern-event-card></lectern-event-card><lectern-speaker-list></lectern-speaker-list>
    </lectern-feed>`;
    const card = wrapper.querySelector('lectern-event-card')!;
    const speakers = wrapper.querySelector('lectern-speaker-list')!;
    const shown = (el: Element) => !!el.shadowRoot?.querySelector('[part="title"], [part="name"]');
    // Every microtask of this task runs out (Lit renders in microtasks): nothing is shown yet…
    for (let i = 0; i < 50; i++) await null;
    expect(loaded, 'the inline feed is read in this task').to.equal(true);
    expect(shown(card) || shown(speakers)).to.equal(false);
    // …and both are, a task or two later.
    await waitUntil(() => shown(card) && shown(speakers), 'the elements did not render');
  });
});

describe('relative URLs resolve against the feed’s final URL', () => {
  it('in item fields, speaker links, content_html and bio_html', async () => {
    const src = `/api/redirect?to=${encodeURIComponent('/test/fixtures/relative/feed.json')}`;
    const wrapper = await fixture<HTMLElement>(html`<div>
      <lectern-feed src=${src} item="e" now="2030-01-01T00:00:00Z"><lectern-event-card></lectern-event-card><lectern-speaker-list></lectern-speaker-list></lectern-feed>
    </div>`);
    const card = wrapper.querySelector('lectern-event-card')!;
    const speakers = wrapper.querySelector('lectern-speaker-list')!;
    await waitUntil(() => card.shadowRoot?.querySelector('.rich a') && speakers.shadowRoot?.querySelector('.rich a'), 'rich text did not render', {
      timeout: 8000,
    });
    const dir = new URL('/test/fixtures/relative/', location.href).href;
    const hrefs = (el: Element) => [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs(card)).to.include.members([`${dir}event.html`, `${dir}more.html`, new URL('/top.html', location.href).href]);
    expect(hrefs(speakers)).to.include.members([`${dir}people/ada.html`, new URL('/test/fixtures/bio.html', location.href).href]);
  });
});

describe('<lectern-feed>: loading, hardened', () => {
  it('refresh() on one provider does not cancel the load another provider of the same URL is waiting on', async () => {
    const src = feedUrl({ key: uniqueKey('two-providers'), delay: 500 });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <lectern-feed id="a" src=${src}><lectern-event-card item=${SEED_ID}></lectern-event-card></lectern-feed>
      <lectern-feed id="b" src=${src}><lectern-event-card item=${SEED_ID}></lectern-event-card></lectern-feed>
    </div>`);
    (wrapper.querySelector('#a') as LecternFeed).refresh();
    const cards = [...wrapper.querySelectorAll('lectern-event-card')];
    await waitUntil(
      () => cards.every((c) => text(c).includes(SEED_TITLE) || c.shadowRoot?.querySelector('[part~="error"]')),
      'cards did not settle',
      {
        timeout: 8000,
      },
    );
    for (const card of cards) expect(text(card)).to.contain(SEED_TITLE);
  });

  for (const timeout of ['abc', '0', '-1']) {
    it(`timeout="${timeout}" loads with the default wait and a console warning`, async () => {
      const src = feedUrl({ key: uniqueKey('timeout-attr') });
      const { result: card, warns } = await captureConsole(async () => {
        const el = await fixture<LecternEventCard>(html`<lectern-event-card src=${src} timeout=${timeout}></lectern-event-card>`);
        await settled(el);
        return el;
      });
      expect(text(card)).to.contain(SEED_TITLE);
      expect(warns.join('\n')).to.contain('is not a time in ms; using 10 s');
    });
  }
});

describe('<lectern-feed>: large inline feeds', () => {
  const inline = (json: string) => {
    const wrapper = document.createElement('div');
    const provider = document.createElement('lectern-feed');
    const script = document.createElement('script');
    script.type = 'application/feed+json';
    script.textContent = json;
    provider.append(script, document.createElement('lectern-event-card'));
    wrapper.append(provider);
    document.body.append(wrapper);
    return { wrapper, card: provider.querySelector('lectern-event-card')! };
  };
  const items = (n: number, pad = '') => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, title: `Item ${i}${pad}`, content_text: 'x' }));
  const doc = (list: unknown[]) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: 'e', title: 'The big event', content_text: 'x', _event: { start: '2030-01-01T10:00Z' } }, ...list],
    });

  it('a large one (over 64 K characters) is read in later tasks, and renders', async () => {
    const { wrapper, card } = inline(doc(items(3000)));
    try {
      expect(card.shadowRoot?.textContent ?? '').not.to.contain('The big event');
      await waitUntil(() => text(card).includes('The big event'), 'did not render', { timeout: 8000 });
    } finally {
      wrapper.remove();
    }
  });

  it('one over the 5 MB cap is refused like a fetched one, with a message, not parsed', async () => {
    const errors: string[] = [];
    const { result, errors: logged } = await captureConsole(async () => {
      const onError = (e: Event) => errors.push((e as CustomEvent<{ kind: string }>).detail.kind);
      document.addEventListener('lectern-error', onError);
      const { wrapper, card } = inline(doc(items(1, 'x'.repeat(5 * 1024 * 1024))));
      document.removeEventListener('lectern-error', onError);
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
      const shown = text(card);
      wrapper.remove();
      return shown;
    });
    expect(result).to.contain('could not be loaded');
    expect(logged.join('\n')).to.contain('The inline feed in <lectern-feed> is over 5 MB');
    expect(errors).to.deep.equal(['too-large']);
  });
});
