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
  assert.deepEqual(
    pkg.sideEffects.filter((p) => !/(lectern|index)\.(js|ts)$|define\/\*\.(js|ts)$/.test(p)),
    [],
  );
});

test('dist/lectern.js is one self-contained module with no bare imports', () => {
  const code = readFileSync('dist/lectern.js', 'utf8');
  assert.doesNotMatch(code, /\bimport\s*(?:[\w{}*\s,]+from\s*)?["'](?![./])/);
  assert.doesNotMatch(code, /Lit is in dev mode/);
});

test('lazy chunks import nothing, and lectern.js imports no chunk statically', () => {
  // A chunk importing "./lectern.js" would load a second copy of Lectern whenever a partner's script
  // URL carries a query string (?v=2); a chunk lectern.js imports statically would be one more request
  // before anything renders. Chunks get what they share with lectern.js as arguments instead.
  const staticImport = /(?:^|[;}\s])import\s*(?:[\w{}*\s,$]+from\s*)?["']|export\s*[{*][^;]*?from\s*["']/;
  const chunks = readdirSync('dist').filter((f) => /^lectern-.+\.js$/.test(f));
  assert.ok(chunks.length >= 6, `expected the language, calendar, JSON-LD and DOMPurify chunks, found ${chunks.join(', ')}`);
  for (const chunk of chunks) assert.doesNotMatch(readFileSync(`dist/${chunk}`, 'utf8'), staticImport, `${chunk} has an import`);
  assert.doesNotMatch(readFileSync('dist/lectern.js', 'utf8'), staticImport, 'lectern.js has a static import');
});

test('each per-element entry carries only its own element (tree-shaking), without Lit dev mode or date-fns', async () => {
  const { elementEntries } = await import('../../scripts/sizes.mjs');
  const tags = ['lectern-feed', 'lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel'];
  for (const { element, code } of await elementEntries()) {
    for (const tag of tags) {
      if (tag === element) assert.match(code, new RegExp(`"${tag}"|'${tag}'|\`${tag}\``), `${element} does not define itself`);
      else assert.doesNotMatch(code, new RegExp(`["'\`]${tag}["'\`]`), `${element}'s entry carries ${tag}`);
    }
    assert.doesNotMatch(code, /Lit is in dev mode|date-fns/, `${element}'s entry carries development or date-fns code`);
  }
  assert.doesNotMatch(readFileSync('dist/lectern.js', 'utf8'), /date-fns|formatDistance/);
});
