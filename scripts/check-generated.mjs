#!/usr/bin/env node
/**
 * Fails when a generated file that is committed is stale: the custom elements manifest
 * (`npm run analyze`), the published JSON Schema (`npm run schema`) and the format reference
 * docs/feed.md (`npm run docs`), and the element reference in README.md (`npm run analyze`). Regenerates each into a
 * scratch folder (.cache/, ignored by git) and compares, so it never changes the working tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

let stale = 0;
const scratch = '.cache/check-generated';
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
execFileSync('npx', ['cem', 'analyze', '--litelement', '--outdir', scratch], { stdio: 'ignore' });
execFileSync('node', ['scripts/sort-manifest.mjs', `${scratch}/custom-elements.json`]);
const fresh = readFileSync(`${scratch}/custom-elements.json`, 'utf8');
if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  stale++;
}
try {
  execFileSync('npx', ['tsx', 'scripts/gen-schema.ts', '--check'], { stdio: 'inherit' });
} catch {
  console.error('schema/feed.schema.json is stale: run `npm run schema` and commit the result.');
  stale++;
}
for (const script of ['scripts/gen-docs.ts', 'scripts/gen-readme-api.ts']) {
  try {
    execFileSync('npx', ['tsx', script, '--check'], { stdio: 'inherit' });
  } catch {
    stale++;
  }
}
if (stale) process.exit(1);
console.log('custom-elements.json, schema/feed.schema.json, docs/feed.md and the README reference are current.');
