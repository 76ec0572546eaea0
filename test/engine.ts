/**
 * Which engine runs the tests, and media emulation that works where the engine's driver allows it.
 *
 * Chromium (puppeteer over CDP) can emulate `prefers-reduced-motion`, `prefers-color-scheme` and forced
 * colours per test. Firefox (puppeteer over WebDriver BiDi) cannot. `media()` emulates where it can;
 * elsewhere a test that needs a value the browser does not already have is skipped by name, with one
 * `[engine-skip]` console line, so the skips can be counted (`grep -c engine-skip`); a hook that only
 * resets to a value the browser already has passes.
 */
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

const ua = navigator.userAgent;
export const ENGINE: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

type Features = Parameters<typeof emulateMedia>[0];

const QUERY: Record<string, (v: string) => string> = {
  reducedMotion: (v) => `(prefers-reduced-motion: ${v})`,
  colorScheme: (v) => `(prefers-color-scheme: ${v})`,
  forcedColors: (v) => `(forced-colors: ${v})`,
};

/** Whether the page already matches every feature asked for. */
const matches = (features: Features) =>
  Object.entries(features).every(([k, v]) => v === undefined || v === null || !QUERY[k] || matchMedia(QUERY[k]!(String(v))).matches);

/** Skips the running test in this engine, by name, with a line the closing figures count. */
export function skipHere(test: Mocha.Context, why: string): void {
  console.log(`[engine-skip] ${ENGINE}: ${test.test?.fullTitle() ?? 'a hook'}: ${why}`);
  test.skip();
}

/**
 * Emulates media features (Chromium), or checks that the browser already has them (other engines).
 * With `ctx` (a test's or a "before" hook's `this`), what needs emulation this engine cannot do is
 * skipped by name; without (a hook that only resets), it runs on as the browser is.
 */
export async function media(features: Features, test?: Mocha.Context): Promise<void> {
  if (ENGINE === 'chromium') return emulateMedia(features);
  if (matches(features)) return;
  skipRunning(test, `cannot emulate ${JSON.stringify(features)}`);
}

type Node = Mocha.Runnable & { type?: string };
const testsOf = (suite: Mocha.Suite): Mocha.Test[] => [...suite.tests, ...suite.suites.flatMap(testsOf)];

/**
 * Skips what is running now by name, when it needs what this engine cannot do: a test; the test a
 * "before each" hook prepares; every test of the suite a "before all" hook prepares (each named). An
 * "after" hook, which only resets, runs on.
 */
function skipRunning(ctx: Mocha.Context | undefined, why: string): void {
  const now = ctx?.runnable() as Node | undefined;
  if (!ctx || !now) return;
  if (now.type === 'test') return skipHere(ctx, why);
  const tests = /^"before each"/.test(now.title) ? [ctx.currentTest!] : /^"before all"/.test(now.title) ? testsOf(now.parent!) : [];
  if (tests.length === 0) return;
  for (const t of tests) console.log(`[engine-skip] ${ENGINE}: ${t.fullTitle()}: ${why}`);
  ctx.skip();
}

/**
 * Sets the viewport's CSS size in any engine (Chromium and Firefox through puppeteer, WebKit by
 * resizing its window: test/engine-plugin.mjs). WebKit's MiniBrowser window stops at about 450 px:
 * there the page stays wider than asked, and tests that need a narrow layout give their elements a
 * narrow container (what the elements' container queries answer to).
 */
export async function viewport(width: number, height: number): Promise<void> {
  await executeServerCommand('lectern-viewport', { width, height });
}
