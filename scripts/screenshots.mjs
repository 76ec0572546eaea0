#!/usr/bin/env node
/**
 * `npm run screenshots`: photographs every demo page in each installed engine, at 320, 768 and 1280 px,
 * for a reader whose system is light and one whose system is dark, into
 * docs/screenshots/<engine>/<page>-<width>-<reader>.png (the first 1,600 px of each page); and the
 * three README pictures (docs/screenshots/<page>.png, Chromium at 1024 px).
 *
 * The think tank's page (index.html) declares `color-scheme: light dark`, so it and its widgets turn
 * dark for a dark reader; the publisher and CMS pages are light-only, as most partner pages are, and
 * their widgets stay light.
 *
 * Engines as the tests drive them (scripts/browsers.mjs): Chromium and Firefox through puppeteer-core,
 * WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver, under xvfb-run when there is no display.
 * The reader's scheme: emulated in Chromium; a preference (Firefox) or the GTK theme (WebKit) at launch.
 * WebKit's window cannot be narrower than its toolbar (about 450 px): its "320" pictures say the width
 * they really have. `node scripts/screenshots.mjs firefox webkit` takes only those engines.
 * Builds nothing: run `npm run build` first (the script does when dist/lectern.js is missing).
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome, findFirefox, findWebKit, findXvfb, freePort, HOW, waitForPort } from './browsers.mjs';

const PAGES = ['index', 'publisher', 'cms', 'states', 'builder'];
const WIDTHS = [320, 768, 1280];
const READERS = ['light', 'dark'];
const HEIGHT = 1600;
const asked = process.argv.slice(2);
const wanted = (engine) => asked.length === 0 || asked.includes(engine);

const root = resolve('.');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/feed+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};
if (!existsSync('dist/lectern.js')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

const server = createServer((req, res) => {
  const file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

/**
 * Whether every Lectern element on the page has rendered and none is still loading (the states page
 * shows a loading state on purpose, and the builder previews what it is asked: there, rendered is enough).
 */
function ready() {
  const tags = 'lectern-event-card, lectern-speaker-list, lectern-publication-card, lectern-related-carousel';
  const strict = !/states|builder/.test(location.pathname);
  return [...document.querySelectorAll(tags)].every(
    (el) =>
      el.shadowRoot?.querySelector('[part]') &&
      (!strict || (el.shadowRoot.querySelector('[part="base"]') && !el.shadowRoot.querySelector('[aria-busy="true"]'))),
  );
}

/** Polls `check` (a call of ready() in the page) every 200 ms, for up to 8 s: whether it came true. */
async function settled(check) {
  for (let end = Date.now() + 8000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) if (await check()) return true;
  return false;
}

/** Small PNGs for the repository: 256 colours when pngquant is installed (Debian: apt-get install pngquant). */
function shrink(file) {
  try {
    execFileSync('pngquant', ['--force', '--skip-if-larger', '--quality=60-90', '--output', file, file], { stdio: 'ignore' });
  } catch {
    /* not installed, or no gain: keep the full-colour file */
  }
}

const written = [];
function wrote(file, width) {
  shrink(file);
  written.push(file);
  console.log(`wrote ${file}${width ? ` (${width} px wide)` : ''}`);
}

/** Chromium or Firefox through puppeteer: one page per picture. */
async function puppeteerShots(engine, launch, setup) {
  for (const reader of READERS) {
    const browser = await puppeteer.launch(launch(reader));
    for (const name of PAGES) {
      for (const width of WIDTHS) {
        const page = await browser.newPage();
        await setup(page, width, reader);
        await page.goto(`${base}/demo/${name}.html`, { waitUntil: 'load' });
        if (!(await settled(() => page.evaluate(ready)))) console.warn(`${engine} ${name}: not every element settled`);
        await new Promise((r) => setTimeout(r, 300));
        const file = `docs/screenshots/${engine}/${name}-${width}-${reader}.png`;
        await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height: HEIGHT } });
        wrote(file);
        await page.close();
      }
    }
    await browser.close();
  }
}

async function chromium() {
  const executablePath = ensureChrome();
  await puppeteerShots(
    'chromium',
    () => ({ executablePath, headless: true, args: [...CHROME_ARGS, '--hide-scrollbars'] }),
    async (page, width, reader) => {
      await page.setViewport({ width, height: HEIGHT, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: reader },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
    },
  );
  // The README's three pictures.
  const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS, '--hide-scrollbars'] });
  for (const name of ['index', 'publisher', 'cms']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 1280, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${base}/demo/${name}.html`, { waitUntil: 'networkidle0' });
    await settled(() => page.evaluate(ready));
    await new Promise((r) => setTimeout(r, 300));
    const file = `docs/screenshots/${name}.png`;
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1024, height: 1280 } });
    wrote(file);
    await page.close();
  }
  await browser.close();
}

async function firefox() {
  const executablePath = findFirefox();
  await puppeteerShots(
    'firefox',
    (reader) => ({
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: { 'ui.systemUsesDarkTheme': reader === 'dark' ? 1 : 0, 'ui.prefersReducedMotion': 1 },
    }),
    // puppeteer's setViewport also sends a screen-orientation override Firefox ESR lacks: BiDi directly.
    (page, width) => page.mainFrame().browsingContext.setViewport({ viewport: { width, height: HEIGHT }, devicePixelRatio: 1 }),
  );
}

async function webkit() {
  const { remote } = await import('webdriverio');
  const { driver: driverPath, browser: binary } = findWebKit();
  for (const reader of READERS) {
    const port = await freePort();
    const config = mkdtempSync(join(tmpdir(), 'lectern-gtk-'));
    mkdirSync(join(config, 'gtk-3.0'));
    writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
    const env = { ...process.env, XDG_CONFIG_HOME: config, ...(reader === 'dark' ? { GTK_THEME: 'Adwaita:dark' } : {}) };
    const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env, detached: true });
    let browser;
    try {
      await waitForPort(port);
      browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        },
      });
      for (const name of PAGES) {
        for (const width of WIDTHS) {
          await browser.url(`${base}/demo/${name}.html`);
          // The window is the viewport plus the MiniBrowser's toolbar.
          const [w0, h0] = await browser.execute(() => [innerWidth, innerHeight]);
          const outer = await browser.getWindowSize();
          await browser.setWindowSize(width + outer.width - w0, HEIGHT + outer.height - h0);
          if (!(await settled(() => browser.execute(ready)))) console.warn(`webkit ${name}: not every element settled`);
          await new Promise((r) => setTimeout(r, 500));
          const actual = await browser.execute(() => innerWidth);
          const file = `docs/screenshots/webkit/${name}-${width}-${reader}.png`;
          await browser.saveScreenshot(file);
          wrote(file, actual === width ? undefined : actual);
        }
      }
    } finally {
      await browser?.deleteSession().catch(() => undefined);
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      rmSync(config, { recursive: true, force: true });
    }
  }
}

for (const engine of ['chromium', 'firefox', 'webkit']) mkdirSync(`docs/screenshots/${engine}`, { recursive: true });
if (wanted('chromium')) await chromium();
if (wanted('firefox')) {
  if (findFirefox()) await firefox();
  else console.log(`firefox: not installed, no pictures: ${HOW.firefox}.`);
}
if (wanted('webkit')) {
  if (!findWebKit()) console.log(`webkit: not installed, no pictures: ${HOW.webkit}.`);
  else if (process.env.DISPLAY) await webkit();
  else if (findXvfb()) {
    // MiniBrowser has no headless mode: run this script again, for WebKit alone, in a virtual display
    // tall enough for a 1,600 px viewport (it serves the pages itself).
    const run = spawnSync(findXvfb(), ['-a', '-s', '-screen 0 1600x1800x24', 'node', 'scripts/screenshots.mjs', 'webkit'], { stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = 1;
  } else console.log(`webkit: no display and no xvfb-run: ${HOW.webkit}.`);
}
server.close();
