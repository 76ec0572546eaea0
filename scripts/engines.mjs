#!/usr/bin/env node
/**
 * The tests in the engines other than Chromium, as `npm test` ends: Firefox (puppeteer over WebDriver
 * BiDi) and WebKit (WebKitGTK's MiniBrowser over WebDriver classic, under `xvfb-run` when there is no
 * display). Each one that is installed runs
 *
 * 1. the unit and element tests and the accessibility and security suites (`wtr --group quick`, then
 *    `--group checks`), with the reader's settings the engine starts with (light; Firefox with reduced
 *    motion, WebKit without, so that each motion path runs in one of them);
 * 2. the colour-scheme, contrast, axe and focus tests again for a reader whose system is dark (LECTERN_READER=dark:
 *    these drivers cannot emulate it per test, so the browser starts that way);
 * 3. in Firefox, the forced-colours, axe, focus and right-to-left tests with its forced-colours mode on
 *    (LECTERN_READER=forced; WebKit has none).
 *
 * The tests of the built files (bundle size, manifest, demo pages) need one engine and stay with
 * Chromium. A missing engine is named with one line on how to install it, and skipped. Tests an engine
 * cannot run (a media feature it cannot emulate) skip themselves by name: `[engine-skip]` lines, counted per engine at the end.
 *
 * `node scripts/engines.mjs firefox` runs one engine.
 */
import { spawnSync } from 'node:child_process';
import { findFirefox, findWebKit, findXvfb, HOW } from './browsers.mjs';

const DARK_READER = [
  'test/a11y/runner-reader.test.ts',
  'test/a11y/color-scheme.test.ts',
  'test/a11y/contrast.test.ts',
  'test/a11y/axe.test.ts',
  'test/a11y/focus.test.ts',
  'test/a11y/rtl.test.ts',
].join(',');

/** Firefox has a forced-colours mode (WebKit has none): these run again with it on. */
const FORCED_COLOURS = [
  'test/a11y/runner-reader.test.ts',
  'test/a11y/forced-colors.test.ts',
  'test/a11y/axe.test.ts',
  'test/a11y/focus.test.ts',
  'test/a11y/rtl.test.ts',
].join(',');

const engines = [
  { name: 'firefox', found: findFirefox(), forced: true },
  { name: 'webkit', found: findWebKit()?.browser, display: true },
].filter((e) => process.argv.length < 3 || process.argv.includes(e.name));
const unknown = process.argv.slice(2).filter((a) => !['firefox', 'webkit'].includes(a));
if (unknown.length) throw new Error(`Unknown engine ${unknown.join(', ')}: firefox or webkit.`);

/** Runs wtr with `env`; returns whether it passed and how many tests skipped by name. */
function wtr(engine, label, args, env = {}) {
  let command = ['npx', 'wtr', ...args];
  if (engine.display && !process.env.DISPLAY) {
    const xvfb = findXvfb();
    if (!xvfb) return { ok: false, skips: 0, missing: true };
    command = [xvfb, '-a', ...command];
  }
  console.log(`\n${engine.name}, ${label}: ${command.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command[0], command.slice(1), {
    env: { ...process.env, LECTERN_ENGINE: engine.name, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(run.stdout ?? '');
  const lines = (run.stdout ?? '').split('\n');
  const skips = lines.filter((l) => l.includes('[engine-skip]')).length;
  console.log(`${engine.name}, ${label}: ${run.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  // CI shows the end of the log: keep each failure (its line and the error under it) for the summary.
  const failures = lines.flatMap((l, i) => (l.includes('❌') ? [lines.slice(i, i + 8).join('\n')] : []));
  if (run.status !== 0 && !failures.length) failures.push(lines.slice(-15).join('\n'));
  return { ok: run.status === 0, skips, failures: failures.map((f) => `${engine.name}, ${label}:\n${f}`) };
}

let failed = false;
const summary = [];
const failures = [];
for (const engine of engines) {
  if (!engine.found) {
    summary.push(`${engine.name}: not installed, its run is skipped: ${HOW[engine.name]}.`);
    continue;
  }
  const runs = [
    wtr(engine, 'unit and element tests', ['--group', 'quick']),
    wtr(engine, 'accessibility and security', ['--group', 'checks']),
    wtr(engine, 'colour scheme, contrast, axe, focus and right to left for a reader whose system is dark', [], {
      LECTERN_READER: 'dark',
      LECTERN_TESTS: DARK_READER,
    }),
    ...(engine.forced
      ? [
          wtr(engine, 'forced colours, axe, focus and right to left in forced colours', [], {
            LECTERN_READER: 'forced',
            LECTERN_TESTS: FORCED_COLOURS,
          }),
        ]
      : []),
  ];
  if (runs.some((r) => r.missing)) {
    summary.push(`${engine.name}: no display and no xvfb-run: ${HOW[engine.name]}.`);
    continue;
  }
  const ok = runs.every((r) => r.ok);
  const skips = runs.reduce((n, r) => n + r.skips, 0);
  summary.push(`${engine.name} (${engine.found}): ${ok ? 'passed' : 'FAILED'}; ${skips} tests skipped by name in this engine.`);
  if (!ok) failed = true;
  failures.push(...runs.flatMap((r) => r.failures ?? []));
}
if (failures.length) console.log(`\nWhat failed:\n\n${failures.join('\n\n')}`);
console.log(`\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
