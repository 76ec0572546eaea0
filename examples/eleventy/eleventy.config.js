/**
 * An Eleventy site that server-renders a Lectern embed at build time: the `lectern` shortcode calls
 * `renderEmbed` (lectern/server) with a feed file, and the page ships the event as HTML, hydrated by
 * lectern.js when it arrives. Built by test/node/eleventy.test.mjs (and served to the browser tests).
 *
 *   {% lectern "feeds/events.json", "https://rusi.org/events/target-markets" %}
 *
 * From the repository root, after `npm run build`:
 *   npx @11ty/eleventy --config=examples/eleventy/eleventy.config.js --input=examples/eleventy/site --output=examples/eleventy/_site
 * In a partner's own site, import from 'lectern/server' instead of the repository's dist/.
 */
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { renderEmbed } from '../../dist/server/index.js';

export default function (eleventyConfig) {
  eleventyConfig.addAsyncShortcode('lectern', async (feedFile, item, headingLevel = 2) => {
    const feed = JSON.parse(await readFile(new URL(feedFile, import.meta.url), 'utf8'));
    // `now` is the build: the elements follow the reader's clock once hydrated.
    return renderEmbed(feed, { item, headingLevel, structuredData: true, pageUrl: process.env.LECTERN_PAGE_URL });
  });
}
