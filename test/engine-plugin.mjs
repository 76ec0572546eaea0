/**
 * Emulation the test runner's own commands lack in some engines, as server commands the browser-side
 * helpers in test/engine.ts call:
 *
 * - `lectern-viewport` `{ width, height }`: the viewport's CSS size. Chromium and Firefox through
 *   puppeteer (Firefox over WebDriver BiDi's `browsingContext.setViewport`: puppeteer's own
 *   `setViewport` also sends a screen-orientation override Firefox ESR does not know, and fails before
 *   resizing); WebKit (WebDriver classic, no viewport command) by resizing the window so that the page
 *   gets the size, less the MiniBrowser's toolbar.
 */
export function enginePlugin() {
  return {
    name: 'lectern-engine',
    async executeCommand({ command, payload, session }) {
      if (command !== 'lectern-viewport') return undefined;
      const { width, height } = payload;
      const browser = session.browser;
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        const context = page.mainFrame().browsingContext;
        if (context) await context.setViewport({ viewport: { width, height }, devicePixelRatio: 1 });
        else await page.setViewport({ width, height });
        return true;
      }
      if (browser.type === 'webdriver') {
        const driver = browser.driver;
        const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
        const [w0, h0] = await inner();
        const outer = await driver.getWindowSize();
        await driver.setWindowSize(width + (outer.width - w0), height + (outer.height - h0));
        return true;
      }
      throw new Error(`lectern-viewport: no way to resize a ${browser.type} browser`);
    },
  };
}
