// `lectern render` and `renderEmbed`: the server-rendered snippet. Whatever the feed holds, the HTML
// has no executable script and no event handler, each element carries its shadow tree, and bad input
// prints the validator's messages and no HTML. Runs the built CLI and dist/server: npm run build first.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { tsImport } from 'tsx/esm/api';
import { renderEmbed, EmbedError } from '../../dist/server/index.js';
import { validateFeed } from '../../dist/feed/index.js';
import { fixture, lectern } from './cli-run.mjs';

const { PAYLOADS } = await tsImport('../security/payloads.ts', import.meta.url);

const SEED = 'demo/feeds/events.json';
const SEED_ID = 'https://rusi.org/events/target-markets';
const NOW = '2026-12-01T00:00:00Z';
const TAGS = ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel'];
const seed = () => JSON.parse(readFileSync(SEED, 'utf8'));

/** Every element of a parsed fragment, template contents (the shadow trees) included. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) {
      yield child;
      if (child.content) yield* elements(child.content);
      yield* elements(child);
    }
  }
}
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;

/** What must hold of any snippet: data-only scripts, no handlers, no javascript: URLs. */
function assertInert(html) {
  for (const el of elements(parseFragment(html))) {
    if (el.tagName === 'script') assert.match(attr(el, 'type') ?? '', /^application\/(feed|ld)\+json$/, 'only data scripts');
    for (const a of el.attrs) {
      assert.doesNotMatch(a.name, /^on/i, `no event handler (${a.name})`);
      if (['href', 'src', 'action', 'formaction'].includes(a.name))
        assert.doesNotMatch(a.value, /^\s*(javascript|data|vbscript):/i, `${a.name}=${a.value}`);
    }
  }
}

describe('lectern render', () => {
  test('prints <lectern-feed> with the feed inline and every element server-rendered', async () => {
    const { code, stdout, stderr } = await lectern('render', SEED, '--item', SEED_ID, '--now', NOW);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`^<lectern-feed server-rendered lang="en-GB" now="${NOW.replace('Z', '.000Z')}" item="${SEED_ID}">`));
    for (const tag of TAGS)
      assert.match(
        stdout,
        new RegExp(`<${tag} server-rendered defer-hydration heading-level="2"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`),
        tag,
      );
    // The card is rendered for a reader in the event's zone; lectern.js lets go of it once hydrated.
    assert.match(stdout, /<lectern-event-card [^>]*reader-time-zone="Europe\/London"/);
    const json = /<script type="application\/feed\+json">(.*?)<\/script>/.exec(stdout)[1];
    assert.equal(JSON.parse(json).items.length, seed().items.length);
    assert.doesNotMatch(stdout, /application\/ld\+json/, 'no JSON-LD unless asked');
    assertInert(stdout);
  });

  test('--elements picks and orders the elements; --heading-level, --lang and --nonce apply', async () => {
    const { code, stdout, stderr } = await lectern(
      'render',
      SEED,
      '--item',
      SEED_ID,
      '--now',
      NOW,
      '--elements',
      'speaker-list,lectern-event-card',
      '--heading-level',
      '3',
      '--lang',
      'fr',
      '--nonce',
      'r4nd0m',
    );
    assert.equal(code, 0, stderr);
    const tags = [...stdout.matchAll(/<(lectern-[a-z-]+) /g)].map((m) => m[1]);
    assert.deepEqual(tags, ['lectern-feed', 'lectern-speaker-list', 'lectern-event-card']);
    assert.match(stdout, /<lectern-feed server-rendered lang="fr"/);
    assert.match(stdout, /<h3 part="title" class="title">/);
    assert.match(stdout, /S’inscrire|Inscription/);
    const styles = stdout.match(/<style\b[^>]*>/g);
    assert.ok(styles.length >= 3);
    for (const s of styles) assert.equal(s, '<style nonce="r4nd0m">');
  });

  test('--structured-data adds the schema.org Event and Book as JSON-LD', async () => {
    const { code, stdout } = await lectern(
      'render',
      SEED,
      '--item',
      SEED_ID,
      '--now',
      NOW,
      '--structured-data',
      '--page-url',
      'https://partner.example/books',
    );
    assert.equal(code, 0);
    const blocks = [...stdout.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
    assert.deepEqual(
      blocks.map((b) => b['@type']),
      ['Event', 'Book'],
    );
    assert.equal(blocks[0].name, 'Target Markets: North Korea’s Military Customers in the Sanctions Era');
  });

  test('bad input: the validator’s messages, a non-zero exit, and no HTML', async () => {
    for (const [args, pattern] of [
      [[fixture('invalid-json.json')], /not valid JSON/],
      [[fixture('not-a-feed.json')], /not usable/],
      [[fixture('broken-item.json')], /error/],
      [[SEED, '--item', 'no-such-item'], /no item with the id "no-such-item"/],
      [[SEED, '--heading-level', '9'], /--heading-level takes a whole number from 1 to 6/],
      [[SEED, '--elements', 'event-card,ticker'], /--elements takes some of .* not "ticker"/],
      [[SEED, '--now', 'yesterday'], /now must be an ISO date-time/],
      [[SEED, '--lang', 'not a tag!'], /lang must be a BCP 47 language tag/],
      [[SEED, '--page-url', 'javascript:alert(1)'], /--page-url takes an http\(s\) URL/],
      [[SEED, '--json'], /--json is an option of lectern validate/],
    ]) {
      const { code, stdout, stderr } = await lectern('render', ...args);
      assert.notEqual(code, 0, args.join(' '));
      assert.equal(stdout, '', `no HTML for ${args.join(' ')}`);
      assert.match(stderr, pattern, args.join(' '));
    }
  });
});

describe('renderEmbed', () => {
  test('feed text is text: no payload becomes markup, a script or a handler', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-render-'));
    try {
      for (const payload of PAYLOADS) {
        const feed = seed();
        const text = payload.make(0);
        const event = feed.items[0];
        event.title = text;
        event._event.kind = text;
        event.content_text = text;
        event._event.speakers[0].bio = text;
        event._event.location.name = text;
        const html = await renderEmbed(feed, { item: SEED_ID, now: NOW, structuredData: true });
        assertInert(html);
        // The title as the reader sees it is the payload as validated (control characters dropped), character for character.
        const validated = validateFeed(feed).feed.items[0].title;
        const h2 = [...elements(parseFragment(html))].find((el) => el.tagName === 'h2' && attr(el, 'part') === 'title');
        const read = (n) => (n.nodeName === '#text' ? n.value : (n.childNodes ?? []).map(read).join(''));
        // (An HTML parser drops U+0000 from text and reads CR as LF, as a browser does.)
        assert.equal(read(h2).replace(/^\s+|\s+$/g, ''), validated.replace(/\0/g, '').replace(/\r\n?/g, '\n').trim(), payload.name);
        writeFileSync(join(dir, 'last.html'), html);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('rich text is never parsed on the server: the plain text renders, the HTML stays data', async () => {
    const feed = JSON.parse(readFileSync('test/fixtures/ssr-rich.json', 'utf8'));
    const html = await renderEmbed(feed, { item: SEED_ID, now: NOW });
    assertInert(html);
    assert.match(html, /Despite a decade-long UN arms embargo/);
    const outsideScripts = html.replace(/<script type="application\/feed\+json">.*?<\/script>/s, '');
    assert.doesNotMatch(outsideScripts, /<strong>|<em>|onerror/);
    delete feed.items[0].content_text;
    // HTML only: nothing to show before the sanitiser, and no crash without a DOM.
    const only = await renderEmbed(feed, { item: SEED_ID, now: NOW, elements: ['event-card'] });
    assert.doesNotMatch(only.replace(/<script type="application\/feed\+json">.*?<\/script>/s, ''), /Target Markets<\/strong>/);
  });

  test('throws an EmbedError with the problems for a feed with errors, and renders nothing', async () => {
    const feed = seed();
    feed.items[0]._event.start = 'not a date';
    await assert.rejects(
      () => renderEmbed(feed),
      (e) => e instanceof EmbedError && e.problems.some((p) => p.severity === 'error') && /error/.test(e.message),
    );
    await assert.rejects(() => renderEmbed({ version: 'nope' }), EmbedError);
  });

  test('the snapshot: a stale `now` renders the past as it was, and the event card names its zone', async () => {
    const before = await renderEmbed(seed(), { item: SEED_ID, now: '2027-01-19T17:00:00Z', elements: ['event-card'] });
    const during = await renderEmbed(seed(), { item: SEED_ID, now: '2027-01-19T18:30:00Z', elements: ['event-card'] });
    assert.doesNotMatch(before, /Live now/);
    assert.match(during, /Live now/);
    assert.match(before, /Tuesday, 19 January 2027, 18:00–19:30 GMT/);
  });
});
