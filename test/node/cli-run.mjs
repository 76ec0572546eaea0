// What the command-line tests share: where things are, and how to run the built `lectern` (bin/lectern.js
// → dist/cli.js, so `npm run build` first) and see its exit code and output.
import { execFile } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'lectern.js');
export const fixture = (name) => join(ROOT, 'test', 'node', 'fixtures', name);

/**
 * Runs a command from the repository root; resolves with its exit code and output, never rejects on a
 * non-zero exit. `options.input` is written to its stdin; with `encoding: 'buffer'`, stdout and stderr
 * are Buffers and `output` is their UTF-8 text.
 */
export function run(file, args, options = {}) {
  const { input, ...rest } = options;
  return new Promise((resolve) => {
    const child = execFile(file, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000, ...rest }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      const output = Buffer.isBuffer(stdout) ? Buffer.concat([stdout, stderr]).toString('utf8') : stdout + stderr;
      resolve({ code, stdout, stderr, output });
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

/** `lectern ARGS…` with Node. */
export const lectern = (...args) => run(process.execPath, [BIN, ...args]);
