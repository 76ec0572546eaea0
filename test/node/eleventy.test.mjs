// The server renderer in a real static-site generator: the Eleventy example (examples/eleventy/) is built
// with @11ty/eleventy, and its page must carry the whole event as HTML (Declarative Shadow DOM), the feed
// inline, the JSON-LD, and no executable script of its own. The browser tests load the same build
// (test/ssr-plugin.mjs) with JavaScript off and on. Needs `npm run build` (dist/server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEleventyExample } from '../eleventy-build.mjs';

test('the Eleventy example renders the embed at build time', async () => {
  const out = mkdtempSync(join(tmpdir(), 'lectern-eleventy-'));
  try {
    await buildEleventyExample(out);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(html, /<lectern-feed server-rendered lang="en-GB"/);
    for (const tag of ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel']) {
      assert.match(html, new RegExp(`<${tag} server-rendered defer-hydration[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
    }
    assert.match(html, /Target Markets: North Korea’s Military Customers in the Sanctions Era/);
    assert.match(html, /Andrea Berger is the Deputy Director/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    assert.deepEqual(
      scripts.map((a) => /type="([^"]+)"/.exec(a)?.[1]),
      ['module', 'application/feed+json', 'application/ld+json', 'application/ld+json'],
      'only the page’s own lectern.js runs; the feed and JSON-LD are data',
    );
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)[1]);
    assert.equal(ld['@type'], 'Event');
    assert.equal(ld.startDate, '2027-01-19T18:00:00+00:00');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
