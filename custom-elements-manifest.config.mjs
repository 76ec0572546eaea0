export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  dev: false,
  // package.json names the committed manifest itself; the staleness check writes elsewhere and must not touch it.
  packagejson: false,
};
