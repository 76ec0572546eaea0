/**
 * The entry of `dist/lectern.js`, the embed bundle: the same API as src/index.ts, with start-up spread
 * over tasks so that no one of them is long on a slow machine's first visit (docs/performance.md):
 *
 * 1. evaluating this module (compiling it, defining the classes);
 * 2. the page's first `Intl` objects, which load the platform's locale and date data (30–50 ms, in
 *    three tasks of their own: warmUpIntl);
 * 3. registering the elements, which upgrades those already on the page.
 *
 * Importing the module still resolves only once the elements are registered (top-level await), except
 * on a page with server-rendered embeds: there the hydration support (a chunk of its own, loaded only on
 * such pages) comes first, and the elements are registered when it is here. That chunk imports this
 * module, so awaiting it here would never end (a module cannot wait for one that waits for it).
 * `npm run trace -- demo/index.html` (with COLD=1 for first visits) shows the tasks.
 */
import { defineAll } from './api.js';
import { nextTask } from './elements/internal/tasks.js';
import { warmUpIntl } from './feed/index.js';
import { hydrateServerRendered } from './elements/internal/server-rendered.js';

export * from './api.js';

await warmUpIntl();
await nextTask();
// Server-rendered embeds (`lectern render`): Lit's hydration support first, then the elements.
const hydrating = hydrateServerRendered();
if (hydrating) void hydrating.then(defineAll);
else defineAll();
