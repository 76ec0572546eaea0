/**
 * A host page whose Object.prototype has been polluted (as a vulnerable query-string parser does:
 * `?__proto__[url]=https://evil…`) must not change what Lectern shows. For every key the feed format
 * defines, the test pollutes that key with a hostile value shaped like the field (a URL for text, an
 * object or a list of hostile objects for the others), renders every element from a feed where the key
 * is absent, and looks for the hostile value anywhere in what was rendered: shadow DOM markup, links,
 * the calendar file and links, and the JSON-LD.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { FeedShellSchema, ItemSchema, type Field, type Rule } from '../../src/feed/schema.js';
import { mount } from '../helpers.js';

const EVIL = 'https://evil.example/pwned';
const MARK = 'evil.example';

/** Every key the format defines, with its rule (a key used in several places keeps each rule). */
function keysOf(rule: Rule, out: Array<[string, Field]> = []): Array<[string, Field]> {
  if (rule.type === 'object') {
    for (const [key, field] of Object.entries(rule.fields)) {
      out.push([key, field]);
      keysOf(field, out);
    }
  } else if (rule.type === 'list') keysOf(rule.of, out);
  return out;
}

/** A hostile value shaped like `rule`, so that code expecting an object or a list would use it. */
function hostile(rule: Rule, depth = 0): unknown {
  switch (rule.type) {
    case 'object':
      return Object.fromEntries(Object.entries(rule.fields).map(([k, f]) => [k, depth > 3 ? EVIL : hostile(f, depth + 1)]));
    case 'list':
      return [hostile(rule.of, depth + 1)];
    case 'enum':
      return rule.values[rule.values.length - 1];
    default:
      return EVIL;
  }
}

const KEYS = [...keysOf(FeedShellSchema as Rule), ...keysOf(ItemSchema as Rule)];

/** The least feed every element renders from: one event, one book, one related post; no optional keys. */
const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Events',
  items: [
    {
      id: 'event',
      title: 'The event',
      // Relative links in rich text resolve against the feed's URL, never a polluted one.
      content_html: '<p>About <a href="more.html">the event</a>.</p>',
      _event: {
        start: '2030-03-10T18:00',
        time_zone: 'Europe/London',
        speakers: [{ name: 'Ada Speaker', bio_html: '<p>See <a href="ada.html">Ada</a>.</p>' }],
        related: ['book', 'post'],
      },
    },
    { id: 'book', title: 'The book', content_text: 'About the book.', _book: {} },
    // A relative URL: it must resolve against the page (an inline feed has no URL of its own), never a polluted `url`.
    { id: 'post', url: '/posts/1', title: 'A post', content_text: 'About the post.' },
  ],
};

/** Everything an element put on the page, as markup (shadow roots included, recursively). */
function markup(node: Element | ShadowRoot): string {
  let out = node instanceof Element ? node.outerHTML : node.innerHTML;
  for (const el of node.querySelectorAll('*')) if (el.shadowRoot) out += markup(el.shadowRoot);
  return out;
}

/** Renders every element with `Object.prototype[key] = value`, and returns what the page shows. */
async function renderPolluted(key: string, value: unknown): Promise<string> {
  const had = Object.getOwnPropertyDescriptor(Object.prototype, key);
  Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false });
  try {
    const els = await mount({
      feed: FEED,
      item: 'event',
      now: '2030-01-01T12:00:00Z',
      elements: ['lectern-event-card structured-data', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel'],
    });
    // Rich text arrives after the sanitiser has loaded.
    await waitUntil(() => els[0]!.shadowRoot!.querySelector('.rich a') && els[1]!.shadowRoot!.querySelector('.rich a'), 'rich text did not render');
    // The calendar menu's links and file are built when it opens.
    const card = els[0]!;
    card.shadowRoot!.querySelector<HTMLElement>('[part~="calendar-button"]')?.click();
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const provider = card.parentElement!;
    return [markup(provider.parentElement!), ...els.map((el) => markup(el.shadowRoot!))].join('\n');
  } finally {
    if (had) Object.defineProperty(Object.prototype, key, had);
    else delete (Object.prototype as Record<string, unknown>)[key];
  }
}

describe('a polluted Object.prototype changes nothing Lectern shows', () => {
  it('covers every key of the format', () => {
    const names = new Set(KEYS.map(([k]) => k));
    for (const key of ['url', 'image', 'summary', 'content_html', 'registration', 'offers', 'speakers', 'related', '_event', '_book', 'bio_html']) {
      expect(names.has(key), key).to.equal(true);
    }
  });

  it('control: a feed that really has a hostile value shows it (the check can see a leak)', async () => {
    const feed = structuredClone(FEED);
    (feed.items[0] as Record<string, unknown>)['url'] = EVIL;
    const els = await mount({ feed, item: 'event', now: '2030-01-01T12:00:00Z', elements: ['lectern-event-card'] });
    expect(markup(els[0]!.shadowRoot!)).to.contain(MARK);
  });

  const seen = new Set<string>();
  for (const [key, field] of KEYS) {
    for (const value of [EVIL, hostile(field)]) {
      const label = `${key} = ${typeof value === 'string' ? 'a URL' : Array.isArray(value) ? 'a hostile list' : 'a hostile object'}`;
      if (seen.has(label)) continue;
      seen.add(label);
      it(label, async () => {
        const shown = await renderPolluted(key, value);
        expect(shown, 'the valid parts still render').to.contain('The event');
        expect(shown.includes(MARK), `${key}: the polluted value reached the page`).to.equal(false);
      });
    }
  }
});
