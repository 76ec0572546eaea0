/**
 * Hydration of server-rendered embeds (src/server): `dist/lectern-hydrate.js`, built on its own
 * (`vite build --mode hydrate`, run by the embed build), which `lectern.js` loads only on a page that has one (an element with
 * `server-rendered`), before it registers the elements.
 *
 * It is a build of its own, with its own copy of lit-html, because it needs lit-html's internals: as a
 * chunk of lectern.js it would share them, and the bundler then moves Lit out of lectern.js into a
 * chunk every page must fetch. What it needs of lectern.js (its LitElement, its message tables) is
 * passed in. Every element render on such a page goes through this copy's `render`; templates,
 * directives and `nothing` work across copies of Lit (they are plain objects and registered symbols).
 *
 * 1. Lit's hydration support (`@lit-labs/ssr-client`) is installed on this copy's LitElement: an
 *    element whose shadow root the browser already built from `<template shadowrootmode>` keeps it,
 *    and its first render binds to the server's nodes instead of making new ones. (Installed late, by
 *    calling its hook ourselves: `lectern.js` has defined its classes by then, but no element has
 *    upgraded yet. The global hook is removed again, so no other copy of Lit on the page is patched.)
 * 2. The element's styles are adopted too, which Lit's support skips: a page whose CSP refuses inline
 *    `<style>` still gets them once the script runs.
 * 3. The content elements wait (`defer-hydration`) until their `<lectern-feed>` has read its inline feed
 *    and their language's messages are here: their first render must be the server's, template for
 *    template and value for value (else Lit throws, or keeps stale text).
 * 4. Once they have hydrated, the snapshot is let go: the feed's `now` (the status follows the clock)
 *    and the card's `reader-time-zone` (the reader's own time appears, in the line kept for it).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { adoptStyles } from '@lit/reactive-element/css-tag.js';
import type { LitElement, ReactiveElement } from 'lit';
import { resolveLocale } from './locale.js';

type Hook = (lit: { LitElement: typeof LitElement }) => void;
const g = globalThis as { litElementHydrateSupport?: Hook };
const install = g.litElementHydrateSupport!;
delete g.litElementHydrateSupport;

let installed = false;

/**
 * Prepares the page's server-rendered embeds; resolves when the elements may be registered.
 * `LitElement` and `loadMessages` are lectern.js's (the messages go into its tables).
 */
export async function hydrate(
  LitElement: typeof import('lit').LitElement,
  loadMessages: (locale: string) => Promise<void> | undefined,
): Promise<void> {
  if (!installed) {
    installed = true;
    install({ LitElement });
    // createRenderRoot is protected: reached through a structural type.
    const proto = LitElement.prototype as unknown as { createRenderRoot(this: LitElement): Element | ShadowRoot };
    const createRenderRoot = proto.createRenderRoot;
    proto.createRenderRoot = function (this: LitElement) {
      const root = createRenderRoot.call(this);
      if (root === this.shadowRoot && root) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      return root;
    };
  }
  const feeds = [...document.querySelectorAll('lectern-feed[server-rendered]')];
  await Promise.all(feeds.map((feed) => loadMessages(resolveLocale(feed))));
  for (const feed of feeds) {
    // Fired when the inline feed is read: at once (in the upgrade), or later for a very large one.
    feed.addEventListener('lectern-load', () => void release(feed), { once: true });
  }
}

async function release(feed: Element): Promise<void> {
  const children = [...feed.querySelectorAll<ReactiveElement>(':scope > [server-rendered][defer-hydration]')];
  for (const child of children) child.removeAttribute('defer-hydration');
  // An inline feed is read while <lectern-feed> upgrades, before the elements inside it are upgraded:
  // the snapshot must outlive their first render.
  await Promise.all(children.map(async (child) => (await customElements.whenDefined(child.localName), child.updateComplete)));
  feed.removeAttribute('now');
  for (const child of children) child.removeAttribute('reader-time-zone');
}
