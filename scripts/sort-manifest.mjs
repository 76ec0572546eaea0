#!/usr/bin/env node
/** Sorts the manifest's modules by path, so the analyzer's file order cannot make it look stale. */
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
