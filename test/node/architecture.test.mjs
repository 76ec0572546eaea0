// The layering architecture.md asks for, checked on the source: feed/, model/ and time/ are plain
// TypeScript (no lit, no DOM rendering, nothing from elements/), and no module imports itself back
// through a chain of runtime imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Runtime imports (type-only imports are erased and cannot form cycles or pull code in). */
function imports(file) {
  const source = readFileSync(file, 'utf8');
  const found = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!m[2]) found.push(m[3]);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(m[1]);
  for (const m of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found;
}

const resolveLocal = (from, spec) => (spec.startsWith('.') ? relative('.', resolve(dirname(from), spec.replace(/\.js$/, '.ts'))) : spec);
const sources = files('src');
const graph = new Map(sources.map((f) => [f, imports(f).map((s) => resolveLocal(f, s))]));

test('feed/, model/ and time/ import no lit, no DOM rendering, nothing from elements/', () => {
  for (const [file, deps] of graph) {
    if (!/^src\/(feed|model|time)\//.test(file)) continue;
    for (const dep of deps) {
      assert.ok(!/^(lit|@lit\/)/.test(dep) && !dep.startsWith('src/elements/') && !dep.startsWith('src/i18n/'), `${file} imports ${dep}`);
    }
  }
});

test('no runtime import cycles', () => {
  const state = new Map();
  const visit = (file, path) => {
    if (state.get(file) === 'done') return;
    assert.notEqual(state.get(file), 'visiting', `import cycle: ${[...path, file].join(' → ')}`);
    state.set(file, 'visiting');
    for (const dep of graph.get(file) ?? []) if (graph.has(dep)) visit(dep, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
});

test('the checker sees the imports it should (a guard against a broken scan)', () => {
  assert.ok(graph.get('src/elements/event-card/event-card.ts').includes('lit'));
  assert.ok(graph.get('src/feed/validate.ts').includes('src/time/event-time.ts'));
});
