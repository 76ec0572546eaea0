/**
 * The page an element is on, for what depends on it (whether a link leaves the site). In a browser,
 * the document's base URL; a server renderer (src/server) sets the URL of the page it renders for.
 */
export const page = { url: (): string => document.baseURI };
