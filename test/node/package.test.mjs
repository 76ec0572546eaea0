// The package as npm users see it: every path package.json points at exists after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('package.json names the committed manifest and the JSON Schema', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.exports['./schema.json'], './schema/feed.schema.json');
  assert.ok(existsSync(pkg.customElements));
});

test('every exports target exists (wildcards checked against each define module)', () => {
  const defines = readdirSync('src/define').map((f) => f.replace(/\.ts$/, ''));
  for (const [key, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      const files = key === './define/*.js' ? defines.map((d) => file.replace('*', d)) : [file];
      for (const f of files) if (!f.includes('*')) assert.ok(existsSync(f), `${key} → ${f} is missing`);
    }
  }
  assert.ok(existsSync(pkg.types), `types → ${pkg.types} is missing`);
});

test('sideEffects lists only the modules that register tags', () => {
  assert.deepEqual(pkg.sideEffects.filter((p) => !/(lectern|index)\.(js|ts)$|define\/\*\.(js|ts)$/.test(p)), []);
});

test('dist/lectern.js is one self-contained module with no bare imports', () => {
  const code = readFileSync('dist/lectern.js', 'utf8');
  assert.doesNotMatch(code, /\bimport\s*(?:[\w{}*\s,]+from\s*)?["'](?![./])/);
  assert.doesNotMatch(code, /Lit is in dev mode/);
});
