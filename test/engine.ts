/**
 * Which engine runs the tests, and media emulation that works where the engine's driver allows it.
 *
 * Chromium (puppeteer over CDP) can emulate `prefers-reduced-motion`, `prefers-color-scheme` and forced
 * colours per test. Firefox (puppeteer over WebDriver BiDi) cannot. `media()` emulates where it can;
 * elsewhere a test that needs a value the browser does not already have is skipped by name, with one
 * `[engine-skip]` console line, so the skips can be counted (`grep -c engine-skip`); a hook that only
 * resets to a value the browser already has passes.
 */
import { emulateMedia } from '@web/test-runner-commands';

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
 * With `test`, a test that needs emulation this engine cannot do is skipped; without (a hook), it is
 * left to run as the browser is.
 */
export async function media(features: Features, test?: Mocha.Context): Promise<void> {
  if (ENGINE === 'chromium') return emulateMedia(features);
  if (!matches(features) && test) skipHere(test, `cannot emulate ${JSON.stringify(features)}`);
}
