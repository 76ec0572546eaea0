/**
 * The package's main module (`import 'lectern'`): registers every element as it is imported, and
 * exports the API. The embed bundle's entry is src/bundle.ts.
 */
import { defineAll } from './api.js';

export * from './api.js';

defineAll();
