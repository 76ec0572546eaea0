// ESLint: the TypeScript rules, and three plugins that know web components and Lit templates
// (eslint-plugin-lit: template and property mistakes; eslint-plugin-lit-a11y: accessibility inside
// html`…`; eslint-plugin-wc: custom-element lifecycle rules). Formatting is Prettier's (npm run lint
// runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'docs/', 'test/fixtures/', 'demo/media/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tests and the validator name `unknown` data on purpose; the `any`s left are at JSON boundaries.
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The CLI, build scripts, configuration and Node tests.
    files: ['src/cli.ts', 'scripts/**', 'bin/**', 'test/node/**', '*.config.*', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**', 'demo/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    // Chai's property assertions (`expect(x).to.be.true`) read as bare expressions.
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
