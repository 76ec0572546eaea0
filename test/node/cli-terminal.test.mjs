// `lectern validate` prints nothing a terminal would act on: text from the input (feed values, file
// names, a server's reason phrase, the JSON parser's excerpt) has its control and bidirectional
// characters escaped, and is cut to a bounded length. Runs the built CLI: npm run build first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { BIN, run as runCommand } from './cli-run.mjs';

/** Runs the CLI; resolves with its exit code and raw output (never rejects on a non-zero exit). */
/** `lectern` with its raw output bytes: what reaches a terminal. */
async function lectern(...args) {
  const r = await runCommand(process.execPath, [BIN, ...args], { encoding: 'buffer' });
  return { code: r.code, bytes: Buffer.concat([r.stdout, r.stderr]), output: r.output };
}

/** ESC-sequences (colour, clear screen, window title), the one-byte CSI U+009B, BEL, DEL, bidi overrides and isolates, a forged line. */
const HOSTILE = '\x1b[31mRED\x1b[0m \x1b]0;owned\x07 \u009b2J \u202eevil\u202c \u2066iso\u2069 \u200f\u061c \x7f\r\nerror   forged line';

/** Fails on any C0 control but the line feed, DEL, C1 control, or bidirectional formatting character. */
function assertPrintable({ bytes, output }) {
  const c0 = bytes.findIndex((b) => (b < 0x20 && b !== 0x0a) || b === 0x7f);
  assert.equal(c0, -1, `byte 0x${bytes[c0]?.toString(16)} in ${JSON.stringify(bytes.subarray(Math.max(0, c0 - 40), c0 + 40).toString())}`);
  const found = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.exec(output);
  assert.equal(
    found,
    null,
    found && `U+${found[0].codePointAt(0).toString(16)} in ${JSON.stringify(output.slice(found.index - 40, found.index + 40))}`,
  );
  assert.doesNotMatch(output, /^error {3}forged line/m, 'a value started a line of its own');
}

describe('lectern validate prints only printable text', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lectern-terminal-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  test('feed values echoed in the problems, and a hostile file name', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: HOSTILE,
      items: [
        { id: HOSTILE, title: HOSTILE, content_text: 'x', _event: { start: HOSTILE, time_zone: HOSTILE, status: HOSTILE, kind: HOSTILE } },
        { id: HOSTILE, title: 'the same id again', content_text: 'x' },
        { id: 'b', title: HOSTILE, content_text: 'x', url: `javascript:${HOSTILE}`, _event: { start: '2027-01-19', status: HOSTILE } },
      ],
    };
    const path = file(`feed-${HOSTILE.replace(/[\r\n/]/g, '')}.json`, JSON.stringify(feed));
    const r = await lectern('validate', path);
    assert.equal(r.code, 1, r.output);
    assertPrintable(r);
    // The values were echoed, escaped: the C1 CSI and the override are visible, not acted on.
    assert.match(r.output, /\\x9b2J/);
    assert.match(r.output, /\\u\{202e\}evil/);
    assert.match(r.output, /^feed-\\x1b\[31mRED.*: 2 items usable, 1 left out/m);

    const json = await lectern('validate', '--json', path);
    assert.equal(json.code, 1, json.output);
    assertPrintable(json);
    assert.ok(JSON.parse(json.output).problems.some((p) => p.message.includes('\\x9b2J')));
  });

  test('an unsupported version that echoes the value', async () => {
    const r = await lectern('validate', file('version.json', JSON.stringify({ version: HOSTILE, title: 't', items: [] })));
    assert.equal(r.code, 2, r.output);
    assertPrintable(r);
    assert.match(r.output, /\(unsupported-version\)$/m);
  });

  test("the JSON parser's excerpt of a broken file", async () => {
    const r = await lectern('validate', file('broken.json', `{"title": "x",\n "a": ${HOSTILE}}`));
    assert.equal(r.code, 2, r.output);
    assertPrintable(r);
    assert.match(r.output, /broken\.json is not valid JSON: .*\\x1b/);
    assert.match(r.output, /\(parse\)$/m);
  });

  test('a bad command line argument', async () => {
    const r = await lectern(`frob${HOSTILE}`);
    assert.equal(r.code, 2, r.output);
    assertPrintable(r);
  });

  describe("a server's reason phrase", () => {
    let server;
    let base;
    before(async () => {
      // node:http refuses control characters in statusMessage; a raw socket sends what a hostile server would.
      server = createServer((socket) => {
        socket.once('data', (request) => {
          const reason = request.toString('latin1').startsWith('GET /long ') ? `Teapot ${'x'.repeat(3000)} end` : HOSTILE.replace(/[\r\n]/g, '');
          socket.end(Buffer.from(`HTTP/1.1 418 ${reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`, 'utf8'));
        });
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => new Promise((resolve) => server.close(resolve)));

    test('is escaped', async () => {
      const r = await lectern('validate', `${base}/feed.json`);
      assert.equal(r.code, 2, r.output);
      assertPrintable(r);
      assert.match(r.output, /answered 418 \\x1b\[31mRED/);
      assert.match(r.output, /\(http\)$/m);
    });

    test('is cut to a bounded length, keeping the end', async () => {
      const r = await lectern('validate', `${base}/long`);
      assert.equal(r.code, 2, r.output);
      const line = r.output.split('\n').find((l) => l.startsWith('error'));
      assert.ok(line.length < 320, `${line.length} characters: ${line}`);
      assert.match(line, /answered 418 Teapot x+…x+ end$/);
    });
  });
});
