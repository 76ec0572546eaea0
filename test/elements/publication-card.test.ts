import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import type { ReactiveElement } from 'lit';
import '../../src/index.js';
import type { LecternPublicationCard } from '../../src/index.js';
import { feedContext } from '../../src/elements/internal/context.js';
import { feedUrl, part, parts, partText, SEED_ID, SEED_TITLE, text, uniqueKey } from '../helpers.js';

type Json = Record<string, unknown>;

const EVENT_ID = 'https://rusi.org/events/target-markets';
const BOOK_ID = 'https://rusi.org/publications/whitehall-papers/target-markets';

/** A cover that loads: a small SVG from the test server. */
const COVER = new URL(feedUrl({ type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="3"/>' }), location.href).href;

const FULL_BOOK = {
  subtitle: 'North Korea’s Military Customers in the Sanctions Era',
  series: 'Whitehall Papers',
  series_number: 84,
  publisher: 'Routledge',
  isbn: '978-1-138-65493-2',
  date_published: '2015-12-15',
  authors: [{ name: 'Andrea Berger', url: 'https://rusi.org/people/berger' }, { name: 'Hugh Griffiths' }],
  cover: COVER,
  cover_alt: 'Cover of Target Markets: a map of North Korea',
  offers: [{ label: 'Buy from Routledge', url: 'https://www.routledge.com/target-markets' }, { url: 'https://books.example/target-markets' }],
  excerpt: { label: 'Read the Introduction free', url: 'https://rusi.org/target-markets#introduction' },
  access: 'Available to Whitehall Papers subscribers',
};

const BOOK_ITEM = {
  id: BOOK_ID,
  url: BOOK_ID,
  title: 'Target Markets',
  summary: 'Why customers buy weapons from North Korea.',
  content_text: 'First paragraph.\n\nSecond paragraph.',
  date_published: '2016-02-01T00:00:00Z',
};

/** An event featuring `books` (each an item; `_book` given or not). */
function feed(books: Json[], extra: Json = {}): Json {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Events',
    ...extra,
    items: [{ id: EVENT_ID, title: 'Launch', content_text: 'x', _event: { start: '2016-01-19', featured: books.map((b) => b['id']) } }, ...books],
  };
}

const book = (b: Json | undefined, item: Json = {}): Json => ({ ...BOOK_ITEM, ...item, ...(b ? { _book: b } : {}) });

interface Options {
  lang?: string;
  dir?: string;
  width?: string;
  attrs?: string;
}

/** A card inside a <lectern-feed> with an inline feed (no request), settled. */
async function card(data: Json, options: Options = {}): Promise<LecternPublicationCard> {
  const wrapper = await fixture(
    html`<div lang=${options.lang ?? 'en-GB'} dir=${options.dir ?? 'ltr'} style="inline-size: ${options.width ?? '40em'}"></div>`,
  );
  const provider = document.createElement('lectern-feed');
  provider.setAttribute('item', EVENT_ID);
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = JSON.stringify(data);
  const template = document.createElement('template');
  template.innerHTML = `<lectern-publication-card ${options.attrs ?? ''}></lectern-publication-card>`;
  provider.append(script, template.content);
  wrapper.append(provider);
  const el = wrapper.querySelector('lectern-publication-card') as LecternPublicationCard;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="card"], [part="empty"]'), 'card did not render');
  await el.updateComplete;
  return el;
}

/** A link's visible label, without its visually-hidden context. */
const label = (a: Element | null | undefined) =>
  [...a!.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('');
const TIDY = /undefined|NaN|Invalid Date|\[object Object\]|null/;

describe('<lectern-publication-card>: the seed book', () => {
  it('shows the seed event’s featured book from the feed server', async () => {
    const wrapper = await fixture(html`<div lang="en-GB">
      <lectern-feed src=${feedUrl({ key: uniqueKey('pub-seed') })} item=${SEED_ID}><lectern-publication-card></lectern-publication-card></lectern-feed>
    </div>`);
    const el = wrapper.querySelector('lectern-publication-card')!;
    await waitUntil(() => part(el, 'card'), 'seed card did not render', { timeout: 8000 });
    expect(parts(el, 'card').length).to.equal(1);
    expect(part(el, 'card')!.localName).to.equal('article');
    expect(partText(el, 'series')).to.equal('Whitehall Papers');
    expect(partText(el, 'title')).to.equal(SEED_TITLE);
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(part(el, 'title-link')!.getAttribute('href')).to.equal(BOOK_ID);
    expect(partText(el, 'authors')).to.equal('By Andrea Berger');
    expect(partText(el, 'publisher')).to.equal('Routledge');
    expect(partText(el, 'date')).to.equal('Published 15 December 2015');
    expect(part(el, 'date')!.querySelector('time')!.getAttribute('datetime')).to.equal('2015-12-15');
    expect(partText(el, 'access')).to.equal('Available to Whitehall Papers subscribers');
    expect(partText(el, 'summary')).to.match(/^A comprehensive analysis/);
    const excerpt = part(el, 'excerpt') as HTMLAnchorElement;
    expect(label(excerpt)).to.equal('Read the Introduction free');
    expect(excerpt.textContent).to.equal(`Read the Introduction free: ${SEED_TITLE} (opens in a new tab)`);
    expect(excerpt.target).to.equal('_blank');
    expect(excerpt.rel).to.equal('noopener noreferrer');
    const offer = part(el, 'offer') as HTMLAnchorElement;
    expect(label(offer)).to.equal('Buy from Routledge');
    expect(offer.href).to.equal('https://www.routledge.com/');
    expect(offer.querySelector('.visually-hidden')!.textContent).to.equal(`: ${SEED_TITLE} (opens in a new tab)`);
    // No cover in the seed: the typographic placeholder, hidden from assistive technology.
    expect(part(el, 'cover')?.outerHTML).to.equal(undefined);
    expect(part(el, 'cover-placeholder')!.getAttribute('aria-hidden')).to.equal('true');
    expect(partText(el, 'cover-placeholder')).to.equal(SEED_TITLE);
    expect(part(el, 'isbn')?.outerHTML).to.equal(undefined);
    expect(text(el)).not.to.match(TIDY);
    await expect(el).to.be.accessible();
  });

  it('works on its own with src and item (a publisher’s book page)', async () => {
    const wrapper = await fixture(html`<div lang="en-GB">
      <lectern-publication-card src=${feedUrl({ key: uniqueKey('pub-standalone') })} item=${BOOK_ID}></lectern-publication-card>
    </div>`);
    const el = wrapper.querySelector('lectern-publication-card')!;
    await waitUntil(() => part(el, 'card'), 'standalone card did not render', { timeout: 8000 });
    expect(partText(el, 'title')).to.equal(SEED_TITLE);
    expect(partText(el, 'publisher')).to.equal('Routledge');
    await expect(el).to.be.accessible();
  });

  it('shows the not-found state, and reports it, for an item that is not in the feed', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"></div>`);
    const errored = oneEvent(wrapper, 'lectern-error');
    wrapper.innerHTML = `<lectern-publication-card src="${feedUrl({ key: uniqueKey('pub-missing') })}" item="https://rusi.org/nope"></lectern-publication-card>`;
    const el = wrapper.querySelector('lectern-publication-card')!;
    expect((await errored).detail.kind).to.equal('not-found');
    await waitUntil(() => part(el, 'empty'), 'no not-found state');
    expect(partText(el, 'empty')).to.equal('This item is not in the feed.');
    expect(part(el, 'card')?.outerHTML).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('<lectern-publication-card>: fields present and absent', () => {
  it('shows every field when present', async () => {
    const el = await card(feed([book(FULL_BOOK)]));
    const img = part(el, 'cover') as HTMLImageElement;
    expect(img.localName).to.equal('img');
    expect(img.getAttribute('src')).to.equal(FULL_BOOK.cover);
    expect(img.alt).to.equal(FULL_BOOK.cover_alt);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(getComputedStyle(img).aspectRatio).to.equal('2 / 3');
    expect(part(el, 'cover-placeholder')?.outerHTML).to.equal(undefined);
    expect(partText(el, 'series')).to.equal('Whitehall Papers, no. 84');
    expect(partText(el, 'title')).to.equal('Target Markets');
    expect(partText(el, 'subtitle')).to.equal(FULL_BOOK.subtitle);
    expect(partText(el, 'authors')).to.equal('By Andrea Berger and Hugh Griffiths');
    expect(partText(el, 'publisher')).to.equal('Routledge');
    // _book.date_published wins over the item's.
    expect(partText(el, 'date')).to.equal('Published 15 December 2015');
    expect(partText(el, 'isbn')).to.equal('ISBN 978-1-138-65493-2');
    expect(partText(el, 'summary')).to.equal(BOOK_ITEM.summary);
    expect(partText(el, 'access')).to.equal(FULL_BOOK.access);
    const offers = parts(el, 'offer') as HTMLAnchorElement[];
    expect(offers.map(label)).to.deep.equal(['Buy from Routledge', 'Buy']);
    expect(offers[1]!.textContent).to.equal('Buy: Target Markets (opens in a new tab)');
    expect(offers.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).to.equal(true);
    expect(text(el)).not.to.match(TIDY);
    await expect(el).to.be.accessible();
  });

  it('renders tidily with nothing but an id: no heading, no “By”, no cover, no links', async () => {
    const el = await card(feed([{ id: BOOK_ID, _book: {} }]));
    expect(part(el, 'card')).to.exist;
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, img, a, time')?.outerHTML).to.equal(undefined);
    for (const name of [
      'series',
      'title',
      'subtitle',
      'authors',
      'publisher',
      'date',
      'isbn',
      'summary',
      'access',
      'actions',
      'cover',
      'cover-placeholder',
    ]) {
      expect(part(el, name)?.outerHTML, name).to.equal(undefined);
    }
    expect(text(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('leaves out empty and whitespace-only fields, and “By” when no author has a name', async () => {
    const el = await card(
      feed([
        book(
          { series: ' ', series_number: 3, subtitle: '', publisher: ' ', isbn: '', access: '', authors: [{ name: '' }], offers: [] },
          { summary: undefined, content_text: undefined, url: undefined, date_published: undefined },
        ),
      ]),
    );
    expect(partText(el, 'title')).to.equal('Target Markets');
    expect(part(el, 'title-link')?.outerHTML).to.equal(undefined);
    for (const name of ['series', 'subtitle', 'authors', 'publisher', 'date', 'isbn', 'summary', 'access', 'actions']) {
      expect(part(el, name)?.outerHTML, name).to.equal(undefined);
    }
    expect(text(el)).not.to.match(/\bBy\b|no\.|ISBN/);
    expect(text(el)).not.to.match(TIDY);
    await expect(el).to.be.accessible();
  });

  it('falls back to the item’s authors and date, the first paragraph of content_text, and default link labels', async () => {
    const el = await card(
      feed([
        book(
          { series: 'Whitehall Papers', excerpt: { url: 'https://rusi.org/intro' }, offers: [{ url: '/buy' }] },
          { summary: undefined, authors: [{ name: 'Andrea Berger' }, { name: 'Hugh Griffiths' }, { name: 'Jane Doe' }] },
        ),
      ]),
    );
    expect(partText(el, 'series')).to.equal('Whitehall Papers');
    expect(partText(el, 'authors')).to.equal('By Andrea Berger, Hugh Griffiths and Jane Doe');
    expect(partText(el, 'date')).to.equal('Published 1 February 2016');
    expect(partText(el, 'summary')).to.equal('First paragraph.');
    expect(label(part(el, 'excerpt'))).to.equal('Read an excerpt');
    // A link on the page's own site opens in the same tab.
    const offer = part(el, 'offer') as HTMLAnchorElement;
    expect(offer.textContent).to.equal('Buy: Target Markets');
    expect(offer.hasAttribute('target')).to.equal(false);
    expect(offer.hasAttribute('rel')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows a featured item without _book with what it has, one <article> per featured item', async () => {
    const el = await card(feed([book(FULL_BOOK), { id: 'report', title: 'A report', summary: 'A summary.', content_text: 'x' }]));
    const cards = parts(el, 'card');
    expect(cards.map((c) => c.localName)).to.deep.equal(['article', 'article']);
    expect(parts(el, 'title').map((h) => h.textContent!.trim())).to.deep.equal(['Target Markets', 'A report']);
    expect(cards[1]!.querySelector('[part="summary"]')!.textContent).to.equal('A summary.');
    expect(cards[1]!.querySelector('[part="authors"], [part="actions"]')?.outerHTML).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('puts titles at heading-level', async () => {
    const el = await card(feed([book(FULL_BOOK)]), { attrs: 'heading-level="4"' });
    expect(el.shadowRoot!.querySelector('h4 [part="title-link"]')).to.exist;
    expect(el.shadowRoot!.querySelector('h2')?.outerHTML).to.equal(undefined);
  });
});

describe('<lectern-publication-card>: cover', () => {
  it('uses alt="" when the feed gives no cover_alt (the title is next to it)', async () => {
    const el = await card(feed([book({ ...FULL_BOOK, cover_alt: undefined })]));
    expect((part(el, 'cover') as HTMLImageElement).getAttribute('alt')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows the placeholder with the title when the cover fails to load', async () => {
    const broken = new URL(feedUrl({ status: 404, type: 'image/png' }), location.href).href;
    const el = await card(feed([book({ ...FULL_BOOK, cover: broken })]));
    await waitUntil(() => part(el, 'cover-placeholder'), 'the broken cover was not replaced');
    expect(part(el, 'cover')?.outerHTML).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img')?.outerHTML).to.equal(undefined);
    expect(partText(el, 'cover-placeholder')).to.equal('Target Markets');
    expect(part(el, 'cover-placeholder')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('gives the cover and the placeholder the same fixed size', async () => {
    const withCover = await card(feed([book(FULL_BOOK)]));
    const without = await card(feed([book({ ...FULL_BOOK, cover: undefined })]));
    const a = part(withCover, 'cover')!.getBoundingClientRect();
    const b = part(without, 'cover-placeholder')!.getBoundingClientRect();
    expect(a.width).to.equal(128);
    expect(Math.round(a.height)).to.equal(192);
    expect([b.width, Math.round(b.height)]).to.deep.equal([128, 192]);
  });
});

describe('<lectern-publication-card>: layout', () => {
  const rects = (el: Element) => [part(el, 'cover-placeholder')!.getBoundingClientRect(), part(el, 'body')!.getBoundingClientRect()] as const;

  it('stacks the cover above the text in a narrow container', async () => {
    const el = await card(feed([book({ ...FULL_BOOK, cover: undefined })]), { width: '20em' });
    const [cover, body] = rects(el);
    expect(cover.bottom).to.be.at.most(body.top);
    expect(body.width).to.be.greaterThan(cover.width);
    await expect(el).to.be.accessible();
  });

  it('puts the cover beside the text in a wide container, on the start side (RTL too)', async () => {
    const ltr = await card(feed([book({ ...FULL_BOOK, cover: undefined })]), { width: '50em' });
    const [cover, body] = rects(ltr);
    expect(cover.right).to.be.at.most(body.left);
    expect(Math.abs(cover.top - body.top)).to.be.lessThan(1);
    const rtl = await card(feed([book({ ...FULL_BOOK, cover: undefined })]), { width: '50em', dir: 'rtl', lang: 'ar' });
    const [rCover, rBody] = rects(rtl);
    expect(rCover.left).to.be.at.least(rBody.right);
    await expect(rtl).to.be.accessible();
  });
});

describe('<lectern-publication-card>: language', () => {
  it('writes the date and the authors in French', async () => {
    const el = await card(feed([book(FULL_BOOK)]), { lang: 'fr' });
    expect(partText(el, 'authors')).to.equal('Par Andrea Berger et Hugh Griffiths');
    expect(partText(el, 'date')).to.equal('Publié le 15 décembre 2015');
    expect(partText(el, 'series')).to.equal('Whitehall Papers, n° 84');
    expect(label(parts(el, 'offer')[1])).to.equal('Acheter');
    expect(part(el, 'offer')!.textContent).to.contain('(s’ouvre dans un nouvel onglet)');
    await expect(el).to.be.accessible();
  });
});

describe('<lectern-publication-card>: hostile input', () => {
  const EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b onmouseover="window.__pwned=1">x</b>';

  it('renders hostile text in every field as text', async () => {
    const hostile = {
      subtitle: EVIL,
      series: EVIL,
      series_number: EVIL,
      publisher: EVIL,
      isbn: EVIL,
      date_published: '2015-12-15',
      authors: [{ name: EVIL }],
      cover_alt: EVIL,
      offers: [{ label: EVIL, url: 'https://shop.example/' }],
      excerpt: { label: EVIL, url: 'https://shop.example/intro' },
      access: EVIL,
    };
    const el = await card(feed([book(hostile, { title: EVIL, summary: EVIL })]), { attrs: 'structured-data' });
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script, b')?.outerHTML).to.equal(undefined);
    const attrs = [...root.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.name));
    expect(attrs.filter((a) => a.startsWith('on'))).to.deep.equal([]);
    for (const name of ['series', 'title', 'subtitle', 'publisher', 'isbn', 'summary', 'access', 'cover-placeholder']) {
      expect(partText(el, name), name).to.contain('<img src=x onerror="window.__pwned=1">');
    }
    expect(partText(el, 'authors')).to.contain('<script>');
    expect(label(part(el, 'offer'))).to.equal(EVIL);
    expect(label(part(el, 'excerpt'))).to.equal(EVIL);
    // The structured data carries the text, with `<` escaped so it cannot close the script.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.contain('<');
    expect(JSON.parse(script.textContent!).name).to.equal(EVIL);
    await aTimeout(50);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('renders hostile alt text as an attribute value only', async () => {
    const el = await card(feed([book({ ...FULL_BOOK, cover_alt: '" onerror="window.__pwned=1' })]));
    const img = part(el, 'cover') as HTMLImageElement;
    expect(img.alt).to.equal('" onerror="window.__pwned=1');
    expect(img.hasAttribute('onerror')).to.equal(false);
  });

  it('never puts javascript: URLs into href or src (validated feed)', async () => {
    const js = 'javascript:window.__pwned=1';
    // The validator leaves out each bad URL (with a warning); the rest of the item still renders.
    const el = await card(
      feed([
        book({ ...FULL_BOOK, cover: js, offers: [{ url: js }], excerpt: { url: ' java\tscript:window.__pwned=1' } }, { url: js }),
        { id: 'good', title: 'Good', _book: { publisher: 'Routledge' } },
      ]),
    );
    expect(parts(el, 'title').map((h) => h.textContent!.trim())).to.deep.equal(['Target Markets', 'Good']);
    expect(part(el, 'title-link')?.outerHTML).to.equal(undefined);
    expect(part(el, 'cover')?.outerHTML).to.equal(undefined);
    expect(part(el, 'actions')?.outerHTML).to.equal(undefined);
    const urls = [...el.shadowRoot!.querySelectorAll('[href], [src]')].map((n) => n.getAttribute('href') ?? n.getAttribute('src'));
    expect(urls.filter((u) => /script:/i.test(u!))).to.deep.equal([]);
  });

  it('never puts javascript: URLs into href or src, even from an unvalidated provider', async () => {
    const js = 'javascript:window.__pwned=1';
    const wrapper = await fixture(html`<div lang="en-GB"></div>`);
    const data = feed([
      book({ ...FULL_BOOK, cover: js, offers: [{ url: js, label: 'Buy' }], excerpt: { url: '\u0000javascript:alert(1)' } }, { url: js }),
    ]);
    new ContextProvider(wrapper as unknown as ReactiveElement, {
      context: feedContext,
      initialValue: { status: 'ready', feed: data as never, item: EVENT_ID },
    });
    const el = document.createElement('lectern-publication-card');
    wrapper.append(el);
    await waitUntil(() => part(el, 'card'), 'card did not render');
    expect(el.shadowRoot!.querySelector('[href], [src]')?.outerHTML).to.equal(undefined);
    expect(partText(el, 'title')).to.equal('Target Markets');
    expect(part(el, 'cover-placeholder')).to.exist;
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('<lectern-publication-card>: structured data', () => {
  it('adds nothing by default', async () => {
    const el = await card(feed([book(FULL_BOOK)]));
    expect(el.hasAttribute('structured-data')).to.equal(false);
    expect(el.querySelector('script')?.outerHTML).to.equal(undefined);
  });

  it('adds one schema.org Book per shown book, and removes them with the attribute or the element', async () => {
    const second = { id: 'second', title: 'Second Book', _book: { publisher: 'Routledge', authors: [{ name: 'A. N. Other' }] } };
    const el = await card(feed([book(FULL_BOOK), second, { id: 'report', title: 'A report', content_text: 'x' }]), { attrs: 'structured-data' });
    await waitUntil(() => el.querySelectorAll('script[type="application/ld+json"]').length === 2, 'no JSON-LD');
    const scripts = [...el.querySelectorAll('script[type="application/ld+json"]')];
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Book',
      name: 'Target Markets',
      alternativeHeadline: FULL_BOOK.subtitle,
      author: [
        { '@type': 'Person', name: 'Andrea Berger', url: 'https://rusi.org/people/berger' },
        { '@type': 'Person', name: 'Hugh Griffiths' },
      ],
      publisher: { '@type': 'Organization', name: 'Routledge' },
      isbn: FULL_BOOK.isbn,
      datePublished: '2015-12-15',
      description: BOOK_ITEM.summary,
      image: FULL_BOOK.cover,
      url: BOOK_ID,
      isPartOf: { '@type': 'BookSeries', name: 'Whitehall Papers' },
      position: 84,
      offers: [
        { '@type': 'Offer', url: 'https://www.routledge.com/target-markets' },
        { '@type': 'Offer', url: 'https://books.example/target-markets' },
      ],
    });
    expect(JSON.parse(scripts[1]!.textContent!)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Book',
      name: 'Second Book',
      author: [{ '@type': 'Person', name: 'A. N. Other' }],
      publisher: { '@type': 'Organization', name: 'Routledge' },
    });
    await expect(el).to.be.accessible();

    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(el.structuredData).to.equal(false);
    expect(el.querySelector('script')?.outerHTML).to.equal(undefined);

    el.structuredData = true;
    await el.updateComplete;
    expect(el.getAttribute('structured-data')).to.equal('');
    expect(el.querySelectorAll('script[type="application/ld+json"]').length).to.equal(2);

    const parent = el.parentElement!;
    el.remove();
    expect(el.querySelector('script')?.outerHTML).to.equal(undefined);
    parent.append(el);
    await waitUntil(() => el.querySelectorAll('script[type="application/ld+json"]').length === 2, 'structured data not restored on reconnect');
  });
});
