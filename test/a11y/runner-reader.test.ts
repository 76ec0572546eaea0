/**
 * Firefox and WebKit cannot emulate media per test, so each of their passes starts the browser as one
 * reader (scripts/engines.mjs, web-test-runner.config.mjs) and tests that need another skip by name.
 * That is only sound if the launch settings took effect: this checks the page sees the reader the
 * runner launched (in Chromium, its defaults), so a pass whose settings an engine ignored fails here
 * instead of passing with everything skipped.
 */
import { expect } from '@open-wc/testing';

const expected = (globalThis as { __LECTERN_EXPECTED_READER__?: { dark: boolean; forced: boolean; reducedMotion: boolean } })
  .__LECTERN_EXPECTED_READER__;

describe('the browser runs as the reader the runner launched', () => {
  it('the runner said which reader', () => {
    expect(expected, 'web-test-runner.config.mjs did not inject __LECTERN_EXPECTED_READER__').to.be.an('object');
  });

  it('colour scheme, forced colours and motion are as launched', () => {
    expect({
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      forced: matchMedia('(forced-colors: active)').matches,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    }).to.deep.equal(expected);
  });
});
