// The layers of docs/architecture.md, enforced on the bundler's own import graph: Vite (rolldown)
// builds every module under src/ and reports what each one imports, after TypeScript is stripped, so
// type-only imports and comments do not count and dynamic `import()`s (the lazy chunks) do.
//
// Rule: a module may import modules of a lower rank, or modules in its own folder; never a higher
// rank, never a sibling folder of the same rank (one feature does not reach into another, one
// element does not reach into another). Only elements, and the server renderer that runs them, import Lit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';

/** Longest matching prefix wins. */
export const RANKS = [
  ['src/time/', 0], // zone maths, event spans, formatting: imports nothing of Lectern's
  ['src/feed/', 1], // load, validate, the URL allow-list
  ['src/model/', 2], // selection, status, related, the domain rules
  ['src/i18n/', 3], // messages
  ['src/sanitize/', 3], // DOMPurify, Trusted Types policies
  ['src/calendar/', 4], // the .ics and link builder
  ['src/structured-data/', 4], // schema.org mapping
  ['src/elements/internal/', 5], // context, events, styles, templates, icons, locale, define
  ['src/elements/controllers/', 6], // feed source, layout reader, rich text, localisation, …
  ['src/elements/internal/base.ts', 7], // the base classes compose the controllers
  ['src/elements/', 8], // one folder per tag
  ['src/server/', 8.5], // the elements rendered in Node (lectern/server, `lectern render`)
  ['src/', 9], // entries: index, bundle, api, define/*, cli
];

export function rankOf(file) {
  let best;
  for (const [prefix, rank] of RANKS) if (file.startsWith(prefix) && (!best || prefix.length > best[0].length)) best = [prefix, rank];
  return best?.[1];
}

/** Why `from` may not import `to`, or undefined when it may. */
export function violation(from, to) {
  if (/^(lit|@lit\/)/.test(to)) {
    return /^src\/(elements|server)\//.test(from) ? undefined : `${from} imports ${to}: only elements (and the server renderer) import Lit`;
  }
  if (!to.startsWith('src/')) return undefined; // another package (dompurify, node:fs)
  const [a, b] = [rankOf(from), rankOf(to)];
  if (a === undefined || b === undefined) return `${a === undefined ? from : to} has no rank in the table`;
  if (dirname(from) === dirname(to)) return undefined;
  if (b < a) return undefined;
  return `${from} (rank ${a}) imports ${to} (rank ${b}): imports point down the table`;
}

function sources(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Module → what it imports (statically or dynamically), as the bundler sees it. */
async function importGraph() {
  const root = resolve('.');
  const name = (id) => (id.startsWith(root) ? relative(root, id) : id);
  const graph = new Map();
  const files = sources('src');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: Object.fromEntries(files.map((f) => [f.replace(/\.ts$/, '').replace(/\//g, '_'), f])), formats: ['es'] },
      rolldownOptions: { external: (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:/.test(id) },
    },
    plugins: [
      {
        name: 'collect-import-graph',
        buildEnd() {
          for (const id of this.getModuleIds()) {
            const info = this.getModuleInfo(id);
            if (!info || info.isExternal) continue;
            graph.set(name(id), [...info.importedIds, ...info.dynamicallyImportedIds].map(name));
          }
        },
      },
    ],
  });
  return graph;
}

const graph = await importGraph();

test('the checker sees every module and the imports it should (a guard against a broken scan)', () => {
  for (const file of sources('src')) assert.ok(graph.has(file), `${file} is not in the bundler's graph`);
  assert.ok(graph.get('src/elements/event-card/event-card.ts').includes('lit'));
  assert.ok(graph.get('src/feed/validate.ts').includes('src/time/event-time.ts'));
  // Dynamic imports count: the lazy chunks are part of the layering too.
  assert.ok(graph.get('src/elements/controllers/structured-data.ts').includes('src/structured-data/json-ld.ts'));
  // Type-only imports do not: the rich-text controller names Lit's types without importing Lit.
  assert.ok(!graph.get('src/elements/controllers/rich-text.ts').some((d) => d.startsWith('lit')));
});

test('the rule catches what it should (controls)', () => {
  assert.match(violation('src/time/zone.ts', 'src/feed/url.ts'), /imports point down/);
  assert.match(violation('src/feed/validate.ts', 'src/model/select.ts'), /imports point down/);
  assert.match(violation('src/calendar/calendar.ts', 'src/structured-data/deps.ts'), /imports point down/);
  assert.match(violation('src/elements/event-card/event-card.ts', 'src/elements/speaker-list/speaker-list.ts'), /imports point down/);
  assert.match(violation('src/elements/controllers/localize.ts', 'src/elements/internal/base.ts'), /imports point down/);
  assert.match(violation('src/model/rules.ts', 'lit'), /only elements \(and the server renderer\) import Lit/);
  assert.match(violation('src/sanitize/sanitize.ts', '@lit/context'), /only elements \(and the server renderer\) import Lit/);
  assert.equal(violation('src/feed/validate.ts', 'src/time/event-time.ts'), undefined);
  assert.equal(violation('src/elements/internal/base.ts', 'src/elements/controllers/feed-source.ts'), undefined);
});

test('every import points down the rank table', () => {
  const found = [];
  for (const [file, deps] of graph) for (const dep of deps) found.push(violation(file, dep));
  assert.deepEqual(found.filter(Boolean), []);
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
