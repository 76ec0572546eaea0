/**
 * `lectern/server`: server rendering for Node (static-site generators, CMS back ends). The elements
 * rendered by Lit's own server renderer, hydrated in the browser by `lectern.js`.
 */
export { renderEmbed, EmbedError, EMBED_ELEMENTS, type EmbedElement, type RenderEmbedOptions } from './render.js';
