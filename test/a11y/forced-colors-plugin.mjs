/**
 * `executeServerCommand('lectern-forced-colors', { active })`: emulates `forced-colors: active`.
 *
 * `emulateMedia({ forcedColors })` from @web/test-runner-commands only works with Playwright; under
 * Puppeteer (this project's chromeLauncher) it is silently ignored, and Puppeteer's own
 * `emulateMediaFeatures` refuses `forced-colors`. So this talks to Chrome's DevTools protocol directly.
 */
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'lectern-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'lectern-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('lectern-forced-colors needs Puppeteer (Chrome)');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const value = payload && payload.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
