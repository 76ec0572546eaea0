#!/usr/bin/env node
/**
 * `npm run screenshots`: photographs the demo pages in headless Chromium for the README
 * (docs/screenshots/*.png), so a reader sees what they get before installing anything.
 * Builds nothing: run `npm run build` first (the script does when dist/lectern.js is missing).
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from './browsers.mjs';

const root = resolve('.');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/feed+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
if (!existsSync('dist/lectern.js')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

const server = createServer((req, res) => {
  const file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: [...CHROME_ARGS, '--hide-scrollbars'],
});
mkdirSync('docs/screenshots', { recursive: true });
for (const name of ['index', 'publisher', 'cms']) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 1280, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${base}/demo/${name}.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('lectern-event-card, lectern-speaker-list, lectern-publication-card, lectern-related-carousel')].every(
      (el) => el.shadowRoot?.querySelector('[part="base"]') && !el.shadowRoot.querySelector('[aria-busy="true"]'),
    ),
  );
  await new Promise((r) => setTimeout(r, 300));
  const file = `docs/screenshots/${name}.png`;
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1024, height: 1280 } });
  // Small PNGs for the repository: 256 colours when pngquant is installed (Debian: apt-get install pngquant).
  try {
    execFileSync('pngquant', ['--force', '--skip-if-larger', '--quality=60-90', '--output', file, file], { stdio: 'ignore' });
  } catch {
    /* not installed, or no gain: keep the full-colour file */
  }
  console.log(`wrote ${file}`);
  await page.close();
}
await browser.close();
server.close();
