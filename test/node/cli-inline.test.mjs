// `lectern inline`: the HTML that carries a feed inside a page. Whatever the feed holds, the script
// element it writes cannot be closed early, and parses back to the feed as validated.
// Runs the built CLI: npm run build first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { tsImport } from 'tsx/esm/api';
import { validateFeed } from '../../dist/feed/index.js';
import { fixture, lectern } from './cli-run.mjs';

// The payloads of the browser security tests (plain data in a TypeScript module).
const { PAYLOADS } = await tsImport('../security/payloads.ts', import.meta.url);

/** Runs the CLI; resolves with its exit code and output (never rejects on a non-zero exit). */

const OPEN_SCRIPT = '<script type="application/feed+json">';
/** The JSON between the one script element's tags. */
function scriptBody(html) {
  const start = html.indexOf(OPEN_SCRIPT) + OPEN_SCRIPT.length;
  return html.slice(start, html.indexOf('</script>', start));
}

/** Strings that end or confuse a script element, or a JavaScript string, in every spelling that matters. */
const BREAKOUTS = [
  '</script><img src=x onerror=alert(1)>',
  '</SCRIPT ><img src=x onerror=alert(1)>',
  '</scRipt\t/><svg onload=alert(1)>',
  '<!--<script>',
  '<script><!--',
  '--!>-->',
  ']]></script>',
  '\u2028\u2029',
  '&lt;/script&gt; &amp; <\\/script>',
  '\u0000\u001b[31m\u009b\u202e',
];

describe('lectern inline', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lectern-inline-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a hostile feed stays inside its script element and round-trips', async () => {
    const hostile = [...BREAKOUTS, ...PAYLOADS.map((p, n) => p.make(n))];
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: BREAKOUTS.join(' '),
      items: [
        {
          id: 'event',
          title: BREAKOUTS[0],
          content_html: hostile.join('\n'),
          _event: { start: '2027-01-19T18:00Z', location: { name: BREAKOUTS[3] }, speakers: hostile.map((name) => ({ name })) },
        },
        ...hostile.map((text, n) => ({ id: `item-${n}`, title: text, content_text: text, tags: [text] })),
      ],
    };
    const path = join(dir, 'hostile.json');
    writeFileSync(path, JSON.stringify(feed));
    const r = await lectern('inline', path, '--item', 'event');
    assert.equal(r.code, 0, r.output);
    const html = r.stdout;

    // One opening and one closing script tag, in any case; no comment opener at all.
    assert.equal(html.match(/<script/gi).length, 1, 'script openers');
    assert.equal(html.match(/<\/script/gi).length, 1, 'script closers');
    assert.ok(html.includes(`${OPEN_SCRIPT}{`) && html.includes('}</script>\n'));
    assert.ok(!html.includes('<!--'), 'a comment opener');
    const body = scriptBody(html);
    assert.doesNotMatch(body, /[<>&\u2028\u2029]/u);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.doesNotMatch(html, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u, 'terminal controls');

    // The body is the feed as validated: what the widgets will read.
    const expected = validateFeed(feed).feed;
    assert.deepEqual(JSON.parse(body), JSON.parse(JSON.stringify(expected)));
    assert.equal(JSON.parse(body).items[0].title, BREAKOUTS[0]);
    assert.equal(JSON.parse(body).items.length, hostile.length + 1);
  });

  test('the elements of the README snippet, inside <lectern-feed>', async () => {
    const r = await lectern('inline', fixture('valid.json'));
    assert.equal(r.code, 0, r.output);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '<lectern-feed>');
    assert.ok(lines[1].startsWith(`  ${OPEN_SCRIPT}`));
    assert.deepEqual(lines.slice(2), [
      '  <lectern-event-card></lectern-event-card>',
      '  <lectern-speaker-list></lectern-speaker-list>',
      '  <lectern-publication-card></lectern-publication-card>',
      '  <lectern-related-carousel></lectern-related-carousel>',
      '</lectern-feed>',
      '',
    ]);
    assert.equal(r.stderr, '');
  });

  test('--item is written as an escaped attribute, and must name an item of the feed', async () => {
    const id = `a"b' <c> & d`;
    const path = join(dir, 'ids.json');
    writeFileSync(path, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', items: [{ id, title: 'x', content_text: 'x' }] }));
    const r = await lectern('inline', path, `--item=${id}`);
    assert.equal(r.code, 0, r.output);
    assert.match(r.stdout, /^<lectern-feed item="a&quot;b' &lt;c&gt; &amp; d">$/m);

    const missing = await lectern('inline', path, '--item', 'nope');
    assert.equal(missing.code, 2, missing.output);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /ids\.json has no item with the id "nope"/);

    // No exact HTML escape exists for C1 controls, and an id has no use for them: refused.
    const control = await lectern('inline', path, '--item', 'a\x1b[31m\u009b');
    assert.equal(control.code, 2, control.output);
    assert.match(control.stderr, /--item "a\\x1b\[31m\\x9b" holds control or bidirectional-formatting characters/);
  });

  test('an unusable feed, or one with errors, prints the problems and no HTML', async () => {
    const invalid = await lectern('inline', fixture('not-a-feed.json'));
    assert.equal(invalid.code, 2, invalid.output);
    assert.equal(invalid.stdout, '');
    assert.match(invalid.stderr, /not-a-feed\.json is not a JSON Feed/);

    const broken = await lectern('inline', fixture('broken-item.json'));
    assert.equal(broken.code, 1, broken.output);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /^error +items\[1\]\._event\.start: /m);
    assert.match(broken.stderr, /^broken-item\.json: 1 error; no HTML written$/m);
  });

  test('warnings go to standard error, the HTML to standard output', async () => {
    const r = await lectern('inline', fixture('warnings-only.json'));
    assert.equal(r.code, 0, r.output);
    assert.match(r.stdout, /^<lectern-feed>$/m);
    assert.match(r.stderr, /^warning items\[0\]\._event\.time_zone: is UTC/m);
  });

  test('usage', async () => {
    const help = await lectern('--help');
    assert.match(help.stdout, /^ {7}lectern inline <file-or-url> \[--item <id>\]/m);
    for (const args of [['inline'], ['inline', 'a.json', 'b.json'], ['inline', '--json', 'a.json'], ['inline', 'a.json', '--item']]) {
      const r = await lectern(...args);
      assert.equal(r.code, 2, `lectern ${args.join(' ')}: ${r.output}`);
      assert.match(r.stderr, /Usage: lectern validate/);
    }
  });

  describe('over HTTP', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/feed+json' });
        res.end(readFileSync(fixture('valid.json')));
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => new Promise((resolve) => server.close(resolve)));

    test("relative URLs are resolved against the feed's address, not the page's", async () => {
      const r = await lectern('inline', `${base}/feeds/valid.json`);
      assert.equal(r.code, 0, r.output);
      const feed = JSON.parse(scriptBody(r.stdout));
      assert.equal(feed.items[0]._event.registration.url, `${base}/events/launch#register`);
    });
  });
});
