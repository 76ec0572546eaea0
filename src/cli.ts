/// <reference types="node" />
/**
 * The `lectern` command line (bin/lectern.js loads the built copy of this module, dist/cli.js).
 *
 *   lectern validate <file-or-url> [--json] [--timeout <ms>]
 *   lectern inline <file-or-url> [--item <id>] [--timeout <ms>]
 *   lectern render <file-or-url> [--item <id>] [--elements <list>] [--lang <tag>] [--now <instant>]
 *                  [--heading-level <n>] [--structured-data] [--page-url <url>] [--nonce <nonce>] [--timeout <ms>]
 *
 * `validate` checks a feed with exactly the rules the widgets apply in the browser (src/feed/validate.ts)
 * and prints every problem with its JSON path, then what the schema.org Event of `structured-data` will
 * lack by Google's requirements (structuredDataGaps in src/structured-data/json-ld.ts decides), then a
 * summary. `inline` validates the feed, then prints the HTML that puts it inside a page (a
 * `<lectern-feed>` holding the feed in a script element). `render` does the same with every element
 * rendered by the server (src/server: Lit's server renderer, loaded only for this command). Exit codes:
 *   0  the feed is valid (warnings allowed)
 *   1  the feed is usable, but something in it is left out (a problem of severity "error")
 *   2  the feed is unusable (not JSON, not a JSON Feed, another version, unreachable…) or bad usage
 *
 * Reading: files, standard input and named pipes are read as streams with the widgets' size limit, so
 * `/dev/zero` fails at 5 MB; a named pipe must be written within the timeout (a FIFO with no writer
 * would otherwise block forever). Output: everything printed that comes from the input (feed values,
 * file names, a server's reason phrase, the JSON parser's excerpt) goes through `printable()`.
 *
 * Node built-ins, src/feed and the JSON-LD rules (src/structured-data); nothing here touches the DOM.
 */
import { createReadStream, openSync, constants } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FeedError, toFeedError } from './feed/errors.js';
import { loadDocument, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './feed/loader.js';
import type { Feed } from './feed/schema.js';
import { validateFeed, type FeedProblem } from './feed/validate.js';
import { jsonLdDeps } from './structured-data/deps.js';
import { structuredDataGaps, type StructuredDataGap } from './structured-data/json-ld.js';

const MB = DEFAULT_MAX_BYTES / 1024 / 1024;

// ---- Printing what came from the input --------------------------------------------------------------

/**
 * Characters a terminal may act on rather than show: C0 controls (ESC starts colour, cursor and title
 * sequences), DEL, C1 controls (U+009B is a one-character CSI), the line and paragraph separators, and
 * the bidirectional marks, embeddings, overrides and isolates that reorder what is shown ("Trojan
 * Source", CVE-2021-42574).
 */
const TERMINAL_UNSAFE = '\\0-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[${TERMINAL_UNSAFE}]`, 'gu');
const HAS_UNSAFE = new RegExp(`[${TERMINAL_UNSAFE}]`, 'u');
/** The most characters of input one message quotes; longer text keeps its start and end around "…". */
const MAX_QUOTED = 300;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text derived from the input, made safe to print: at most MAX_QUOTED characters (the start and the end
 * around "…"), and every character of TERMINAL_UNSAFE written as a visible escape (`\x1b`, `\u{202e}`).
 * Line breaks are escaped too, so a feed cannot forge lines of the report.
 */
function printable(text: string): string {
  let chars = Array.from(text);
  if (chars.length > MAX_QUOTED) chars = [...chars.slice(0, MAX_QUOTED / 2), '…', ...chars.slice(1 - MAX_QUOTED / 2)];
  return chars.join('').replace(UNSAFE, (c) => {
    const n = c.codePointAt(0)!;
    return NAMED[c] ?? (n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`);
  });
}

export const USAGE = `Usage: lectern validate <file-or-url> [--json] [--timeout <ms>]
       lectern inline <file-or-url> [--item <id>] [--timeout <ms>]
       lectern render <file-or-url> [--item <id>] [--elements <list>] [--lang <tag>] [--now <instant>]
                      [--heading-level <n>] [--structured-data] [--page-url <url>] [--nonce <nonce>]

validate  Checks a Lectern feed (JSON Feed 1.1 with _event and _book items) with the same rules as the
          widgets, and prints each problem as "error|warning <JSON path>: <message>". Then, as
          "schema <JSON path>: ...", each property that Google's Event rich result requires or
          recommends and that the JSON-LD of <lectern-event-card structured-data> will lack for
          an event item (these change neither the counts nor the exit code), then a summary.
inline    Checks the feed the same way, then prints the HTML for a page that carries the feed itself
          (no request): <lectern-feed> holding <script type="application/feed+json"> and the four
          content elements. Inside the script, <, >, &, U+2028 and U+2029 are written as \\u escapes,
          so no text in the feed can close the script element. Problems go to standard error; a feed
          with errors prints no HTML. Load lectern.js on the page as for any embed.
render    Checks the feed the same way, then prints the same <lectern-feed> with every element already
          rendered (Declarative Shadow DOM, by Lit's server renderer): the page shows the event with
          JavaScript off, and lectern.js, when it arrives, hydrates the elements in place. The HTML
          holds no executable script. A feed with errors, or an --item it lacks, prints no HTML.

  <file-or-url>   a local file, "-" for standard input, or an http(s) URL. At most ${MB} MB is read, as
                  by the widgets. A named pipe (a FIFO, or <(command) in a shell) must be written
                  within the timeout; other files are read as they are, to the limit.
  --json          validate: print one JSON object instead
                  ({source, usable, items, errors, warnings, problems, structuredData, error})
  --item <id>     inline, render: the item the elements show (an id in the feed); default: the next event
  --elements <list>  render: which of event-card, speaker-list, publication-card, related-carousel,
                  comma-separated, in that order on the page (default: all four)
  --lang <tag>    render: the language of the text (default: the feed's language, else English)
  --now <instant> render: the moment the snapshot shows (ISO date-time or ms; default: now). Once
                  hydrated, the elements follow the reader's clock again
  --heading-level <n>  render: heading level (1-6) of each element's top heading (default 2)
  --structured-data    render: add the schema.org JSON-LD of the event and its books
  --page-url <url>     render: the page the HTML goes in (links to other sites open in a new tab)
  --nonce <nonce> render: a CSP nonce for the shadow trees' <style> elements
  --timeout <ms>  give up on a URL or a named pipe after this many milliseconds (default ${DEFAULT_TIMEOUT_MS})
  -h, --help      show this help

Text quoted from the input (feed values, file names, a server's reason phrase) is printed with control
and bidirectional-formatting characters escaped (\\x1b, \\u{202e}) and cut to ${MAX_QUOTED} characters.

Exit codes: 0 valid (warnings allowed) · 1 usable, but something is left out ·
            2 unusable feed (parse, invalid, unsupported-version, not-found, network, http, timeout,
              too-large) or bad usage
`;

export const EXIT_VALID = 0;
export const EXIT_LEFT_OUT = 1;
export const EXIT_UNUSABLE = 2;

/** The machine-readable report (`--json`). Its text is `printable()`, like everything printed. */
export interface CliReport {
  source: string;
  usable: boolean;
  items: { usable: number; leftOut: number };
  errors: number;
  warnings: number;
  problems: FeedProblem[];
  /** What each event item's schema.org Event will lack (Google's requirements), with the item's JSON path. */
  structuredData: StructuredDataGap[];
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
  if (command !== 'validate' && command !== 'inline' && command !== 'render') return usageError(`unknown command "${command}"`);
  const parsed = parse(rest);
  if (typeof parsed === 'string') return usageError(parsed);
  const { values, positionals } = parsed;
  const misplaced = Object.keys(values).find((option) => OPTION_OF[option] && !OPTION_OF[option]!.includes(command));
  if (misplaced) return usageError(`--${misplaced} is an option of lectern ${OPTION_OF[misplaced]!.join(' and ')}`);
  if (positionals.length !== 1) return usageError(`${command} ${positionals.length === 0 ? 'needs' : 'takes'} one file or URL`);
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout);
  // setTimeout's limit: a longer delay would fire at once.
  if (!Number.isInteger(timeout) || timeout <= 0 || timeout >= 2 ** 31) {
    return usageError(`--timeout takes a whole number of milliseconds (1 to ${2 ** 31 - 1}), not "${values.timeout}"`);
  }
  const target = positionals[0]!;
  if (command === 'render') return renderCommand(target, timeout, values);
  return command === 'validate' ? validateCommand(target, timeout, values.json === true) : inlineCommand(target, timeout, values.item);
}

const OPTIONS = {
  json: { type: 'boolean' },
  item: { type: 'string' },
  timeout: { type: 'string' },
  elements: { type: 'string' },
  lang: { type: 'string' },
  now: { type: 'string' },
  'heading-level': { type: 'string' },
  'structured-data': { type: 'boolean' },
  'page-url': { type: 'string' },
  nonce: { type: 'string' },
} as const;
type Values = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>['values'];
/** The options only some commands take. */
const OPTION_OF: Record<string, string[] | undefined> = {
  json: ['validate'],
  item: ['inline', 'render'],
  ...Object.fromEntries(['elements', 'lang', 'now', 'heading-level', 'structured-data', 'page-url', 'nonce'].map((o) => [o, ['render']])),
};

/** The options and arguments, or what is wrong with them. */
function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function usageError(message: string): number {
  process.stderr.write(`lectern: ${printable(message)}\n\n${USAGE}`);
  return EXIT_UNUSABLE;
}

async function validateCommand(target: string, timeout: number, json: boolean): Promise<number> {
  const { report, name } = await check(target, timeout);
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines = [...problemLines(report), ...gapLines(report, name)];
    if (report.error) {
      lines.push(`${name}: not usable (${report.error.kind})`);
    } else {
      const parts = [`${count(report.items.usable, 'item')} usable`, `${report.items.leftOut} left out`];
      if (report.errors) parts.push(count(report.errors, 'error'));
      parts.push(count(report.warnings, 'warning'));
      lines.push(`${name}: ${parts.join(', ')}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return exitCode(report);
}

async function inlineCommand(target: string, timeout: number, item: string | undefined): Promise<number> {
  // HTML has no exact escape for C1 controls (`&#x9b;` reads as U+203A), and none of them belongs in an id.
  if (item !== undefined && HAS_UNSAFE.test(item)) {
    return usageError(`--item "${item}" holds control or bidirectional-formatting characters, which inline does not write into HTML`);
  }
  const { report, name, feed } = await check(target, timeout);
  const lines = problemLines(report);
  const code = exitCode(report);
  if (code !== EXIT_VALID || !feed) {
    lines.push(`${name}: ${report.error ? `not usable (${report.error.kind})` : `${count(report.errors, 'error')}; no HTML written`}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    return code;
  }
  if (lines.length) process.stderr.write(`${lines.join('\n')}\n`);
  if (item !== undefined && !feed.items.some((i) => i.id === item)) {
    process.stderr.write(`lectern: ${name} has no item with the id "${printable(item)}"\n`);
    return EXIT_UNUSABLE;
  }
  process.stdout.write(inlineHtml(feed, item));
  return EXIT_VALID;
}

async function renderCommand(target: string, timeout: number, values: Values): Promise<number> {
  for (const option of ['item', 'lang', 'nonce', 'page-url'] as const) {
    const value = values[option];
    if (value !== undefined && HAS_UNSAFE.test(value)) {
      return usageError(`--${option} "${value}" holds control or bidirectional-formatting characters, which render does not write into HTML`);
    }
  }
  const level = values['heading-level'] === undefined ? undefined : Number(values['heading-level']);
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6)) {
    return usageError(`--heading-level takes a whole number from 1 to 6, not "${values['heading-level']}"`);
  }
  if (values['page-url'] !== undefined && !/^https?:\/\/[^/]/i.test(values['page-url'])) {
    return usageError(`--page-url takes an http(s) URL, not "${values['page-url']}"`);
  }
  const { renderEmbed, EmbedError, EMBED_ELEMENTS } = await import('./server/index.js');
  const elements = values.elements?.split(',').map((e) => e.trim().replace(/^lectern-/, ''));
  const unknown = elements?.find((e) => !(EMBED_ELEMENTS as readonly string[]).includes(e));
  if (elements && (unknown !== undefined || elements.length === 0)) {
    return usageError(`--elements takes some of ${EMBED_ELEMENTS.join(', ')}, comma-separated, not "${unknown ?? values.elements}"`);
  }
  const { report, name, feed } = await check(target, timeout);
  const lines = problemLines(report);
  const code = exitCode(report);
  if (code !== EXIT_VALID || !feed) {
    lines.push(`${name}: ${report.error ? `not usable (${report.error.kind})` : `${count(report.errors, 'error')}; no HTML written`}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    return code;
  }
  if (lines.length) process.stderr.write(`${lines.join('\n')}\n`);
  try {
    const html = await renderEmbed(feed, {
      item: values.item,
      elements: elements as (typeof EMBED_ELEMENTS)[number][] | undefined,
      lang: values.lang,
      now: values.now,
      headingLevel: level,
      structuredData: values['structured-data'] === true,
      pageUrl: values['page-url'],
      nonce: values.nonce,
    });
    process.stdout.write(html);
    return EXIT_VALID;
  } catch (e) {
    if (!(e instanceof EmbedError)) throw e;
    process.stderr.write(`lectern: ${printable(e.message.replace(/^The feed\b/, name))}\n`);
    return EXIT_UNUSABLE;
  }
}

/** Reads and validates a feed; failures the author can act on end up in `report.error`. */
async function check(target: string, timeout: number): Promise<{ report: CliReport; name: string; feed?: Feed }> {
  const isUrl = /^https?:\/\//i.test(target);
  const path = target.startsWith('file:') ? safeFilePath(target) : target;
  const rawName = isUrl ? target : target === '-' ? '(stdin)' : basename(path);
  const report: CliReport = {
    source: printable(target),
    usable: false,
    items: { usable: 0, leftOut: 0 },
    errors: 0,
    warnings: 0,
    problems: [],
    structuredData: [],
  };
  let feed: Feed | undefined;
  try {
    const { json: data, url } = isUrl ? await loadDocument(target, { timeout }) : { json: await readLocal(path, rawName, timeout), url: undefined };
    const result = validateFeed(data, { url });
    const rawItems = (data as { items?: unknown }).items;
    const total = Array.isArray(rawItems) ? rawItems.length : result.feed.items.length;
    feed = result.feed;
    report.usable = true;
    report.items = { usable: feed.items.length, leftOut: total - feed.items.length };
    report.problems = result.problems.map((p) => ({ ...p, path: printable(p.path), message: printable(p.message) }));
    report.errors = result.problems.filter((p) => p.severity === 'error').length;
    report.warnings = result.problems.length - report.errors;
    report.structuredData = structuredDataOf(feed, rawItems, url);
  } catch (e) {
    // Everything above reports a FeedError; anything else is a bug, reported as an internal error.
    if (!(e instanceof FeedError)) throw e;
    const error = toFeedError(e, isUrl ? target : undefined);
    // Messages about a local file say "The feed"; name the file instead.
    report.error = { kind: error.kind, message: printable(error.message.replace(/^The feed\b/, rawName)) };
  }
  return { report, name: printable(rawName), feed };
}

function problemLines(report: CliReport): string[] {
  const lines = report.problems.map((p) => `${p.severity.padEnd(7)} ${p.path}: ${p.message}`);
  if (report.error) lines.push(`error   ${report.error.message}`);
  return lines;
}

/**
 * The structured-data gaps of every item, each `path` from the item's place in the file (items left
 * out shift the validated list, so each is found again by its id, in order).
 */
function structuredDataOf(feed: Feed, rawItems: unknown, url: string | undefined): StructuredDataGap[] {
  const raw = Array.isArray(rawItems) ? rawItems : [];
  let at = 0;
  return feed.items.flatMap((item) => {
    while (at < raw.length && String((raw[at] as { id?: unknown } | null)?.id) !== item.id) at++;
    const where = at < raw.length ? `items[${at++}]` : 'items';
    return structuredDataGaps(item, jsonLdDeps, url).map((g) => ({ ...g, path: `${where}.${g.path}` }));
  });
}

/** What the field gives Google, when the field's name alone does not say. */
const GAP_HINT: Record<string, string> = {
  '_event.location': ' (a venue with a name or an address)',
  '_event.online.url': " (a VirtualLocation: the stream's URL, else the item's url)",
  summary: ' (the summary or content_text)',
  image: ' (image or banner_image)',
};

function gapLines(report: CliReport, name: string): string[] {
  const gaps = report.structuredData;
  if (!gaps.length) return [];
  const required = gaps.filter((g) => g.required).length;
  return [
    ...gaps.map((g) => {
      const hint = GAP_HINT[g.path.replace(/^items(\[\d+\])?\./, '')] ?? '';
      return `schema  ${g.path}: the structured data will lack "${g.field}"${hint}, which Google's Event rich result ${g.required ? 'requires' : 'recommends'}`;
    }),
    `${name}: structured data (elements with structured-data): ${count(required, 'required property', 'required properties')} and ${count(gaps.length - required, 'recommended property', 'recommended properties')} missing`,
  ];
}

function exitCode(report: CliReport): number {
  if (!report.usable) return EXIT_UNUSABLE;
  return report.errors > 0 ? EXIT_LEFT_OUT : EXIT_VALID;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

function safeFilePath(target: string): string {
  try {
    return fileURLToPath(target);
  } catch {
    return target;
  }
}

// ---- The inline snippet ------------------------------------------------------------------------------

/** The content elements, in the order of the README's embed snippet. */
const CONTENT_ELEMENTS = ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel'];

/** `<lectern-feed>` carrying the validated feed, and the content elements. */
function inlineHtml(feed: Feed, item: string | undefined): string {
  const open = item === undefined ? '<lectern-feed>' : `<lectern-feed item="${escapeAttribute(item)}">`;
  return [
    open,
    `  <script type="application/feed+json">${scriptJson(feed)}</script>`,
    ...CONTENT_ELEMENTS.map((tag) => `  <${tag}></${tag}>`),
    '</lectern-feed>',
    '',
  ].join('\n');
}

const SCRIPT_UNSAFE = new RegExp(`[<>&${TERMINAL_UNSAFE}]`, 'gu');

/**
 * JSON to put inside a `<script>` element. The HTML parser ends the element at the first `</script`
 * in any case, and reads `<!--` and `<script` inside it specially, whatever the JSON means: a title such
 * as `</script><img src=x onerror=alert(1)>` would otherwise run on the host page. `<` written as
 * `\u003c` is the same string to `JSON.parse` and never markup; `>` and `&` go too (no `-->`, no
 * character reference). U+2028 and U+2029 are escaped for pages that copy the JSON into JavaScript
 * (before ES2019 they ended a string literal), and so are the terminal-unsafe characters (JSON.stringify
 * escapes C0 itself), so the output is also safe to print.
 */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ---- Reading a local feed ----------------------------------------------------------------------------

/** Reads and parses a local file, standard input ("-") or a named pipe, with the loader's size limit. */
async function readLocal(path: string, name: string, timeout: number): Promise<unknown> {
  let text = path === '-' ? await readCapped(process.stdin, name) : await readPath(path, timeout);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FeedError('parse', `${name} is not valid JSON: ${describeJsonError(e, text)}`);
  }
}

async function readPath(path: string, timeout: number): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FeedError('not-found', `${path} is a directory, not a feed file`);
    if (info.isFile() && info.size > DEFAULT_MAX_BYTES) {
      throw new FeedError('too-large', `${path} is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the ${MB} MB limit`);
    }
    // Whatever the size says (0 for /dev/zero and pipes), the stream stops at the limit.
    return info.isFIFO() ? await readPipe(path, timeout) : await readCapped(createReadStream(path), path);
  } catch (e) {
    if (e instanceof FeedError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FeedError('not-found', `${path}: no such file`);
    throw new FeedError('not-found', `${path} could not be read (${code ?? (e instanceof Error ? e.message : String(e))})`);
  }
}

/**
 * Reads a named pipe, giving up after `timeout` ms. A blocking open of a FIFO waits for a writer in a
 * thread that cannot be cancelled (and keeps the process alive). Opened non-blocking and read as a
 * socket, the wait is in the event loop, where a timer can end it (nodejs/node#23220).
 */
async function readPipe(path: string, timeout: number): Promise<string> {
  const pipe = new Socket({ fd: openSync(path, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
  const timer = setTimeout(() => {
    pipe.destroy(new FeedError('timeout', `${path} is a named pipe, and nothing wrote a whole feed to it within ${timeout / 1000} s`));
  }, timeout);
  try {
    return await readCapped(pipe, path);
  } finally {
    clearTimeout(timer);
    pipe.destroy();
  }
}

/** Reads a stream as UTF-8, stopping (and closing it) as soon as it passes the loader's size limit. */
async function readCapped(stream: Readable, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early (the throw) destroys the stream, which stops the reading.
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > DEFAULT_MAX_BYTES) throw new FeedError('too-large', `${name} is over the ${MB} MB limit; reading stopped there`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
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
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`lectern: internal error: ${detail.split('\n').map(printable).join('\n')}\n`);
    process.exitCode = EXIT_UNUSABLE;
  },
);
