#!/usr/bin/env node
/**
 * `npm run size`: prints the embed bundle's size, min+gzip (gzip -9, as the budget is stated), and
 * fails when it is over budget. Run after `npm run build`.
 *
 * `--report` prints the same figures without failing: `npm test` runs it that way while the bundle
 * is over budget (issue 8 is the work that brings it back under; then `npm test` gates on it again).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const file = 'dist/lectern.js';
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(raw.length)} minified, ${kb(gz)} min+gzip (${gz} bytes; budget ${kb(BUDGET)})`);
if (gz > BUDGET) {
  console.error(`${file} is ${gz - BUDGET} bytes OVER the ${kb(BUDGET)} budget.`);
  if (!process.argv.includes('--report')) process.exit(1);
}
