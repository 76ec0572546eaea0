/// <reference types="node" />
/**
 * The `lectern` command line (bin/lectern.js loads the built copy of this module, dist/cli.js).
 *
 *   lectern validate <file-or-url> [--json]
 *
 * Validates a feed with exactly the rules the widgets apply in the browser (src/feed/validate.ts) and
 * prints every problem with its JSON path, then a summary. Exit codes:
 *   0  the feed is valid (warnings allowed)
 *   1  the feed is usable, but something in it is left out (a problem of severity "error")
 *   2  the feed is unusable (not JSON, not a JSON Feed, another version, unreachable…) or bad usage
 *
 * Node built-ins and src/feed only; nothing here touches the DOM.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FeedError, toFeedError } from './feed/errors.js';
import { loadDocument, DEFAULT_MAX_BYTES } from './feed/loader.js';
import { validateFeed, type FeedProblem } from './feed/validate.js';

export const USAGE = `Usage: lectern validate <file-or-url> [--json]

Checks a Lectern feed (JSON Feed 1.1 with _event and _book items) with the same rules as the widgets,
and prints each problem as "error|warning <JSON path>: <message>", then a summary.

  <file-or-url>  a local file, "-" for standard input, or an http(s) URL
  --json         print one JSON object instead ({source, usable, items, errors, warnings, problems, error})
  -h, --help     show this help

Exit codes: 0 valid (warnings allowed) · 1 usable, but something is left out ·
            2 unusable feed (parse, invalid, unsupported-version, not-found, network, http, timeout,
              too-large) or bad usage
`;

export const EXIT_VALID = 0;
export const EXIT_LEFT_OUT = 1;
export const EXIT_UNUSABLE = 2;

/** The machine-readable report (`--json`). */
export interface CliReport {
  source: string;
  usable: boolean;
  items: { usable: number; leftOut: number };
  errors: number;
  warnings: number;
  problems: FeedProblem[];
  error?: { kind: string; message: string };
}

/** Runs the command line; resolves to the exit code (it never calls `process.exit`). */
export async function main(argv: readonly string[]): Promise<number> {
  const args = [...argv];
  if (args.length === 0 || args.some((a) => a === '-h' || a === '--help') || (args[0] === 'help' && args.length === 1)) {
    (args.length === 0 ? process.stderr : process.stdout).write(USAGE);
    return args.length === 0 ? EXIT_UNUSABLE : EXIT_VALID;
  }
  const [command, ...rest] = args;
  if (command !== 'validate') return usageError(`unknown command "${command}"`);
  const json = rest.includes('--json');
  const unknownOption = rest.find((a) => a.startsWith('-') && a !== '-' && a !== '--json');
  if (unknownOption) return usageError(`unknown option "${unknownOption}"`);
  const targets = rest.filter((a) => a !== '--json');
  if (targets.length !== 1) return usageError(targets.length === 0 ? 'validate needs a file or URL' : 'validate takes one file or URL');
  return validateCommand(targets[0]!, json);
}

function usageError(message: string): number {
  process.stderr.write(`lectern: ${message}\n\n${USAGE}`);
  return EXIT_UNUSABLE;
}

async function validateCommand(target: string, json: boolean): Promise<number> {
  const isUrl = /^https?:\/\//i.test(target);
  const name = isUrl ? target : target === '-' ? '(stdin)' : basename(target.startsWith('file:') ? safeFilePath(target) : target);
  const report: CliReport = { source: target, usable: false, items: { usable: 0, leftOut: 0 }, errors: 0, warnings: 0, problems: [] };
  try {
    let data: unknown;
    let url: string | undefined;
    if (isUrl) {
      ({ json: data, url } = await loadDocument(target));
    } else {
      data = await readLocal(target, name);
    }
    const { feed, problems } = validateFeed(data, { url });
    const rawItems = (data as { items?: unknown }).items;
    const total = Array.isArray(rawItems) ? rawItems.length : feed.items.length;
    report.usable = true;
    report.items = { usable: feed.items.length, leftOut: total - feed.items.length };
    report.problems = problems;
    report.errors = problems.filter((p) => p.severity === 'error').length;
    report.warnings = problems.length - report.errors;
  } catch (e) {
    // Everything above reports a FeedError; anything else is a bug, reported as an internal error.
    if (!(e instanceof FeedError)) throw e;
    const error = toFeedError(e, isUrl ? target : undefined);
    // Messages about a local file say "The feed"; name the file instead.
    report.error = { kind: error.kind, message: error.message.replace(/^The feed\b/, name) };
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines = report.problems.map((p) => `${p.severity.padEnd(7)} ${p.path}: ${p.message}`);
    if (report.error) {
      lines.push(`error   ${report.error.message}`, `${name}: not usable (${report.error.kind})`);
    } else {
      const parts = [`${count(report.items.usable, 'item')} usable`, `${report.items.leftOut} left out`];
      if (report.errors) parts.push(count(report.errors, 'error'));
      parts.push(count(report.warnings, 'warning'));
      lines.push(`${name}: ${parts.join(', ')}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (!report.usable) return EXIT_UNUSABLE;
  return report.errors > 0 ? EXIT_LEFT_OUT : EXIT_VALID;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function safeFilePath(target: string): string {
  try {
    return fileURLToPath(target);
  } catch {
    return target;
  }
}

/** Reads and parses a local file (or standard input), with the loader's size limit and clear errors. */
async function readLocal(target: string, name: string): Promise<unknown> {
  let text: string;
  if (target === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > DEFAULT_MAX_BYTES) throw new FeedError('too-large', `${name} is over the ${DEFAULT_MAX_BYTES / 1024 / 1024} MB limit`);
      chunks.push(chunk);
    }
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    const path = target.startsWith('file:') ? safeFilePath(target) : target;
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new FeedError('not-found', `${path} is a directory, not a feed file`);
      if (info.size > DEFAULT_MAX_BYTES) {
        throw new FeedError(
          'too-large',
          `${path} is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the ${DEFAULT_MAX_BYTES / 1024 / 1024} MB limit`,
        );
      }
      text = await readFile(path, 'utf8');
    } catch (e) {
      if (e instanceof FeedError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new FeedError('not-found', `${path}: no such file`);
      throw new FeedError('not-found', `${path} could not be read (${code ?? (e instanceof Error ? e.message : String(e))})`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FeedError('parse', `${name} is not valid JSON: ${describeJsonError(e, text)}`);
  }
}

/** V8's JSON.parse message, with a line and column when it only gives a character position. */
function describeJsonError(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /at position (\d+)/.exec(message);
  if (!at || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

// Run when loaded (bin/lectern.js imports the built module); the exit code goes to process.exitCode.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lectern: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_UNUSABLE;
  },
);
