#!/usr/bin/env node
/**
 * `npm run size`: the byte budgets of issue 8, measured (min+gzip, gzip -9, as the budget is stated).
 * Run after `npm run build`. Prints:
 *
 * - `dist/lectern.js`, every element included: what a partner page downloads before anything renders,
 *   for an English page whose feed has no HTML. It fails (exit 1) above BUDGET.
 * - The chunks lectern.js fetches only when a page needs them, each with when: other languages, the
 *   calendar builder (a reader opens "Add to calendar"), JSON-LD (`structured-data`), DOMPurify (a feed
 *   with HTML). Reported, not budgeted.
 * - Each per-element entry point (`lectern/define/<element>.js`) built alone, Lit included, minified:
 *   what an application that imports only that element adds to its bundle.
 *
 * `--report` prints the same figures without failing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET = 20 * 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, bytes, note = '') => console.log(`  ${name.padEnd(34)} ${kb(gz(bytes)).padStart(8)} ${note}`);

const WHEN = {
  fr: 'French pages',
  de: 'German pages',
  ar: 'Arabic pages',
  calendar: 'a reader opens "Add to calendar"',
  'json-ld': 'an element has structured-data',
  purify: 'the feed has HTML (content_html, bio_html)',
};

const main = readFileSync('dist/lectern.js');
const total = gz(main);
console.log(`dist/lectern.js: ${kb(main.length)} minified, ${kb(total)} min+gzip (${total} bytes; budget ${kb(BUDGET)})`);

console.log('Fetched only when a page needs them (not in the budget):');
for (const file of readdirSync('dist').filter((f) => /^lectern-.+\.js$/.test(f)).sort()) {
  const name = file.replace(/^lectern-/, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.es$/, '');
  row(file, readFileSync(`dist/${file}`), WHEN[name] ? `when ${WHEN[name]}` : '(no rule for this chunk: add it to scripts/size.mjs)');
}

if (!process.argv.includes('--no-elements')) {
  console.log('Per-element entry points, each built alone with Lit (what `import "lectern/define/<element>.js"` adds):');
  for (const file of readdirSync('src/define').sort()) {
    const output = await build({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      build: {
        write: false,
        sourcemap: false,
        emptyOutDir: false,
        lib: { entry: `src/define/${file}`, formats: ['es'], fileName: () => 'entry.js' },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
    const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry);
    row(`define/${file.replace(/\.ts$/, '.js')}`, Buffer.from(entry.code));
  }
}

if (total > BUDGET) {
  console.error(`dist/lectern.js is ${total - BUDGET} bytes OVER the ${kb(BUDGET)} budget.`);
  if (!process.argv.includes('--report')) process.exit(1);
}
