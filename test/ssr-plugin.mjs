/**
 * Server-rendered pages for the browser tests, rendered on request by the built server module
 * (dist/server/index.js: `renderEmbed`, Lit's own server renderer), as a partner's back end would:
 *
 *   /__ssr/page.html?feed=demo/feeds/events.json&item=…&now=…&lang=…&elements=a,b&host=plain|csp|cms&delay=ms&copies=2
 *
 * `delay` serves lectern.js (as `async`, the way a late CDN script loads) that many milliseconds late,
 * through /__ssr/late/<ms>/<file>; without it the page has no script at all. `host=csp` is a page under
 * the strict CSP and Trusted Types policy README.md documents (the shadow trees' styles carry its nonce);
 * `host=cms` is the CMS demo page (hostile theme CSS, the same CSP) with its inline embed replaced by the
 * server-rendered one, and host scripts that pollute prototypes. `copies=2` loads the bundle twice.
 *
 *   /__ssr/eleventy/… serves the site an Eleventy build makes with the shortcode in test/eleventy/.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildEleventyExample } from './eleventy-build.mjs';

const NONCE = 'lectern-test-nonce';
const CSP = `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${NONCE}'; img-src 'self' https:; connect-src 'self'; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'; trusted-types lit-html lectern-dompurify lectern-jsonld 'allow-duplicates'`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function page(q) {
  const { renderEmbed } = await import(resolve('dist/server/index.js'));
  const feed = JSON.parse(await readFile(q.get('feed') ?? 'demo/feeds/events.json', 'utf8'));
  const host = q.get('host') ?? 'plain';
  const snippet = await renderEmbed(feed, {
    item: q.get('item') ?? undefined,
    now: q.get('now') ?? undefined,
    lang: q.get('lang') ?? undefined,
    elements: q.get('elements')?.split(','),
    headingLevel: q.has('level') ? Number(q.get('level')) : undefined,
    structuredData: q.has('structured-data'),
    nonce: host === 'plain' ? undefined : NONCE,
  });
  const delay = q.get('delay');
  const scripts =
    delay === null
      ? ''
      : Array.from(
          { length: Number(q.get('copies') ?? 1) },
          (_, i) => `<script type="module" async src="/__ssr/late/${Number(delay) + i}/lectern.js${i ? `?copy=${i}` : ''}"></script>`,
        ).join('');
  const probe = host === 'plain' ? '' : '<script src="/test/fixtures/csp-probe.js"></script>';
  if (host === 'cms') {
    const cms = await readFile('demo/cms.html', 'utf8');
    return cms
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`)
      .replace(
        /<script type="module" src="\.\.\/dist\/lectern\.js"><\/script>/,
        `${probe}<script src="/test/fixtures/hostile-scripts.js"></script>${scripts}`,
      )
      .replace('<head>', '<head>\n    <base href="/demo/" />')
      .replace(/<lectern-feed item=[\s\S]*?<\/lectern-feed>/, snippet);
  }
  const csp = host === 'csp' ? `<meta http-equiv="Content-Security-Policy" content="${CSP}" />` : '';
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    ${csp}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Server-rendered embed</title>
    <link rel="stylesheet" href="/demo/demo.css" />
    ${probe}${scripts}
  </head>
  <body>
    <main>
      <h1>A partner page</h1>
      ${snippet}
      <p id="after">The page goes on after the embed.</p>
    </main>
  </body>
</html>`;
}

export function ssrPlugin() {
  let eleventy;
  return {
    name: 'lectern-ssr',
    async serve(context) {
      if (!context.path.startsWith('/__ssr/')) return undefined;
      const late = /^\/__ssr\/late\/(\d+)\/([\w.-]+\.js)$/.exec(context.path);
      if (late) {
        // The bundle comes late; the files it loads from beside it (chunks, lectern-hydrate.js) do not.
        if (late[2] === 'lectern.js') await sleep(Number(late[1]));
        return { body: await readFile(resolve('dist', late[2]), 'utf8'), type: 'js' };
      }
      if (context.path === '/__ssr/eleventy/index.html') {
        // Built once per test run, on first request.
        eleventy ??= (async () => {
          const out = mkdtempSync(join(tmpdir(), 'lectern-eleventy-'));
          await buildEleventyExample(out);
          return readFile(join(out, 'index.html'), 'utf8');
        })();
        return { body: await eleventy, type: 'html' };
      }
      if (context.path === '/__ssr/page.html') {
        try {
          return { body: await page(context.URL.searchParams), type: 'html' };
        } catch (e) {
          return { body: `render failed: ${e instanceof Error ? e.stack : String(e)}`, type: 'txt', status: 500 };
        }
      }
      return undefined;
    },
  };
}
