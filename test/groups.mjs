/**
 * Which browser test file runs in which @web/test-runner group (web-test-runner.config.mjs), by folder.
 * test/node/test-groups.test.mjs checks that every browser test file is in exactly one of the groups
 * `npm test` runs, so a new folder cannot be left out of CI by accident.
 */

/** The unit and element tests: the edit–test loop (`npm run test:quick`). */
export const QUICK = ['time', 'feed', 'model', 'calendar', 'structured-data', 'elements'];
/** Accessibility and security suites (`npm run test:checks`). */
export const CHECKS = ['a11y', 'security'];
/** Tests of the built files, which need `npm run build` first (`npm run test:dist`). */
export const DIST = ['dist'];
/** What depends on the zone the browser runs in: `npm run test:browser:tz` runs it again under two more. */
export const ZONES = [
  'test/time/**/*.test.ts',
  'test/model/**/*.test.ts',
  'test/calendar/**/*.test.ts',
  'test/elements/event-card.test.ts',
  'test/elements/event-list.test.ts',
  // The reader's own time appearing in a server-rendered card (needs the build, as npm test runs it).
  'test/dist/server-rendered.test.ts',
];

export const files = (folders) => folders.map((folder) => `test/${folder}/**/*.test.ts`);
