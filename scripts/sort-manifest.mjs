#!/usr/bin/env node
/**
 * Sorts the manifest's modules by path, so the analyzer's file order cannot make it look stale. And
 * where an element re-documents an inherited property (`declare item?: string` with its own comment),
 * its attribute takes that description too: the analyzer copies attributes from the base class as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
  for (const attribute of declaration.attributes ?? []) {
    const field = declaration.members?.find((m) => m.kind === 'field' && m.name === attribute.fieldName);
    if (field?.description) attribute.description = field.description;
  }
}
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
