#!/usr/bin/env node
/**
 * Fails when a generated file that is committed is stale: the custom elements manifest
 * (`npm run analyze`) and the published JSON Schema (`npm run schema`). Regenerates each into a
 * temporary place and compares, so it never changes the working tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let stale = 0;
const tmp = mkdtempSync(join(tmpdir(), 'lectern-check-'));
try {
  execFileSync('npx', ['cem', 'analyze', '--litelement', '--outdir', tmp], { stdio: 'ignore' });
  const fresh = JSON.parse(readFileSync(join(tmp, 'custom-elements.json'), 'utf8'));
  const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    stale++;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
try {
  execFileSync('npx', ['tsx', 'scripts/gen-schema.ts', '--check'], { stdio: 'inherit' });
} catch {
  console.error('schema/feed.schema.json is stale: run `npm run schema` and commit the result.');
  stale++;
}
if (stale) process.exit(1);
console.log('custom-elements.json and schema/feed.schema.json are current.');
