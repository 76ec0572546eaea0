// How `lectern` reads local input: as a stream, never past the widgets' size limit whatever `stat`
// says (/dev/zero, pipes), and never waiting forever on a named pipe nobody writes to.
// Runs the built CLI: npm run build first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEFAULT_MAX_BYTES } from '../../dist/feed/index.js';
import { BIN, fixture, run as runCommand } from './cli-run.mjs';

const VALID = fixture('valid.json');
const POSIX = process.platform !== 'win32';

/** Runs a command; resolves with its exit code and output (never rejects on a non-zero exit). */
/** Node with `args`; `options` as `run` in cli-run.mjs. */
const run = (args, options) => runCommand(process.execPath, args, options);

/** Preloaded into the CLI: on exit, prints how many bytes the process read (Linux's /proc/self/io). */
const REPORT_READ = `data:text/javascript,${encodeURIComponent(
  `import { readFileSync, writeSync } from 'node:fs';
   process.on('exit', () => writeSync(2, '\\nread ' + /rchar: (\\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))[1] + ' bytes\\n'));`,
)}`;

describe('reading local input', () => {
  test('/dev/zero fails fast at the size limit', { skip: !existsSync('/dev/zero') }, async () => {
    const measured = existsSync('/proc/self/io');
    const started = Date.now();
    const r = await run([...(measured ? ['--import', REPORT_READ] : []), BIN, 'validate', '/dev/zero']);
    assert.equal(r.code, 2, r.output);
    assert.match(r.stdout, /^error {3}\/dev\/zero is over the 5 MB limit/m);
    assert.match(r.stdout, /^zero: not usable \(too-large\)$/m);
    if (measured) {
      const read = Number(/^read (\d+) bytes$/m.exec(r.stderr)[1]);
      // The limit, a chunk past it, and Node's own files; not the hundreds of MB a whole-file read takes.
      assert.ok(read < DEFAULT_MAX_BYTES + 2 * 1024 * 1024, `read ${read} bytes`);
    }
    assert.ok(Date.now() - started < 10_000, 'took too long');
  });

  test('standard input stops at the limit', async () => {
    const r = await run([BIN, 'validate', '-'], { input: Buffer.alloc(DEFAULT_MAX_BYTES + 1, 0x20) });
    assert.equal(r.code, 2, r.output);
    assert.match(r.stdout, /\(stdin\) is over the 5 MB limit/);
  });

  test('--help says how pipes and the limit are handled', async () => {
    const r = await run([BIN, '--help']);
    assert.match(r.stdout, /At most 5 MB is read/);
    assert.match(r.stdout, /named pipe .* must be written\s+within the timeout/s);
    assert.match(r.stdout, /--timeout <ms> .*\(default 10000\)/);
  });

  describe('a named pipe', { skip: !POSIX }, () => {
    let dir;
    let count = 0;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'lectern-fifo-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const fifo = () => {
      const path = join(dir, `feed-${++count}.json`);
      execFileSync('mkfifo', [path]);
      return path;
    };
    /** A writer process: opens the pipe (blocking until a reader comes), writes, prints how many bytes went in. */
    const writer = (path, code) =>
      run(['-e', `const fs = require('node:fs'); const fd = fs.openSync(process.argv[1], 'w'); let n = 0; ${code}; console.log(n);`, path]);

    test('with a writer of a small feed is read like a file', async () => {
      const path = fifo();
      const reading = run([BIN, 'validate', path]);
      const written = writer(path, `n = fs.writeSync(fd, ${JSON.stringify(readFileSync(VALID, 'utf8'))})`);
      const r = await reading;
      assert.equal(r.code, 0, r.output);
      assert.match(r.stdout, /^feed-\d+\.json: 4 items usable, 0 left out, 0 warnings$/m);
      assert.equal((await written).code, 0);
    });

    test('with a writer that goes on past the limit fails at the limit', async () => {
      const path = fifo();
      const written = writer(
        path,
        `const chunk = Buffer.alloc(65536, 32); try { while (n < 64 * 1024 * 1024) n += fs.writeSync(fd, chunk); } catch {}`,
      );
      const r = await run([BIN, 'validate', path]);
      assert.equal(r.code, 2, r.output);
      assert.match(r.stdout, /feed-\d+\.json is over the 5 MB limit/);
      assert.match(r.stdout, /\(too-large\)$/m);
      // The writer was cut off (EPIPE) once the reader stopped: the limit plus what the pipe and one read hold.
      const sent = Number((await written).stdout);
      assert.ok(sent > DEFAULT_MAX_BYTES && sent < DEFAULT_MAX_BYTES + 1024 * 1024, `the writer got ${sent} bytes in`);
    });

    test('without a writer times out instead of hanging', async () => {
      const path = fifo();
      const started = Date.now();
      const r = await run([BIN, 'validate', path, '--timeout', '300']);
      assert.equal(r.code, 2, r.output);
      assert.match(r.stdout, /is a named pipe, and nothing wrote a whole feed to it within 0\.3 s/);
      assert.match(r.stdout, /\(timeout\)$/m);
      assert.ok(Date.now() - started < 5000, 'the process did not exit promptly');
    });
  });

  test('--timeout must be a positive whole number of milliseconds', async () => {
    for (const value of ['0', '-5', '1.5', 'soon', '4294967296']) {
      const r = await run([BIN, 'validate', VALID, `--timeout=${value}`]);
      assert.equal(r.code, 2, `${value}: ${r.output}`);
      assert.match(r.stderr, /--timeout takes a whole number of milliseconds/);
    }
  });
});
