#!/usr/bin/env node
/**
 * `npm run browsers`: finds the engines the browser tests run in and prints their paths; the test
 * configuration only looks (`findChrome`, `findFirefox`), installing is this script's job, run by hand
 * or by .ci/run.
 *
 * - Chromium (required): CHROME_PATH, else the usual install paths.
 * - Firefox (optional; `npm test` runs the browser tests in it when it is there, scripts/engines.mjs):
 *   FIREFOX_PATH, else `firefox-esr` or `firefox` in the usual paths.
 * - WebKit (optional, the same): WebKitGTK's WebDriver (WEBKIT_DRIVER_PATH, else WebKitWebDriver) and
 *   the MiniBrowser it drives (WEBKIT_BROWSER_PATH, else libwebkit2gtk's), with xvfb-run where there
 *   is no display.
 *
 * When one is missing and we run as root on Debian or Ubuntu, installs the distribution's package
 * (`chromium`, `firefox-esr`, `webkit2gtk-driver`, `xvfb`): browser downloads are not possible on every machine, the distribution's
 * packages are. Elsewhere: one line that says how to get it (and exit 1 for Chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { connect, createServer } from 'node:net';

const CHROME = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** Flags for headless Chromium on a CI machine or a container, shared by the tests, bench and trace. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** WebKitGTK: its WebDriver server and the MiniBrowser it drives (Debian: webkit2gtk-driver). */
const WEBKIT_DRIVER = [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'];
const MINIBROWSER = [
  process.env.WEBKIT_BROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const XVFB = ['/usr/bin/xvfb-run'];

const first = (paths) => paths.filter(Boolean).find((p) => existsSync(p));
export const findChrome = () => first(CHROME);
export const findFirefox = () => first(FIREFOX);
/** `{ driver, browser }` when WebKitWebDriver and MiniBrowser are both there, else undefined. */
export const findWebKit = () => {
  const driver = first(WEBKIT_DRIVER);
  const browser = first(MINIBROWSER);
  return driver && browser ? { driver, browser } : undefined;
};
/** xvfb-run, for engines with no headless mode (WebKitGTK's MiniBrowser) on a machine with no display. */
export const findXvfb = () => first(XVFB);

/** A TCP port nothing listens on now (for a test server or a WebDriver server): never a default one. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on `port` (the WebDriver server starting). */
export async function waitForPort(port, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > end) throw new Error(`WebKitWebDriver did not listen on port ${port} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How to get a missing engine, in one line. */
export const HOW = {
  chromium: 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable',
  firefox: 'install Firefox (Debian/Ubuntu: sudo apt-get install firefox-esr, or `npm run browsers` as root) or set FIREFOX_PATH',
  webkit:
    "install WebKitGTK's WebDriver and a display server (Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb, or `npm run browsers` as root) or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH",
};

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

let updated = false;
function aptInstall(pkg) {
  if (!(process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike())) return false;
  console.error(`Installing Debian's ${pkg} with apt-get…`);
  const opts = { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  if (!updated) execFileSync('apt-get', ['update', '-qq'], opts);
  updated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], opts);
  return true;
}

export function ensureChrome() {
  const found = findChrome() ?? (aptInstall('chromium') && findChrome());
  if (found) return found;
  console.error(`No Chrome or Chromium found: ${HOW.chromium}.`);
  process.exit(1);
}

/** WebKitGTK's WebDriver (and the MiniBrowser it drives) and xvfb-run: optional, like Firefox. */
export function ensureWebKit() {
  let found = findWebKit();
  if (!found && aptInstall('webkit2gtk-driver')) found = findWebKit();
  if (found && !process.env.DISPLAY && !findXvfb()) aptInstall('xvfb');
  if (!found) console.error(`No WebKit found (its test run will be skipped): ${HOW.webkit}.`);
  return found;
}

export function ensureFirefox() {
  const found = findFirefox() ?? (aptInstall('firefox-esr') && findFirefox());
  if (!found) console.error(`No Firefox found (its test run will be skipped): ${HOW.firefox}.`);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`chromium: ${ensureChrome()}`);
  const firefox = ensureFirefox();
  if (firefox) console.log(`firefox: ${firefox}`);
  const webkit = ensureWebKit();
  if (webkit) console.log(`webkit: ${webkit.browser} (driven by ${webkit.driver})`);
}
