/**
 * Lectern's byte figures (min+gzip, gzip -9, as the budgets are stated), measured from `dist/` and the
 * sources. Shared by `npm run size` (scripts/size.mjs, which checks the budgets) and `npm run bench`
 * (scripts/bench.mjs, which tabulates them beside the peers). Run after `npm run build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The goal for dist/lectern.js: 24 KB min+gzip (20 KB is below the measured floor of Lit plus the feed layer; docs/architecture.md, "Budgets"). */
export const BUDGET = 24 * 1024;
/**
 * The ratchet: dist/lectern.js may not grow past this while it is over BUDGET. Lower it whenever the
 * bundle shrinks (`npm run size` says by how much). Raising it needs a reason in the commit message
 * (what the bytes buy, measured), never just to make a change fit.
 */
export const CEILING = 29_583;

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;
/** Brotli at its highest quality, as CDNs serve it: for information, the budget is stated in gzip. */
export const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** When each lazy chunk of lectern.js is fetched, by chunk name. */
const WHEN = {
  fr: 'on French pages',
  de: 'on German pages',
  ar: 'on Arabic pages',
  es: 'on Spanish pages',
  ru: 'on Russian pages',
  zh: 'on Chinese pages in Simplified script (zh, zh-CN, zh-SG, zh-Hans)',
  'zh-Hant': 'on Chinese pages in Traditional script (zh-TW, zh-HK, zh-MO, zh-Hant)',
  ko: 'on Korean pages',
  languages: 'on pages in a built-in language other than English (which table to fetch)',
  'calendar-popup': 'when a pointer, focus or press reaches "Add to calendar"',
  'json-ld': 'when an element has structured-data',
  purify: 'when the feed has HTML (content_html, bio_html)',
  hydrate: 'on pages with a server-rendered embed (Lit’s hydration support, its own lit-html)',
  'event-list-view': 'when a <lectern-event-list> connects (what it lists and how it looks)',
};

/** dist/lectern.js: what a page downloads before anything renders (English, a feed without HTML). */
export function mainBundle() {
  const raw = readFileSync('dist/lectern.js');
  return { file: 'dist/lectern.js', raw: raw.length, gzip: gz(raw), brotli: br(raw) };
}

/** The chunks lectern.js fetches only when a page needs them, each with when. */
export function lazyChunks() {
  return readdirSync('dist')
    .filter((f) => /^lectern-.+\.js$/.test(f))
    .sort()
    .map((file) => {
      const name = file
        .replace(/^lectern-/, '')
        .replace(/(-[\w-]{6})?\.js$/, '')
        .replace(/\.es$/, '');
      return { file, name, gzip: gz(readFileSync(`dist/${file}`)), when: WHEN[name] };
    });
}

/**
 * Each per-element entry point (`lectern/define/<element>.js`) built alone with the bundle's own
 * settings, Lit included: what an application importing only that element adds (its lazy chunks apart).
 */
export async function elementEntries() {
  const rows = [];
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
    const entry = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).find((c) => c.type === 'chunk' && c.isEntry);
    rows.push({
      element: `lectern-${file.replace(/\.ts$/, '')}`,
      entry: `define/${file.replace(/\.ts$/, '.js')}`,
      gzip: gz(Buffer.from(entry.code)),
      code: entry.code,
    });
  }
  return rows;
}
