// The `lectern` command line and the published JSON Schema, under Node's built-in test runner:
//   npm run build && node --test test/node/
// The CLI tests run the real entry point (bin/lectern.js → dist/cli.js), so the npm build must exist.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Ajv2020 from 'ajv/dist/2020.js';
import { BIN, ROOT, fixture, lectern, run } from './cli-run.mjs';
import addFormats from 'ajv-formats';

const DEMO_FEED = join(ROOT, 'demo', 'feeds', 'events.json');

describe('lectern validate', () => {
  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` before these tests');
  });

  test('a valid feed exits 0 with a summary', async () => {
    const r = await lectern('validate', fixture('valid.json'));
    assert.equal(r.code, 0, r.output);
    assert.match(r.stdout, /^valid\.json: 4 items usable, 0 left out, 0 warnings$/m);
    assert.doesNotMatch(r.stdout, /^(error|warning) /m);
  });

  test('the demo feed is valid', async () => {
    const r = await lectern('validate', DEMO_FEED);
    assert.equal(r.code, 0, r.output);
    assert.match(r.stdout, /^events\.json: \d+ items? usable, 0 left out, \d+ warnings?$/m);
  });

  test('a broken item is left out, named by its JSON path, exit 1', async () => {
    const r = await lectern('validate', fixture('broken-item.json'));
    assert.equal(r.code, 1, r.output);
    assert.match(r.stdout, /^error +items\[1\]\._event\.start: "2026-13-01" is not a date.*left out$/m);
    assert.match(r.stdout, /^broken-item\.json: 2 items usable, 1 left out, 1 error, 0 warnings$/m);
  });

  test('warnings alone exit 0, each with its path', async () => {
    const r = await lectern('validate', fixture('warnings-only.json'));
    assert.equal(r.code, 0, r.output);
    assert.match(r.stdout, /^warning items\[0\]: has neither content_text nor content_html/m);
    assert.match(r.stdout, /^warning items\[0\]\._event\.time_zone: is UTC/m);
    assert.match(r.stdout, /^warning items\[1\]\._event\.previous_start: /m);
    assert.match(r.stdout, /^warnings-only\.json: 2 items usable, 0 left out, 3 warnings$/m);
  });

  test('a document that is not a feed is unusable (invalid), exit 2', async () => {
    const r = await lectern('validate', fixture('not-a-feed.json'));
    assert.equal(r.code, 2, r.output);
    assert.match(r.stdout, /not-a-feed\.json is not a JSON Feed/);
    assert.match(r.stdout, /^not-a-feed\.json: not usable \(invalid\)$/m);
  });

  test('another feed version is unusable (unsupported-version), exit 2', async () => {
    const r = await lectern('validate', fixture('unsupported-version.json'));
    assert.equal(r.code, 2, r.output);
    assert.match(r.stdout, /declares version "https:\/\/jsonfeed\.org\/version\/2"/);
    assert.match(r.stdout, /\(unsupported-version\)$/m);
  });

  test('invalid JSON is a parse error with a line and column, exit 2', async () => {
    const r = await lectern('validate', fixture('invalid-json.json'));
    assert.equal(r.code, 2, r.output);
    assert.match(r.stdout, /invalid-json\.json is not valid JSON: .*\(line 5, column 1\)/);
    assert.match(r.stdout, /\(parse\)$/m);
  });

  test('a missing file exits 2', async () => {
    const r = await lectern('validate', fixture('no-such-file.json'));
    assert.equal(r.code, 2, r.output);
    assert.match(r.stdout, /no such file/);
  });

  test('--json prints one machine-readable report', async () => {
    const broken = await lectern('validate', fixture('broken-item.json'), '--json');
    assert.equal(broken.code, 1, broken.output);
    const report = JSON.parse(broken.stdout);
    assert.equal(report.usable, true);
    assert.deepEqual(report.items, { usable: 2, leftOut: 1 });
    assert.equal(report.errors, 1);
    assert.equal(report.problems[0].path, 'items[1]._event.start');
    assert.equal(report.problems[0].severity, 'error');

    const unusable = await lectern('validate', '--json', fixture('invalid-json.json'));
    assert.equal(unusable.code, 2, unusable.output);
    const failed = JSON.parse(unusable.stdout);
    assert.equal(failed.usable, false);
    assert.equal(failed.error.kind, 'parse');
  });

  test('reads standard input with "-"', async () => {
    const child = execFile(process.execPath, [BIN, 'validate', '-'], { cwd: ROOT, encoding: 'utf8' });
    child.stdin.end(readFileSync(fixture('valid.json')));
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^\(stdin\): 4 items usable/m);
  });

  test('usage: --help exits 0, bad usage exits 2', async () => {
    const help = await lectern('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: lectern validate <file-or-url> \[--json\]/);
    assert.match(help.stdout, /lectern inline <file-or-url>/);
    for (const args of [[], ['frobnicate'], ['validate'], ['validate', 'a.json', 'b.json'], ['validate', '--strict', 'a.json']]) {
      const r = await lectern(...args);
      assert.equal(r.code, 2, `lectern ${args.join(' ')}: ${r.output}`);
      assert.match(r.stderr, /Usage: lectern validate/);
    }
  });

  describe('over HTTP', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/valid.json') {
          res.writeHead(200, { 'content-type': 'application/feed+json' });
          res.end(readFileSync(fixture('valid.json')));
        } else if (req.url === '/broken.json') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(readFileSync(fixture('broken-item.json')));
        } else if (req.url === '/login') {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<!doctype html><title>Log in</title>');
        } else {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => new Promise((resolve) => server.close(resolve)));

    test('a valid feed URL exits 0', async () => {
      const r = await lectern('validate', `${base}/valid.json`);
      assert.equal(r.code, 0, r.output);
      assert.match(r.stdout, /valid\.json: 4 items usable, 0 left out/);
    });

    test('a broken item over HTTP exits 1 with its path', async () => {
      const r = await lectern('validate', `${base}/broken.json`);
      assert.equal(r.code, 1, r.output);
      assert.match(r.stdout, /items\[1\]\._event\.start: /);
    });

    test('404 is an http error, exit 2', async () => {
      const r = await lectern('validate', `${base}/missing.json`);
      assert.equal(r.code, 2, r.output);
      assert.match(r.stdout, /answered 404/);
      assert.match(r.stdout, /\(http\)$/m);
    });

    test('an HTML page is a parse error, exit 2', async () => {
      const r = await lectern('validate', `${base}/login`);
      assert.equal(r.code, 2, r.output);
      assert.match(r.stdout, /text\/html, not JSON/);
    });
  });
});

test('bin/lectern.js explains a missing build', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bin-'));
  try {
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'lectern.js'));
    const r = await run(process.execPath, [join(dir, 'bin', 'lectern.js'), 'validate', fixture('valid.json')], { cwd: dir });
    assert.equal(r.code, 2, r.output);
    assert.match(r.stderr, /lectern: run `npm run build` first \(dist\/cli\.js is missing\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('schema/feed.schema.json is up to date with src/feed/schema.ts', async () => {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const r = await run(npx, ['tsx', 'scripts/gen-schema.ts', '--check'], { timeout: 120_000, shell: process.platform === 'win32' });
  assert.equal(r.code, 0, r.output);
});

describe('schema/feed.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'feed.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const check = (file) => ({ ok: validate(JSON.parse(readFileSync(file, 'utf8'))), errors: validate.errors ?? [] });

  test('is a draft 2020-12 schema at its published address, open to $schema', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://unpkg.com/lectern/schema/feed.schema.json');
    assert.equal(typeof schema.title, 'string');
    assert.equal(typeof schema.description, 'string');
    assert.deepEqual(schema.properties.$schema.type, 'string');
    assert.equal(schema.properties.items.items.properties.url.format, 'uri-reference');
    assert.equal(schema.properties.items.items.properties.date_published.format, 'date-time');
    assert.ok(schema.properties.items.items.properties._event.description, 'descriptions are kept');
  });

  for (const [name, file] of [
    ['the demo feed', DEMO_FEED],
    ['the valid fixture', fixture('valid.json')],
    ['the warnings-only fixture', fixture('warnings-only.json')],
  ]) {
    test(`accepts ${name}`, () => {
      const { ok, errors } = check(file);
      assert.ok(ok, JSON.stringify(errors, null, 2));
    });
  }

  test('rejects the broken item at its path', () => {
    const { ok, errors } = check(fixture('broken-item.json'));
    assert.equal(ok, false);
    assert.ok(
      errors.some((e) => e.instancePath === '/items/1/_event/start'),
      JSON.stringify(errors, null, 2),
    );
  });

  test('rejects a document that is not a feed, and another version', () => {
    assert.equal(check(fixture('not-a-feed.json')).ok, false);
    assert.equal(check(fixture('unsupported-version.json')).ok, false);
  });

  test('event times, zones and cross-field rules', () => {
    const feed = (event) => ({ version: 'https://jsonfeed.org/version/1.1', title: 't', items: [{ id: 'x', _event: event }] });
    const accepts = (event) => validate(feed(event));
    for (const start of ['2027-01-19', '2027-01-19T18:00', '2027-01-19T18:00:30', '2027-01-19T18:00Z', '2027-01-19T18:00:00.5+05:30']) {
      assert.ok(accepts({ start, time_zone: 'Europe/London' }), start);
    }
    for (const start of ['2027-1-19', '2027-01-19 18:00', '2027-01-19T24:00', '2027-01-19T18:00:00.5', '19/01/2027']) {
      assert.ok(!accepts({ start, time_zone: 'Europe/London' }), start);
    }
    assert.ok(accepts({ start: '2027-01-19T18:00Z' }), 'an instant needs no zone');
    assert.ok(!accepts({ start: '2027-01-19T18:00' }), 'a wall time needs a zone');
    assert.ok(!accepts({ end: '2027-01-19' }), 'no end without a start');
    for (const zone of ['Europe/London', 'America/Argentina/Buenos_Aires', 'UTC', 'GMT']) assert.ok(accepts({ time_zone: zone }), zone);
    for (const zone of ['BST', 'EST', 'Etc/GMT+1', 'Europe London']) assert.ok(!accepts({ time_zone: zone }), zone);
    assert.ok(validate({ version: 'https://jsonfeed.org/version/1', title: 't', items: [{ id: 3 }] }), 'numeric ids');
    assert.ok(!validate({ version: 'https://jsonfeed.org/version/1', title: 't', items: [{ id: '  ' }] }), 'blank ids');
  });
});
