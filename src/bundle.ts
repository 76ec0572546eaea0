/**
 * The entry of `dist/lectern.js`, the embed bundle: the same API as src/index.ts, with start-up spread
 * over three tasks so that no one of them is long on a slow machine's first visit (docs/performance.md):
 *
 * 1. evaluating this module (compiling it, defining the classes);
 * 2. the page's first `Intl.DateTimeFormat`, which loads the platform's date data (15–50 ms);
 * 3. registering the elements, which upgrades those already on the page.
 *
 * Importing the module still resolves only once the elements are registered (top-level await).
 * `npm run trace -- demo/index.html` (with COLD=1 for first visits) shows the tasks.
 */
import { defineAll } from './api.js';
import { nextTask } from './elements/internal/tasks.js';
import { warmUpIntl } from './feed/index.js';

export * from './api.js';

await nextTask();
warmUpIntl();
await nextTask();
defineAll();
