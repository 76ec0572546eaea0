/**
 * The zone reruns (`npm run test:browser:tz`) are only worth their time if the browser really runs in
 * the zone asked for: the runner tells the page which zone it launched the browser in, and this file
 * checks that both of the browser's clocks (Intl's zone and Date's local offsets) agree with it.
 */
import { expect } from '@open-wc/testing';

const expected = (globalThis as { __LECTERN_EXPECTED_ZONE__?: string }).__LECTERN_EXPECTED_ZONE__;

/** The browser's own name for a zone, so that aliases (Asia/Calcutta and Asia/Kolkata) compare equal. */
const canonical = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;

/** Minutes east of UTC that `zone` is at `instant`, read from Intl alone. */
function intlOffset(zone: string, instant: Date): number {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Winter and summer in both hemispheres, and the years the seed events are in. */
const INSTANTS = ['2026-01-15T12:00:00Z', '2026-04-21T16:00:00Z', '2026-07-15T12:00:00Z', '2026-10-30T12:00:00Z', '2030-01-01T00:00:00Z'].map(
  (s) => new Date(s),
);

describe('the browser runs in the zone the runner asked for', () => {
  it('the runner said which zone', () => {
    expect(expected, 'web-test-runner.config.mjs did not inject __LECTERN_EXPECTED_ZONE__').to.be.a('string');
  });

  it("Intl's default zone is that zone", () => {
    expect(canonical(Intl.DateTimeFormat().resolvedOptions().timeZone)).to.equal(canonical(expected!));
  });

  it("Date's local offsets are that zone's offsets, summer and winter", () => {
    for (const instant of INSTANTS) {
      expect(-instant.getTimezoneOffset(), instant.toISOString()).to.equal(intlOffset(expected!, instant));
    }
  });

  it('control: the offset check tells zones apart (New York and Kolkata differ at every instant)', () => {
    for (const instant of INSTANTS) {
      expect(intlOffset('America/New_York', instant)).not.to.equal(intlOffset('Asia/Kolkata', instant));
    }
    expect(intlOffset('Asia/Kolkata', INSTANTS[0]!)).to.equal(330);
    expect(intlOffset('America/New_York', INSTANTS[0]!)).to.equal(-300);
    expect(intlOffset('America/New_York', INSTANTS[2]!)).to.equal(-240);
  });
});
