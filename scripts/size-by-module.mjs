#!/usr/bin/env node
/**
 * `npm run size:modules`: where the bytes of dist/lectern.js go. Run after `npm run build`.
 *
 * Each byte of the minified bundle is attributed to the source module its source map names. Gzip
 * sizes do not add up per module (repeated text compresses across modules), so each row is the
 * module's *marginal* cost: the gzip size of the whole bundle minus the gzip size of the bundle with
 * that module's bytes taken out. That is what removing (or lazy-loading) it would save.
 *
 *   npm run size:modules            one row per module
 *   npm run size:modules -- --area  one row per area (Lit, feed, time, i18n, each element…)
 */
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gz } from './sizes.mjs';

const code = readFileSync('dist/lectern.js', 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync('dist/lectern.js.map', 'utf8')));
const lineStart = [0];
for (const line of code.split('\n')) lineStart.push(lineStart.at(-1) + line.length + 1);

const name = (source) => (source ?? '(unmapped)').replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
const area = (module) =>
  module.startsWith('lit') || module.startsWith('@lit/')
    ? 'Lit and @lit/context'
    : module.startsWith('src/elements/') && module.split('/').length > 3
      ? module.split('/').slice(0, 3).join('/')
      : module.startsWith('src/')
        ? module.split('/').slice(0, 2).join('/').replace(/\.ts$/, '')
        : module;
const group = process.argv.includes('--area') ? area : (m) => m;

// Owner of every generated character: the mapping that covers it.
const owner = new Array(code.length).fill('(unmapped)');
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const from = lineStart[m.generatedLine - 1] + m.generatedColumn;
  const to = next ? lineStart[next.generatedLine - 1] + next.generatedColumn : code.length;
  const key = group(name(m.source));
  for (let j = from; j < to; j++) owner[j] = key;
});

const full = gz(code);
const rows = [...new Set(owner)].map((key) => {
  let rest = '';
  let own = 0;
  for (let j = 0; j < code.length; j++) {
    if (owner[j] === key) own++;
    else rest += code[j];
  }
  return { key, marginal: full - gz(rest), minified: own };
});
rows.sort((a, b) => b.marginal - a.marginal);
console.log(`dist/lectern.js: ${full} bytes min+gzip. Marginal gzip bytes (what removing it saves) and minified bytes:`);
for (const r of rows) console.log(`${String(r.marginal).padStart(7)} ${String(r.minified).padStart(8)}  ${r.key}`);
