import { LitElement } from 'lit';
import { loadMessages } from '../../i18n/messages.js';

/** dist/lectern-hydrate.js, beside lectern.js (built on its own, and left alone by the bundler: vite.config.ts). */
const HYDRATE = './lectern-hydrate.js';

/**
 * On a page with server-rendered embeds (elements marked `server-rendered` by src/server), loads Lit's
 * hydration support (hydrate.ts, a file of its own fetched only by such pages) and prepares them; the
 * promise resolves when the elements may be registered. Undefined on any other page.
 */
export const hydrateServerRendered = (): Promise<void> | undefined =>
  document.querySelector('[server-rendered]')
    ? (import(/* @vite-ignore */ HYDRATE) as Promise<typeof import('./hydrate.js')>).then((h) => h.hydrate(LitElement, loadMessages))
    : undefined;
