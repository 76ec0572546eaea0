// `lectern validate` on what the JSON-LD of `structured-data` will lack by Google's Event requirements
// (the rule is structuredDataGaps in src/structured-data/json-ld.ts). Runs the built CLI:
//   npm run build && node --test test/node/cli-structured-data.test.mjs
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT, lectern } from './cli-run.mjs';

const FULL = {
  id: 'full',
  url: 'https://example.org/events/full',
  title: 'A complete event',
  summary: 'Everything Google asks for.',
  content_text: 'Text.',
  image: 'https://example.org/full.jpg',
  _event: {
    start: '2030-02-10T18:00',
    end: '2030-02-10T19:30',
    time_zone: 'Europe/London',
    location: { name: 'Example Hall', address: '1 Example Street, London' },
  },
};
const event = (id, changes, item = {}) => ({ ...FULL, id, url: `https://example.org/events/${id}`, ...item, _event: { ...FULL._event, ...changes } });

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Structured data gaps',
  items: [
    // Left out (a bad start): the paths below must still be those of the file.
    event('broken', { start: '2030-13-01' }),
    FULL,
    event('no-start', { start: undefined, end: undefined }),
    event('no-venue', { location: undefined }),
    event('venue-url-only', { location: { url: 'https://maps.example/hall' } }),
    event('venue-name-only', { location: { name: 'Example Hall' } }),
    event('online-no-url', { attendance: 'online', location: undefined }, { url: undefined }),
    event('online-page-url', { attendance: 'online', location: undefined }),
    event('no-title', {}, { title: undefined }),
    event('bare', { end: undefined }, { summary: undefined, content_text: undefined, image: undefined }),
    { id: 'note', title: 'Not an event', content_text: 'Text.' },
    { id: 'book', title: 'A book', content_text: 'Text.', _book: {} },
  ],
};

describe('lectern validate: structured data', () => {
  let dir;
  let file;
  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` before these tests');
    dir = mkdtempSync(join(tmpdir(), 'lectern-sd-'));
    file = join(dir, 'gaps.json');
    writeFileSync(file, JSON.stringify(FEED));
    writeFileSync(join(dir, 'complete.json'), JSON.stringify({ ...FEED, items: [FULL] }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('names each missing property, its JSON path, and whether Google requires it', async () => {
    const r = await lectern('validate', file);
    assert.equal(r.code, 1, r.output); // the broken item: the exit code is the feed's, as before
    const schema = r.stdout.split('\n').filter((l) => l.startsWith('schema '));
    const line = (path, field, level) =>
      assert.ok(
        schema.some((l) => l.startsWith(`schema  ${path}: `) && l.includes(`"${field}"`) && l.endsWith(level)),
        `no ${level} "${field}" at ${path} in:\n${schema.join('\n')}`,
      );
    line('items[2]._event.start', 'startDate', 'requires');
    line('items[3]._event.location', 'location', 'requires');
    line('items[4]._event.location', 'location', 'requires');
    line('items[6]._event.online.url', 'location', 'requires');
    line('items[8].title', 'name', 'requires');
    line('items[9].summary', 'description', 'recommends');
    line('items[9].image', 'image', 'recommends');
    line('items[9]._event.end', 'endDate', 'recommends');
    // Nothing about the complete event, the venue with a name, the online event with a page, or non-events.
    for (const i of [0, 1, 5, 7, 10, 11]) assert.ok(!schema.some((l) => l.startsWith(`schema  items[${i}]`)), `items[${i}]:\n${schema.join('\n')}`);
    assert.equal(schema.length, 8, schema.join('\n'));
    assert.match(
      r.stdout,
      /^gaps\.json: structured data \(elements with structured-data\): 5 required properties and 3 recommended properties missing$/m,
    );
    // The feed's own counts are unchanged, and the summary stays the last line.
    assert.match(r.stdout, /^warning items\[9\]: has neither content_text nor content_html/m);
    assert.match(r.stdout, /gaps\.json: 11 items usable, 1 left out, 1 error, 1 warning\n$/);
  });

  test('--json lists them under structuredData', async () => {
    const r = await lectern('validate', '--json', file);
    const report = JSON.parse(r.stdout);
    assert.equal(report.warnings, 1);
    assert.deepEqual(report.structuredData.slice(0, 3), [
      { path: 'items[2]._event.start', field: 'startDate', required: true },
      { path: 'items[3]._event.location', field: 'location', required: true },
      { path: 'items[4]._event.location', field: 'location', required: true },
    ]);
    assert.equal(report.structuredData.length, 8);
  });

  test('a feed with complete events prints none', async () => {
    const r = await lectern('validate', join(dir, 'complete.json'));
    assert.equal(r.code, 0, r.output);
    assert.equal(r.stdout, 'complete.json: 1 item usable, 0 left out, 0 warnings\n');
  });

  test('inline leaves them out (it is about embedding the feed)', async () => {
    const r = await lectern('inline', join(dir, 'complete.json'));
    assert.equal(r.code, 0, r.output);
    const bare = join(dir, 'bare.json');
    writeFileSync(bare, JSON.stringify({ ...FEED, items: [FEED.items[9]] }));
    const b = await lectern('inline', bare);
    assert.equal(b.code, 0, b.output);
    assert.doesNotMatch(b.stderr, /^schema /m);
  });
});
