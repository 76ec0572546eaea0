/**
 * The server-rendering part of `npm run bench` (scripts/bench.mjs calls it; `node scripts/bench-ssr.mjs`
 * runs it alone and prints the same table):
 *
 * - `renderEmbed` time (dist/server, Lit's server renderer) for the seed feed and the large feed, RUNS
 *   times after a warm-up: median (min–max).
 * - Lighthouse's mobile profile (its defaults: simulated slow 4G, 4× CPU slowdown) on each demo page
 *   beside a server-rendered variant: performance score, LCP, total blocking time, CLS, median of
 *   LH_RUNS runs. demo/server-rendered.html is the seed page's variant (built by `npm run build`); the
 *   publisher and CMS variants are written next to the pages for the run (demo/*.ssr.html, then
 *   removed), each <lectern-feed> replaced by `renderEmbed` of its feed, item and elements (default
 *   attributes: the variants do not carry the pages' `heading` or `layout`).
 *
 * Needs `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { largeFeed } from './bench-feeds.mjs';
import { findChrome } from './browsers.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function renderTimes(largeFeed) {
  const { renderEmbed } = await import(pathToFileURL(resolve('dist/server/index.js')).href);
  const seed = JSON.parse(readFileSync('demo/feeds/events.json', 'utf8'));
  const item = 'https://rusi.org/events/target-markets';
  const rows = [];
  for (const [name, feed] of [
    ['seed feed (4 elements)', seed],
    ['large feed: 200 speakers, 1,000 related (4 elements)', largeFeed],
  ]) {
    await renderEmbed(feed, { item });
    const times = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const html = await renderEmbed(feed, { item });
      times.push(performance.now() - t);
      bytes = Buffer.byteLength(html);
    }
    rows.push({ name, times, bytes });
    console.log(`renderEmbed, ${name}: ${median(times).toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB of HTML`);
  }
  return rows;
}

/** The page with each <lectern-feed>…</lectern-feed> replaced by its server-rendered embed. */
async function serverRenderedVariant(file) {
  const { renderEmbed } = await import(pathToFileURL(resolve('dist/server/index.js')).href);
  let html = readFileSync(file, 'utf8');
  const blocks = [...html.matchAll(/<lectern-feed([^>]*)>([\s\S]*?)<\/lectern-feed>/g)];
  for (const [whole, attrs, inner] of blocks) {
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    const item = /\bitem="([^"]+)"/.exec(attrs)?.[1];
    const inline = /<script type="application\/feed\+json">([\s\S]*?)<\/script>/.exec(inner)?.[1];
    const feed = JSON.parse(inline ?? readFileSync(resolve('demo', src), 'utf8'));
    const elements = [...inner.matchAll(/<lectern-([a-z-]+)/g)].map((m) => m[1]);
    const level = Number(/heading-level="(\d)"/.exec(inner)?.[1] ?? 2);
    html = html.replace(whole, await renderEmbed(feed, { item, elements, headingLevel: level }));
  }
  return html;
}

function lighthouse(url, extra = []) {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const args = [cli, url, '--only-categories=performance', '--output=json', '--quiet', '--chrome-flags=--headless=new --no-sandbox', ...extra];
  return new Promise((ok, fail) => {
    execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: findChrome() }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return fail(error);
      const report = JSON.parse(stdout);
      const a = report.audits;
      ok({
        score: Math.round(report.categories.performance.score * 100),
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        // What the largest paint was: the page's own heading, or an embed's.
        lcpElement: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '',
        longest: Math.max(0, ...(a['long-tasks']?.details?.items ?? []).map((t) => t.duration)),
      });
    });
  });
}

async function lighthouseRows(base) {
  const pairs = [
    ['demo/index.html', 'demo/server-rendered.html'],
    ['demo/publisher.html', 'demo/publisher.ssr.html'],
    ['demo/cms.html', 'demo/cms.ssr.html'],
  ];
  // Floors: the seed page's server-rendered HTML with no script at all (Lectern's files blocked), and a
  // page of one paragraph: no page paints sooner under the profile, whatever it holds.
  const NO_SCRIPT = ['--blocked-url-patterns=*lectern*.js'];
  const EMPTY = 'demo/floor.ssr.html';
  // Applied throttling (the network and CPU really slowed while the page loads): the page paints its
  // HTML before lectern.js arrives, as on a phone. Lighthouse's default (simulated) estimate starts from
  // an unthrottled load, where the script is here before the first paint, and counts it in.
  const APPLIED = ['--throttling-method=devtools'];
  const runs = [
    ...pairs.flatMap(([page, variant]) => [{ file: page }, { file: variant }]),
    { file: 'demo/server-rendered.html', label: 'demo/server-rendered.html, lectern.js blocked (floor)', extra: NO_SCRIPT },
    { file: EMPTY, label: 'a page of one paragraph (floor)' },
    { file: 'demo/index.html', label: 'demo/index.html, applied throttling', extra: APPLIED },
    { file: 'demo/server-rendered.html', label: 'demo/server-rendered.html, applied throttling', extra: APPLIED },
    { file: EMPTY, label: 'a page of one paragraph, applied throttling (floor)', extra: APPLIED },
  ];
  const rows = [];
  try {
    for (const [page, variant] of pairs) if (variant.endsWith('.ssr.html')) writeFileSync(variant, await serverRenderedVariant(page));
    writeFileSync(
      EMPTY,
      '<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>Floor</title><p>One paragraph.</p></html>',
    );
    for (const { file, label = file, extra } of runs) {
      const results = [];
      for (let i = 0; i < LH_RUNS; i++) results.push(await lighthouse(`${base}/${file}`, extra));
      const m = (k) => median(results.map((r) => r[k]));
      const lcpElements = [...new Set(results.map((r) => r.lcpElement))].join(' / ');
      const row = { label, score: m('score'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), longest: m('longest'), lcpElements };
      rows.push(row);
      console.log(
        `Lighthouse mobile ${label}: ${row.score}, LCP ${row.lcp.toFixed(0)} ms (${lcpElements}), TBT ${row.tbt.toFixed(0)} ms, longest task ${row.longest.toFixed(0)} ms, CLS ${row.cls.toFixed(3)}`,
      );
    }
  } finally {
    for (const file of [...pairs.map(([, variant]) => variant), EMPTY]) if (file.endsWith('.ssr.html')) rmSync(file, { force: true });
  }
  return rows;
}

/** Runs both parts; returns the markdown section for docs/benchmarks.md. */
export async function ssrBench(base, largeFeed) {
  const render = await renderTimes(largeFeed);
  const lh = await lighthouseRows(base);
  const fmt = (xs) => `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
  const row = (label) => lh.find((r) => r.label === label);
  const ssr = row('demo/server-rendered.html');
  const ratio = (method) => {
    const suffix = method ? `, ${method}` : '';
    const [script, server, floor] = ['demo/index.html', 'demo/server-rendered.html', 'a page of one paragraph'].map((l) =>
      row(`${l}${suffix}${l.startsWith('a page') ? ' (floor)' : ''}`),
    );
    const verdict =
      server.lcp <= script.lcp / 3 ? 'met' : floor.lcp > script.lcp / 3 ? 'out of reach: even the one-paragraph page is over a third' : 'not met';
    return `${method || 'simulated'}: ${(server.lcp / script.lcp).toFixed(2)} (${server.lcp.toFixed(0)} / ${script.lcp.toFixed(0)} ms), the one-paragraph page ${(floor.lcp / script.lcp).toFixed(2)} (${floor.lcp.toFixed(0)} ms): ${verdict}`;
  };
  return `## Server rendering

\`renderEmbed\` (dist/server, Lit's server renderer, Node ${process.version}), ${RUNS} runs after a warm-up:

| feed | time | HTML |
|---|---|---|
${render.map((r) => `| ${r.name} | ${fmt(r.times)} | ${(r.bytes / 1024).toFixed(0)} KB |`).join('\n')}

Lighthouse ${createRequire(import.meta.url)('lighthouse/package.json').version}, mobile profile (simulated slow 4G, 4× CPU slowdown), median of ${LH_RUNS} runs; each
page beside its server-rendered variant (\`demo/server-rendered.html\`; the publisher and CMS variants replace
each \`<lectern-feed>\` with \`renderEmbed\` of it, with default attributes):

| page | performance | LCP (its element) | total blocking time | longest task (simulated) | CLS |
|---|---|---|---|---|---|
${lh.map((r) => `| ${r.label} | ${r.score} | ${r.lcp.toFixed(0)} ms (\`${r.lcpElements}\`) | ${r.tbt.toFixed(0)} ms | ${r.longest.toFixed(0)} ms | ${r.cls.toFixed(3)} |`).join('\n')}

Targets for the server-rendered seed page:
- total blocking time under 50 ms: ${ssr.tbt.toFixed(0)} ms, ${ssr.tbt < 50 ? 'met' : 'not met'};
- CLS 0: ${ssr.cls.toFixed(3)}, ${ssr.cls === 0 ? 'met' : 'not met'};
- LCP at most a third of the script-only page's (server-rendered LCP / script-only LCP):
  - ${ratio('')};
  - ${ratio('applied throttling')}.
`;
}

// `node scripts/bench-ssr.mjs`: this part alone, on a static server of its own (a free port), printed.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve('.');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  console.log(await ssrBench(`http://127.0.0.1:${server.address().port}`, largeFeed()));
  server.close();
}
