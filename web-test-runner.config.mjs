/**
 * Browser tests: headless Chromium (the system's: this file only looks for it, `npm run browsers`
 * installs it) through @web/test-runner, in groups:
 *
 * - `quick`: unit and element tests, straight from the TypeScript sources (`npm run test:quick`, about
 *   a minute: the edit–test loop);
 * - `checks`: the accessibility (axe, contrast, focus, forced colours, reflow, right to left) and
 *   security (XSS payloads, fuzzing) suites, also from the sources;
 * - `dist`: tests of the built files (dist/lectern.js in demo and fixture pages), which need
 *   `npm run build` first (`npm run test:dist` builds);
 * - `zones`: what `npm run test:browser:tz` runs again under other zones.
 *
 * `wtr --group NAME` runs one group; `npm test` runs them all. The server listens on a free port picked at start (or `WTR_PORT`), never a
 * default one another server may hold. The middleware below is a small feed server the loader tests
 * talk to over real HTTP: status codes, content types, delays, oversized and broken bodies, and
 * request counting.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS, findChrome, findFirefox, findWebKit, freePort, HOW, waitForPort } from './scripts/browsers.mjs';
import { spawn } from 'node:child_process';
import { forcedColorsPlugin } from './test/a11y/forced-colors-plugin.mjs';
import { enginePlugin } from './test/engine-plugin.mjs';
import { CHECKS, DIST, files, QUICK, ZONES } from './test/groups.mjs';
import { ssrPlugin } from './test/ssr-plugin.mjs';

const counts = new Map();

/** GET /api/feed?file=demo/feeds/events.json&status=200&type=…&delay=ms&key=…&body=…&pad=bytes&hang=1&failFirst=N&failAfter=N&retryAfter=s */
async function feedServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/api/count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(url.searchParams.get('key')) ?? 0 });
    return;
  }
  if (url.pathname === '/api/redirect') {
    // GET /api/redirect?to=path: a 302 to `to`, so the feed's final URL differs from the one asked for.
    ctx.status = 302;
    ctx.set('Location', url.searchParams.get('to'));
    return;
  }
  if (url.pathname !== '/api/feed') return next();
  const q = url.searchParams;
  const key = q.get('key');
  if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const delay = Number(q.get('delay') ?? 0);
  if (q.get('hang')) {
    await new Promise((resolve) => setTimeout(resolve, 30_000));
  } else if (delay) {
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  let body = q.has('body') ? q.get('body') : readFileSync(q.get('file') ?? 'demo/feeds/events.json', 'utf8');
  if (q.get('pad')) body = body.replace(/\}\s*$/, `, "_pad": "${'x'.repeat(Number(q.get('pad')))}"}`);
  // failFirst=N: the first N requests for this key get `status` (default 503), later ones succeed.
  // failAfter=N: the first N succeed, later ones get `status` (default 503).
  const n = counts.get(key) ?? 0;
  const scripted = q.has('failFirst') || q.has('failAfter');
  const failing = q.has('failFirst') ? n <= Number(q.get('failFirst')) : q.has('failAfter') ? n > Number(q.get('failAfter')) : true;
  ctx.status = failing ? Number(q.get('status') ?? (scripted ? 503 : 200)) : 200;
  if (failing && q.get('retryAfter')) ctx.set('Retry-After', q.get('retryAfter'));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = q.get('type') ?? 'application/feed+json';
  if (q.get('chunked')) {
    // No Content-Length: the loader must count bytes as they arrive.
    const { Readable } = await import('node:stream');
    ctx.body = Readable.from([body]);
  } else {
    ctx.body = body;
  }
}

/**
 * `/offline-dist/lectern.js` is dist/lectern.js with every lazy chunk beside it failing (503): how
 * test/chunks.test.ts sees a page whose chunks cannot be fetched. Its own path, so no chunk an earlier
 * page fetched can come from the browser's cache.
 */
async function offlineChunks(ctx, next) {
  if (!ctx.path.startsWith('/offline-dist/')) return next();
  if (ctx.path === '/offline-dist/lectern.js') {
    ctx.type = 'text/javascript';
    ctx.body = readFileSync('dist/lectern.js', 'utf8');
  } else {
    ctx.status = 503;
    ctx.body = 'offline';
  }
}

/** The engine this run uses: LECTERN_ENGINE=firefox or webkit, else Chromium. */
const ENGINE = process.env.LECTERN_ENGINE ?? 'chromium';
if (!['chromium', 'firefox', 'webkit'].includes(ENGINE)) throw new Error(`LECTERN_ENGINE=${ENGINE}: use chromium, firefox or webkit.`);

/**
 * The reader's system settings for engines whose drivers cannot emulate media per test (Firefox over
 * BiDi, WebKit over WebDriver classic): set when the browser starts. LECTERN_READER=dark gives a dark
 * system (and, in Firefox, LECTERN_READER=forced its forced-colours mode; WebKit has none), LECTERN_MOTION=reduce (Firefox's default here) or no-preference (WebKit's) the motion
 * setting. Tests that need another value skip by name (test/engine.ts); scripts/engines.mjs runs the
 * colour-scheme tests a second time with a dark reader.
 */
const DARK = process.env.LECTERN_READER === 'dark';
/** LECTERN_READER=forced: Firefox's high-contrast mode ("override the page's colours: always"). */
const FORCED = process.env.LECTERN_READER === 'forced';
const motion = (fallback) => (process.env.LECTERN_MOTION ?? fallback) === 'reduce';

/**
 * The reader the browser was launched as, told to the page: test/a11y/runner-reader.test.ts checks that
 * the launch settings took effect, so that a pass whose settings an engine ignored fails instead of
 * skipping everything it was meant to run. Chromium starts with its defaults and emulates per test.
 */
const expectedReader = {
  dark: ENGINE !== 'chromium' && DARK,
  forced: ENGINE === 'firefox' && FORCED,
  reducedMotion: ENGINE === 'firefox' ? motion('reduce') : ENGINE === 'webkit' ? motion('no-preference') : false,
};

function chromium() {
  const chrome = findChrome();
  if (!chrome) throw new Error(`No Chrome or Chromium found: run \`npm run browsers\` (Debian/Ubuntu, as root), or ${HOW.chromium}.`);
  return chromeLauncher({
    launchOptions: {
      executablePath: chrome,
      headless: true,
      args: CHROME_ARGS,
    },
  });
}

/** Firefox through puppeteer-core over WebDriver BiDi, with the launcher the Chromium run uses. */
function firefox() {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(`No Firefox found: ${HOW.firefox}.`);
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // No media emulation over BiDi: the reader's settings are preferences, fixed for the run.
      extraPrefsFirefox: {
        'ui.prefersReducedMotion': motion('reduce') ? 1 : 0,
        'ui.systemUsesDarkTheme': DARK ? 1 : 0,
        'browser.display.document_color_use': FORCED ? 2 : 0,
      },
    },
    async createPage({ browser }) {
      const page = await browser.newPage();
      const setViewport = page.setViewport.bind(page);
      // Firefox ESR's BiDi lacks the screen-orientation override puppeteer sends with a viewport.
      page.setViewport = (v) => setViewport(v).catch(() => undefined);
      // Focus events and keys reach a page only while its window is the active one: activate it for
      // every test file.
      const goto = page.goto.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await page.bringToFront().catch(() => undefined);
        return response;
      };
      return page;
    },
  });
}

/**
 * WebKit (WebKitGTK, Safari's engine) through WebDriver classic: Debian's WebKitWebDriver, started
 * here on a free port, drives the MiniBrowser of libwebkit2gtk with `--automation`. MiniBrowser has
 * no headless mode: the run needs a display (scripts/engines.mjs wraps it in `xvfb-run`).
 */
async function webkit() {
  const found = findWebKit();
  if (!found) throw new Error(`No WebKit found: ${HOW.webkit}.`);
  const port = await freePort();
  // The reader's settings reach MiniBrowser through GTK: a dark theme, and animations off (which
  // WebKitGTK reports as prefers-reduced-motion: reduce) in a settings.ini of this run's own.
  const config = mkdtempSync(join(tmpdir(), 'lectern-gtk-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${motion('no-preference') ? 0 : 1}\n`);
  const env = { ...process.env, XDG_CONFIG_HOME: config, ...(DARK ? { GTK_THEME: 'Adwaita:dark' } : {}) };
  // Its own process group, so that stopping it also stops the MiniBrowser it started; stopped when this
  // process exits or is interrupted or terminated, with this run's settings directory.
  const driver = spawn(found.driver, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env, detached: true });
  driver.on('error', (e) => console.error(`WebKitWebDriver: ${e.message}`));
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    rmSync(config, { recursive: true, force: true });
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(130)));
  await waitForPort(port);
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
    },
  });
}

/** `LECTERN_TESTS=path,path wtr` runs only those files (the groups below ignore `--files`). */
const only = process.env.LECTERN_TESTS?.split(',');

/**
 * The zone the browser runs in follows the runner's `TZ` (or, without one, the machine's zone). The
 * test page learns which zone that should be, so test/time/runner-zone.test.ts can check that a run,
 * and each zone rerun above all, really ran there: a browser that ignored `TZ` would otherwise pass
 * every zone rerun in the machine's own zone and prove nothing.
 */
const expectedZone = /^(?:UTC|[A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/.test(process.env.TZ ?? '')
  ? process.env.TZ
  : Intl.DateTimeFormat().resolvedOptions().timeZone;

export default {
  groups: only
    ? [{ name: 'only', files: only }]
    : [
        { name: 'quick', files: files(QUICK) },
        { name: 'checks', files: files(CHECKS) },
        { name: 'dist', files: files(DIST) },
        { name: 'zones', files: ZONES },
      ],
  port: Number(process.env.WTR_PORT) || (await freePort()),
  nodeResolve: { exportConditions: ['production'] },
  testRunnerHtml: (framework) =>
    `<!doctype html><html><head><script>globalThis.__LECTERN_EXPECTED_ZONE__ = ${JSON.stringify(expectedZone)};` +
    `globalThis.__LECTERN_EXPECTED_READER__ = ${JSON.stringify(expectedReader)};</script></head>` +
    `<body><script type="module" src="${framework}"></script></body></html>`,
  rootDir: '.',
  // One page at a time: keyboard and focus tests need the page to have focus.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), forcedColorsPlugin(), enginePlugin(), ssrPlugin()],
  middleware: [offlineChunks, feedServer],
  browsers: [ENGINE === 'firefox' ? firefox() : ENGINE === 'webkit' ? await webkit() : chromium()],
};
