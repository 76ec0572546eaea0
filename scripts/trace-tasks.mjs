#!/usr/bin/env node
/**
 * `npm run trace -- demo/index.html`: what runs in the main-thread tasks of a page while it loads.
 * Run after `npm run build`. Loads the page a few times in headless Chromium with a performance trace
 * (`devtools.timeline`) and prints, for each task over 30 ms, its length and the trace events that
 * took most of it (v8.evaluateModule: running lectern.js and upgrading the elements; RunMicrotasks:
 * promise work such as a feed arriving and Lit rendering; Layout; FireAnimationFrame…). The first
 * load has no V8 code cache; later ones do, as a returning visitor's would. COLD=1 starts a fresh
 * browser for every load, so every load is a first visit.
 *
 * Diagnosis only: the long-task figures in docs/benchmarks.md come from `npm run bench`.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from './browsers.mjs';

const page = process.argv[2] ?? 'demo/index.html';
const LOADS = Number(process.env.LOADS ?? 3);
const root = resolve('.');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};
const server = createServer((req, res) => {
  const file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/${page}`;

const launch = () => puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
const cold = process.env.COLD === '1';
let browser = await launch();
try {
  for (let load = 1; load <= LOADS; load++) {
    if (cold && load > 1) {
      await browser.close();
      browser = await launch();
    }
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1000, height: 800 });
    await tab.tracing.start({ categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
    await tab.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1200));
    const events = JSON.parse(new TextDecoder().decode(await tab.tracing.stop())).traceEvents;
    await tab.close();
    console.log(`${page}, load ${load}${load === 1 || cold ? ' (no code cache)' : ''}:`);
    // The page's renderer only: the trace also holds the browser's own WebUI renderers.
    const origin = new URL(url).origin;
    const pids = new Set(
      events.filter((e) => String(e.args?.data?.url ?? '').startsWith(origin) && /compile|ParseHTML|EvaluateScript/.test(e.name)).map((e) => e.pid),
    );
    const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 30_000 && pids.has(e.pid));
    if (tasks.length === 0) console.log('  no task over 30 ms');
    for (const task of tasks) {
      const inside = {};
      for (const e of events) {
        if (e.ph !== 'X' || e === task || e.tid !== task.tid || e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + task.dur) continue;
        if (/^V8\.|GC|^ProfileChunk$/.test(e.name)) continue;
        inside[e.name] = (inside[e.name] ?? 0) + e.dur;
      }
      const top = Object.entries(inside)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`);
      console.log(`  ${(task.dur / 1000).toFixed(1).padStart(6)} ms${task.dur > 50_000 ? ' LONG' : '     '}  ${top.join(', ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
