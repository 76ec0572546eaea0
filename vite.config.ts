/**
 * Two builds (see package.json "build"):
 * - default: `dist/lectern.js`, the embed bundle: one minified, self-contained ES module that defines
 *   every element. This is what partner pages load with one script tag.
 * - `--mode npm`: per-module ES files under `dist/` for npm users and bundlers (elements without side
 *   effects, `define/*` modules that register, the feed layer, the `lectern` CLI), with dependencies
 *   left as imports so an application shares one copy of Lit.
 */
import { defineConfig, type UserConfig } from 'vite';
import { readdirSync } from 'node:fs';

const defineEntries = Object.fromEntries(
  readdirSync('src/define').map((f) => [`define/${f.replace(/\.ts$/, '')}`, `src/define/${f}`]),
);

export default defineConfig(({ mode }): UserConfig => {
  const common = {
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
          external: [/^lit($|\/)/, /^@lit\//, /^valibot$/, /^dompurify$/, /^node:/],
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
      lib: { entry: { lectern: 'src/index.ts' }, formats: ['es'], fileName: () => 'lectern.js' },
      // Vite leaves whitespace in ES library builds (to keep pure annotations for the user's bundler);
      // this file goes straight to browsers, so minify it fully.
      rolldownOptions: { output: { minify: true } },
    },
  };
});
