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

const defineEntries = Object.fromEntries(
  readdirSync('src/define').map((f) => [`define/${f.replace(/\.ts$/, '')}`, `src/define/${f}`]),
);

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
      .trim();
  return {
    name: 'lectern-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/elements\/.*styles\.ts$/.test(id)) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${minify(body)}\``), map: null };
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const common = {
    plugins: [minifyCssLiterals()],
    // Never resolve Lit's "development" build into a shipped file.
    resolve: { conditions: ['module', 'browser', 'production', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
  };
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
            ...defineEntries,
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^dompurify$/, /^node:/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    ...common,
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
        output: {
          minify: true,
          // Lazy chunks (DOMPurify, for feeds with HTML) sit beside lectern.js and say whose they are.
          chunkFileNames: 'lectern-[name]-[hash].js',
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
