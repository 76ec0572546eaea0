export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  dev: false,
};
