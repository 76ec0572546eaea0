#!/usr/bin/env node
/**
 * `npm run size`: the byte budgets of docs/architecture.md, measured (see scripts/sizes.mjs). Run after `npm run build`.
 *
 * - `dist/lectern.js`, every element included, against the 24 KB goal, and against the ratchet
 *   (CEILING): while the bundle is over budget it may not grow. Exit 1 when the ratchet is broken, or
 *   (with `--strict`) when the budget is.
 * - The chunks lectern.js fetches only when a page needs them, each with when.
 * - Each per-element entry point built alone, Lit included.
 */
import { BUDGET, CEILING, elementEntries, kb, lazyChunks, mainBundle } from './sizes.mjs';

const row = (name, bytes, note = '') => console.log(`  ${name.padEnd(36)} ${kb(bytes).padStart(8)}  ${note}`);
const main = mainBundle();
console.log(`${main.file}: ${kb(main.raw)} minified, ${kb(main.gzip)} min+gzip (${main.gzip} bytes), ${kb(main.brotli)} with brotli`);
console.log(`  budget ${kb(BUDGET)}: ${main.gzip <= BUDGET ? 'met' : `NOT MET, ${main.gzip - BUDGET} bytes over`}`);
console.log(
  `  ratchet ${CEILING} bytes: ${main.gzip <= CEILING ? `kept${CEILING - main.gzip > 200 ? ` (lower CEILING in scripts/sizes.mjs to ${main.gzip})` : ''}` : 'BROKEN'}`,
);

console.log('Fetched only when a page needs them (not in the budget):');
for (const c of lazyChunks()) row(c.file, c.gzip, c.when ?? '(no rule for this chunk: add one to scripts/sizes.mjs)');

if (!process.argv.includes('--no-elements')) {
  console.log('Per-element entry points, each built alone with Lit:');
  for (const e of await elementEntries()) row(e.entry, e.gzip, `import 'lectern/${e.entry}'`);
}

let failed = false;
if (main.gzip > CEILING) {
  console.error(`${main.file} grew past the ratchet (${main.gzip} > ${CEILING} bytes): find the bytes or make them lazy.`);
  failed = true;
}
if (process.argv.includes('--strict') && main.gzip > BUDGET) {
  console.error(`${main.file} is ${main.gzip - BUDGET} bytes over the ${kb(BUDGET)} budget.`);
  failed = true;
}
if (lazyChunks().some((c) => !c.when)) {
  console.error('A chunk has no rule saying when it loads: add it to WHEN in scripts/sizes.mjs.');
  failed = true;
}
process.exit(failed ? 1 : 0);
