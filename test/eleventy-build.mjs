// Builds the Eleventy example (examples/eleventy/) into `output`, with @11ty/eleventy's own API.
// Shared by the Node test (test/node/eleventy.test.mjs) and the browser tests' server (test/ssr-plugin.mjs).
import Eleventy from '@11ty/eleventy';

export async function buildEleventyExample(output) {
  const site = new Eleventy('examples/eleventy/site', output, { configPath: 'examples/eleventy/eleventy.config.js', quietMode: true });
  await site.write();
}
