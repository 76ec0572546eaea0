// Every browser test file runs in exactly one of the groups `npm test` runs (test/groups.mjs).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS, DIST, QUICK, ZONES } from '../groups.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Browser test files (`*.test.ts`) under test/, as paths from the repository root. */
function browserTests(dir = join(root, 'test')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return browserTests(path);
    return entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

/** The groups a file is in, by its first folder under test/. */
const groupsOf = (file, groups) => Object.entries(groups).filter(([, folders]) => folders.includes(file.split('/')[1]));

test('every browser test file is in exactly one group that npm test runs', () => {
  const files = browserTests();
  assert.ok(files.length > 20, `found only ${files.length} browser test files`);
  for (const file of files) {
    const groups = groupsOf(file, { QUICK, CHECKS, DIST }).map(([name]) => name);
    assert.equal(groups.length, 1, `${file} is in ${groups.length ? groups.join(' and ') : 'no group'}`);
  }
});

test('control: a file in a new folder is caught', () => {
  assert.equal(groupsOf('test/newfolder/x.test.ts', { QUICK, CHECKS, DIST }).length, 0);
});

test('the zone reruns name files that exist', () => {
  const files = browserTests();
  for (const pattern of ZONES) {
    const prefix = pattern.replace(/\*\*\/\*\.test\.ts$/, '');
    assert.ok(
      files.some((f) => f === pattern || (prefix !== pattern && f.startsWith(prefix))),
      `${pattern} matches no test file`,
    );
  }
});
