/// <reference types="node" />
/**
 * Keeps README.md's element reference (attributes, events, parts, custom properties) equal to
 * custom-elements.json: it rewrites the block between `<!-- api:start -->` and `<!-- api:end -->`;
 * and the table of message keys equal to src/i18n (`<!-- messages:start -->` … `<!-- messages:end -->`).
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

// The message keys, with their English text: what `window.LecternMessages` tables may hold.
const { en } = await import('../src/i18n/messages.js');
const { default: enList } = await import('../src/i18n/en-list.js');
const { default: enCalendar } = await import('../src/i18n/en-calendar.js');
const rows = Object.entries({ ...en, ...enList, ...enCalendar }).map(([key, text]) => `| \`${key}\` | ${cell(text as string)} |`);
const messages = `<!-- messages:start -->\n<!-- Generated from src/i18n by scripts/gen-readme-api.ts (npm run analyze). -->\n\n| key | English |\n|---|---|\n${rows.join('\n')}\n<!-- messages:end -->`;

const readme = readFileSync('README.md', 'utf8');
if (!readme.includes('<!-- api:start -->')) throw new Error('README.md has no <!-- api:start --> block');
if (!readme.includes('<!-- messages:start -->')) throw new Error('README.md has no <!-- messages:start --> block');
const next = readme
  .replace(/<!-- api:start -->[\s\S]*<!-- api:end -->/, block)
  .replace(/<!-- messages:start -->[\s\S]*<!-- messages:end -->/, messages);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md element reference or message keys are stale: run `npm run analyze`');
    process.exit(1);
  }
  console.log('README.md element reference and message keys are up to date');
} else {
  writeFileSync('README.md', next);
}
