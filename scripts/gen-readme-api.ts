/// <reference types="node" />
/**
 * Keeps README.md's element reference (attributes, events, parts, custom properties) equal to
 * custom-elements.json: it rewrites the block between `<!-- api:start -->` and `<!-- api:end -->`.
 *
 *   npx tsx scripts/gen-readme-api.ts           rewrite the block
 *   npx tsx scripts/gen-readme-api.ts --check   exit 1 if the README's block is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Declaration {
  tagName?: string;
  summary?: string;
  attributes?: { name: string; description?: string; default?: string; type?: { text: string } }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
  slots?: { name: string; description?: string }[];
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => (a.tagName === 'lectern-feed' ? -1 : b.tagName === 'lectern-feed' ? 1 : a.tagName!.localeCompare(b.tagName!)));

const cell = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const out: string[] = [];
const sharedProps = new Map<string, { description?: string; default?: string }>();
for (const el of elements) {
  out.push(`#### \`<${el.tagName}>\`\n\n${cell(el.summary)}\n`);
  if (el.attributes?.length) {
    out.push('| attribute | meaning | default |\n|---|---|---|');
    for (const a of el.attributes) out.push(`| \`${a.name}\` | ${cell(a.description)} | ${a.default ? `\`${cell(a.default)}\`` : ''} |`);
    out.push('');
  }
  const lists: [string, { name: string; description?: string }[] | undefined][] = [
    ['Events', el.events],
    ['Slots', el.slots?.map((s) => ({ ...s, name: s.name || '(default)' }))],
    ['Parts (`::part(…)`)', el.cssParts],
  ];
  for (const [title, list] of lists) {
    if (list?.length) out.push(`${title}: ${list.map((x) => `\`${x.name}\` (${cell(x.description).replace(/\.$/, '')})`).join(', ')}.\n`);
  }
  const own = (el.cssProperties ?? []).filter((p) => {
    const shared = sharedProps.has(p.name) || elements.filter((e) => e.cssProperties?.some((q) => q.name === p.name)).length > 1;
    if (shared) sharedProps.set(p.name, p);
    return !shared;
  });
  if (own.length)
    out.push(
      `Custom properties of its own: ${own.map((p) => `\`${p.name}\` (${cell(p.description).replace(/\.$/, '')}; default \`${p.default}\`)`).join(', ')}.\n`,
    );
}
out.push('#### Custom properties every content element reads\n\n| property | default | meaning |\n|---|---|---|');
for (const [name, p] of [...sharedProps].sort()) out.push(`| \`${name}\` | \`${cell(p.default)}\` | ${cell(p.description)} |`);

const block = `<!-- api:start -->\n<!-- Generated from custom-elements.json by scripts/gen-readme-api.ts (npm run analyze). -->\n\n${out.join('\n')}\n<!-- api:end -->`;
const readme = readFileSync('README.md', 'utf8');
const next = readme.replace(/<!-- api:start -->[\s\S]*<!-- api:end -->/, block);
if (!readme.includes('<!-- api:start -->')) throw new Error('README.md has no <!-- api:start --> block');
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md element reference is stale: run `npm run analyze`');
    process.exit(1);
  }
  console.log('README.md element reference is up to date');
} else {
  writeFileSync('README.md', next);
}
