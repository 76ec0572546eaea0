/**
 * Two builds (see package.json "build"):
 * - default: `dist/lectern.js`, the embed bundle (entry src/bundle.ts): one minified ES module that defines
 *   every element. This is what partner pages load with one script tag.
 * - `--mode npm`: per-module ES files under `dist/` for npm users and bundlers (elements without side
 *   effects, `define/*` modules that register, the feed layer, the `lectern` CLI), with dependencies
 *   left as imports so an application shares one copy of Lit.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readdirSync } from 'node:fs';

const defineEntries = Object.fromEntries(readdirSync('src/define').map((f) => [`define/${f.replace(/\.ts$/, '')}`, `src/define/${f}`]));

/**
 * Minifies the CSS inside Lit's css`…` literals (our stylesheets have no `${}` holes, and no strings
 * or comments that whitespace matters in). Lit ships them as written; every byte counts on partner pages.
 */
export function minifyCssLiterals(): Plugin {
  const minify = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/\s+!important/g, '!important')
      .replace(/\s*\/\s*(?=[\d.])/g, '/')
      .replace(/(?<![\w.#-])0\.(\d)/g, '.$1')
      // Attribute selectors need no quotes around an identifier: [aria-disabled='true'] → [aria-disabled=true].
      .replace(/\[([\w-]+)='([a-z][\w-]*)'\]/g, '[$1=$2]')
      // `@media (…)` and `@container (…)` need no space before the parenthesis.
      .replace(/@(media|container) \(/g, '@$1(')
      // `*::before` is `::before`.
      .replace(/(^|[,{}])\*(?=::?[a-z])/g, '$1')
      // The `+` and `~` combinators, outside parentheses (in calc() the spaces around `+` are syntax).
      .replace(/\s+([+~])\s+/g, (whole, op: string, at: number, all: string) => (depth(all, at) === 0 ? op : whole))
      .trim();
  const depth = (text: string, at: number) => {
    let d = 0;
    for (let i = 0; i < at; i++) d += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
    return d;
  };
  return {
    name: 'lectern-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/elements\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      // A module that takes `css` from Lit gets `unsafeCSS` under that name, called with the text: for a
      // literal without `${}` (all of ours) the two make the same CSSResult, and no module then needs
      // `css` itself, whose checks (and their message) the bundle drops. Not when the text has a
      // backslash: `css` reads the cooked string, a plain literal would read it differently.
      const fromLit = /^import\s*\{\s*css\s*\}\s*from\s*["']lit["'];?$/m;
      const plain = fromLit.test(code) && !/css`[^`]*\\/.test(code);
      const out = code.replace(/css`([^`$]*)`/g, (_, body: string) => (plain ? `css(\`${minify(body)}\`)` : `css\`${minify(body)}\``));
      return { code: plain ? out.replace(fromLit, "import { unsafeCSS as css } from 'lit';") : out, map: null };
    },
  };
}

/**
 * Collapses the indentation inside Lit's html`…` and svg`…` literals: every run of white space that
 * holds a line break becomes one space. HTML renders such runs as one space anyway (no element of
 * ours uses `white-space: pre`), so what readers see and what screen readers say is unchanged; only
 * the bytes of the indentation go. Works on the parsed code (after TypeScript), so `${…}`
 * expressions, nested templates and other strings are never touched.
 */
export function collapseTemplateWhitespace(): Plugin {
  interface Quasi {
    start: number;
    end: number;
  }
  interface Node {
    type: string;
    [key: string]: unknown;
  }
  const found: Quasi[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'TaggedTemplateExpression') {
      const tag = n['tag'] as Node;
      if (tag.type === 'Identifier' && (tag['name'] === 'html' || tag['name'] === 'svg')) {
        for (const q of (n['quasi'] as { quasis: Quasi[] }).quasis) found.push({ start: q.start, end: q.end });
      }
    }
    for (const key of Object.keys(n)) if (key !== 'type') walk(n[key]);
  };
  return {
    name: 'lectern-collapse-template-whitespace',
    transform(code, id) {
      if (!/\/src\/elements\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      found.length = 0;
      walk(this.parse(code));
      let out = code;
      for (const q of [...found].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, q.start) + out.slice(q.start, q.end).replace(/[ \t]*\n\s*/g, ' ') + out.slice(q.end);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * Adds dist/lectern-hydrate.js (and its map) to the embed build: built by a nested `--mode hydrate`
 * build, so that one `vite build` (and its watch mode, `npm start`) always writes both files.
 */
export function hydrateFile(): Plugin {
  return {
    name: 'lectern-hydrate-file',
    async generateBundle() {
      const { build } = await import('vite');
      const result = await build({ configFile: 'vite.config.ts', mode: 'hydrate', logLevel: 'warn', build: { write: false } });
      for (const output of (Array.isArray(result) ? result : [result]) as {
        output: { fileName: string; code?: string; source?: string | Uint8Array }[];
      }[]) {
        for (const file of output.output) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.code ?? file.source ?? '' });
      }
    },
  };
}

/**
 * A second minifier pass over lectern.js and its lazy files, after Rolldown's own (Oxc): Terser finds
 * about 1% more in Oxc's output (250 bytes gzip on lectern.js when measured with `npm run size`), while
 * Terser alone does worse than Oxc alone. No `unsafe_*` and no `pure_getters`; `keep_fargs: false`
 * drops unused trailing parameters, which only code reading `Function#length` could notice (neither
 * Lectern nor Lit nor @lit/context does). Works on the written files, so the source map still leads to
 * the TypeScript sources (Terser composes it with Oxc's).
 */
export function terserPass(): Plugin {
  return {
    name: 'lectern-terser-pass',
    async writeBundle(options, bundle) {
      const { minify } = await import('terser');
      const { readFile, writeFile } = await import('node:fs/promises');
      // Every script: the chunks, and lectern-hydrate.js (an asset here, see hydrateFile).
      for (const chunk of Object.values(bundle)) {
        if (!chunk.fileName.endsWith('.js')) continue;
        const path = `${options.dir}/${chunk.fileName}`;
        const code = (await readFile(path, 'utf8')).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
        const map = await readFile(`${path}.map`, 'utf8');
        const out = await minify(code, {
          module: true,
          ecma: 2020,
          compress: { passes: 3, keep_fargs: false },
          format: { comments: /^!/ },
          sourceMap: { content: map, url: `${chunk.fileName.replace(/^.*\//, '')}.map` },
        });
        await writeFile(path, `${out.code}\n`);
        await writeFile(`${path}.map`, out.map as string);
      }
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const common = {
    plugins: [minifyCssLiterals(), collapseTemplateWhitespace()],
    // Never resolve Lit's "development" build into a shipped file.
    resolve: { conditions: ['module', 'browser', 'production', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  if (mode === 'hydrate') {
    // dist/lectern-hydrate.js: Lit's hydration support, with its own lit-html (src/elements/internal/hydrate.ts says why).
    return {
      ...common,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: { 'lectern-hydrate': 'src/elements/internal/hydrate.ts' }, formats: ['es'], fileName: () => 'lectern-hydrate.js' },
        rolldownOptions: {
          output: {
            minify: true,
            comments: false,
            postBanner:
              '/*! Lectern (MIT): hydration of server-rendered embeds. Includes Lit and @lit-labs/ssr-client (BSD-3-Clause, Google LLC). */',
          },
        },
      },
    };
  }
  if (mode === 'npm') {
    return {
      ...common,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: false,
        target: 'es2022',
        lib: {
          entry: {
            index: 'src/index.ts',
            'feed/index': 'src/feed/index.ts',
            cli: 'src/cli.ts',
            'server/index': 'src/server/index.ts',
            ...defineEntries,
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^dompurify$/, /^node:/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    ...common,
    plugins: [...common.plugins, hydrateFile(), terserPass()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: { lectern: 'src/bundle.ts' }, formats: ['es'], fileName: () => 'lectern.js' },
      // Vite leaves whitespace in ES library builds (to keep pure annotations for the user's bundler);
      // this file goes straight to browsers, so minify it fully.
      // Pure annotations only matter to a later bundler; there is none after this file.
      rolldownOptions: {
        // Built on its own (hydrateFile), loaded from beside lectern.js.
        external: ['./lectern-hydrate.js'],
        output: {
          minify: true,
          // Lazy chunks (DOMPurify, for feeds with HTML) sit beside lectern.js and say whose they are.
          chunkFileNames: 'lectern-[name]-[hash:6].js',
          // One banner names every licence (below); the per-file notices would repeat it four times.
          comments: false,
          postBanner: (chunk) =>
            chunk.isEntry
              ? '/*! Lectern (MIT). Includes Lit and @lit/context (BSD-3-Clause, Google LLC). */'
              : /purify/.test(chunk.name)
                ? '/*! DOMPurify (Apache-2.0 or MPL-2.0), Cure53 and other contributors. Loaded by Lectern for rich text only. */'
                : '',
        },
      },
    },
  };
});
