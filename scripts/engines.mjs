#!/usr/bin/env node
/**
 * The test runs in engines other than Chromium, as `npm test` ends: each one that is installed runs
 * the unit and element tests (`wtr --group quick`, with LECTERN_ENGINE set); a missing one is named
 * with one line on how to install it, and skipped. Tests an engine cannot run (media emulation,
 * Trusted Types) skip themselves by name there: `[engine-skip]` lines, counted at the end.
 */
import { spawnSync } from 'node:child_process';
import { findFirefox, HOW } from './browsers.mjs';

const engines = [{ name: 'firefox', found: findFirefox() }];
let failed = false;
for (const { name, found } of engines) {
  if (!found) {
    console.log(`${name}: not installed, its run is skipped: ${HOW[name]}.`);
    continue;
  }
  console.log(`\n${name} (${found}): wtr --group quick`);
  const run = spawnSync('npx', ['wtr', '--group', 'quick'], {
    env: { ...process.env, LECTERN_ENGINE: name },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(run.stdout);
  const skips = run.stdout.split('\n').filter((l) => l.includes('[engine-skip]')).length;
  console.log(`${name}: ${run.status === 0 ? 'passed' : 'FAILED'}; ${skips} tests skipped by name in this engine.`);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
