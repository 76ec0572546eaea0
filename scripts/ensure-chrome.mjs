#!/usr/bin/env node
/**
 * `npm run browsers`: finds a Chrome or Chromium for the browser tests and prints its path. The test
 * configuration only looks (`findChrome`); installing is this script's job, run by hand or by .ci/run.
 * Order: CHROME_PATH, the usual install paths. When there is none and we run as root on Debian or
 * Ubuntu, installs Debian's `chromium` (browser downloads are not possible on every machine; the
 * distribution's package is). Elsewhere: one line that says how to get one, and exit 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

export function findChrome() {
  return candidates.find((p) => existsSync(p));
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function ensureChrome() {
  let found = findChrome();
  if (found) return found;
  if (process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike()) {
    console.error("No Chrome/Chromium found: installing Debian's chromium with apt-get…");
    const opts = { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    execFileSync('apt-get', ['update', '-qq'], opts);
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], opts);
    found = findChrome();
    if (found) return found;
  }
  console.error('No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChrome());
