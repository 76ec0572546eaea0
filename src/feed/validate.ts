/**
 * Validation, item by item, with JSON paths.
 *
 * The rules (docs/feed.md, "Per item"):
 * - A document that is not a JSON Feed is an `invalid` error; another `version` is `unsupported-version`.
 * - An item that breaks the format is left out with one warning naming its JSON path; the rest render.
 * - Smaller faults cost less than the item: a URL that fails the allow-list, an unreadable publication
 *   date or language, or an enumerated value this version does not know is dropped on its own (the field
 *   falls back to its default); a broken entry of a list (a speaker without a name, an offer without a
 *   URL) is dropped from its list. Each is one warning.
 * - `null` is read as "absent" (CMS exports write it for empty fields); unknown fields are ignored.
 * - Nothing here executes feed content or copies keys it does not know, so `__proto__` keys cannot
 *   pollute prototypes, and no code is generated (CSP-safe).
 * - Every object it returns has no prototype: on a host page that polluted `Object.prototype` (say
 *   `Object.prototype.url`), a key the feed left out still reads as `undefined`. Code that copies these
 *   objects must keep that (`nullProto` in model/rules.ts), never spread them into `{}`.
 */
import { FeedError } from './errors.js';
import { FeedShellSchema, ItemSchema, JSON_FEED_VERSIONS, LIMITS, type Feed, type FeedItem, type Field } from './schema.js';
import { absoluteUrl, safeUrl } from './url.js';
import { eventSpan, readEventTime } from '../time/event-time.js';

export interface FeedProblem {
  /** JSON path of the value, e.g. `items[3]._event.start`. */
  path: string;
  /** What is wrong, and what Lectern did about it. */
  message: string;
  /** `error`: something in the feed was left out. `warning`: all of it renders, maybe not as meant. */
  severity: 'error' | 'warning';
}

export interface ValidationResult {
  feed: Feed;
  problems: FeedProblem[];
}

export interface ValidateOptions {
  /** The feed's own URL: relative URLs in the feed resolve against it. */
  url?: string;
}

/** Deeper than this, a value is not feed data; the subtree is dropped (and stacks stay shallow). */
const MAX_DEPTH = 24;
type Key = string | number;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Validates a parsed JSON document. Throws a `FeedError` (`invalid` or `unsupported-version`) when it
 * is not a usable JSON Feed; otherwise returns the valid items and every problem found.
 */
export function validateFeed(raw: unknown, options: ValidateOptions = {}): ValidationResult {
  const run = validation(raw, options);
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
}

/**
 * `validateFeed` in slices of at most `budget` ms, each in a task of its own (the first after a yield),
 * so that a feed of thousands of items never holds the page's main thread for long.
 */
export async function validateFeedInTasks(raw: unknown, options: ValidateOptions = {}, budget = 25): Promise<ValidationResult> {
  const run = validation(raw, options);
  for (let began = -Infinity, step = run.next(); ; step = run.next()) {
    if (step.done) return step.value;
    if (performance.now() - began > budget) {
      await new Promise((resolve) => setTimeout(resolve));
      began = performance.now();
    }
  }
}

/** The validation, pausing (`yield`) after each item: validateFeed runs it through, validateFeedInTasks in slices. */
function* validation(raw: unknown, options: ValidateOptions): Generator<void, ValidationResult> {
  const where = options.url ?? 'The feed';
  // Items are copied (cleaned) one at a time below, and only the first LIMITS.items of them.
  const doc = clean(raw, 0, true);
  if (!isRecord(doc)) {
    throw new FeedError('invalid', `${where} is not a JSON Feed: expected an object with version, title and items, got ${kind(raw)}`, options.url);
  }
  const version = doc['version'];
  if (typeof version !== 'string') {
    throw new FeedError('invalid', `${where} is not a JSON Feed: it has no "version" (expected "${JSON_FEED_VERSIONS[0]}")`, options.url);
  }
  if (!(JSON_FEED_VERSIONS as readonly string[]).includes(version)) {
    throw new FeedError(
      'unsupported-version',
      `${where} declares version ${preview(version)}; Lectern reads ${JSON_FEED_VERSIONS.join(' and ')}`,
      options.url,
    );
  }
  const problems: FeedProblem[] = [];
  const shell = salvage<Omit<Feed, 'items'> & { items: Json[] }>(FeedShellSchema, doc, [], problems, 'feed', options.url);
  if (!shell) {
    const fatal = problems[problems.length - 1];
    const reason = fatal ? `${fatal.path} ${fatal.message.replace(/; this feed is left out$/, '')}` : 'unreadable';
    throw new FeedError('invalid', `${where} is not a usable JSON Feed: ${reason}`, options.url);
  }
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  const total = (raw as { items: unknown[] }).items.length;
  if (total > LIMITS.items) problems.push({ path: 'items', message: cut(total, LIMITS.items), severity: 'warning' });
  for (let index = 0; index < shell.items.length; index++) {
    yield;
    const path: Key[] = ['items', index];
    const item = salvage<FeedItem>(ItemSchema, clean(shell.items[index], 1), path, problems, 'item', options.url);
    if (!item) continue;
    if (seen.has(item.id)) {
      problems.push({
        path: formatPath([...path, 'id']),
        message: `${preview(item.id)} is used by an earlier item; this item is left out`,
        severity: 'error',
      });
      continue;
    }
    seen.add(item.id);
    lint(item, path, problems);
    items.push(item);
  }
  shell.items = items as unknown as Json[];
  return { feed: shell as unknown as Feed, problems };
}

/** Warnings about items that are valid but probably not what the author meant. */
function lint(item: FeedItem, path: Key[], problems: FeedProblem[]): void {
  const warn = (keys: Key[], message: string) => problems.push({ path: formatPath([...path, ...keys]), message, severity: 'warning' });
  if (item.content_text === undefined && item.content_html === undefined) {
    warn([], 'has neither content_text nor content_html (JSON Feed asks for one); it is shown without a description');
  }
  const e = item._event;
  if (!e) return;
  if (e.time_zone === 'GMT' || e.time_zone === 'UTC') {
    warn(
      ['_event', 'time_zone'],
      `is ${e.time_zone}, which never shifts for summer time; use a place such as "Europe/London" if the event follows local clocks`,
    );
  }
  for (const key of ['start', 'end', 'previous_start'] as const) {
    const adjusted = readEventTime(e[key], e.time_zone)?.adjusted;
    if (adjusted === 'gap')
      warn(['_event', key], `${preview(e[key])} does not exist in ${e.time_zone} (the clocks go forward then); it is moved forward by the gap`);
    if (adjusted === 'overlap')
      warn(['_event', key], `${preview(e[key])} happens twice in ${e.time_zone} (the clocks go back then); the earlier one is used`);
  }
  if (e.end !== undefined && eventSpan(e)?.hasEnd === false) {
    warn(['_event', 'end'], `${preview(e.end)} is not after the start ${preview(e.start)}; the end is ignored`);
  }
  if (e.previous_start !== undefined && e.status !== 'rescheduled') {
    warn(['_event', 'previous_start'], `is set but status is "${e.status}"; it is only shown for rescheduled events`);
  }
}

/**
 * Reads `input` by `rule`, dropping the smallest part that makes each fault go away, with one problem
 * per fault. Returns `undefined` when the whole value (the item, or the feed) has to go.
 *
 * What a fault costs (docs/feed.md, "Per item"):
 * - a soft check (URL allow-list, publication date, language, date_published) or an enumerated value
 *   this version does not know: the value alone (the field is then absent, or takes its default);
 * - a required key missing in a nested object (an `online` link without `url`): that object;
 * - anything else inside an entry of a nested list (a speaker without a name): that entry;
 * - anything else: the item (or, for the feed's own fields, the feed).
 */
function salvage<T>(
  rule: Field,
  input: Json | undefined,
  base: Key[],
  problems: FeedProblem[],
  noun: string,
  feedUrl: string | undefined,
): T | undefined {
  const walk: Walk = { base, problems, noun, feedUrl };
  const out = read(rule, input, [], walk);
  return out instanceof Drop ? undefined : (out as T);
}

interface Walk {
  base: Key[];
  problems: FeedProblem[];
  noun: string;
  feedUrl: string | undefined;
}

/** A fault on its way up: every container passes it on until the one holding `cut` removes it. */
class Drop {
  constructor(readonly cut: Key[] | undefined) {}
  /** Whether `path` is what this fault removes. */
  removes(path: Key[]): boolean {
    return !!this.cut && this.cut.length === path.length && this.cut.every((k, i) => k === path[i]);
  }
}

function read(rule: Field, value: Json | undefined, keys: Key[], w: Walk): unknown {
  switch (rule.type) {
    case 'any':
      return value;
    case 'text':
    case 'text-or-number': {
      if (typeof value !== 'string' && (rule.type === 'text' || typeof value !== 'number')) {
        return fault(w, keys, `${preview(value)} should be ${rule.type === 'text' ? 'text' : 'text or a number'}`);
      }
      const out = rule.type === 'text' || (rule as { asText?: boolean }).asText ? String(value) : value;
      const check = rule.check;
      if (check && !check.test(String(out))) return fault(w, keys, `${preview(out)} ${check.message}`, check.soft);
      if (rule.type === 'text' && rule.url) return (w.feedUrl && absoluteUrl(out, w.feedUrl)) || safeUrl(out);
      return out;
    }
    case 'enum':
      if (typeof value === 'string' && rule.values.includes(value)) return value;
      return fault(w, keys, `${preview(value)} is not one of ${rule.values.map((x) => JSON.stringify(x)).join(', ')}`, true);
    case 'list': {
      if (!Array.isArray(value)) return fault(w, keys, `${preview(value)} should be a list`);
      const out: unknown[] = [];
      let n = value.length;
      if (rule.max !== undefined && n > rule.max) {
        w.problems.push({ path: formatPath([...w.base, ...keys]), message: cut(n, rule.max), severity: 'warning' });
        n = rule.max;
      }
      // A fault that costs more than its entry is passed up after the other entries are read too, so
      // that one run reports every problem (as a schema validator does).
      let drop: Drop | undefined;
      for (let i = 0; i < n; i++) {
        const entry = read(rule.of, value[i], [...keys, i], w);
        if (entry instanceof Drop) drop ??= entry.removes([...keys, i]) ? undefined : entry;
        else out.push(entry);
      }
      return drop ?? out;
    }
    case 'object': {
      if (!isRecord(value)) return fault(w, keys, `${preview(value)} should be an object`);
      // No prototype: a key the feed left out reads as undefined even on a page that polluted Object.prototype.
      const out: Record<string, unknown> = Object.create(null);
      // As for lists: every field is read, and the first fault that costs this object is passed up last.
      let drop: Drop | undefined;
      for (const key of Object.keys(rule.fields)) {
        const field = rule.fields[key]!;
        const path = [...keys, key];
        let v = Object.hasOwn(value, key) ? read(field, value[key], path, w) : undefined;
        if (v instanceof Drop) {
          if (!v.removes(path)) {
            drop ??= v;
            continue;
          }
          v = undefined;
        }
        v ??= field.default;
        if (v === undefined && !field.optional) {
          const missing = fault(w, path, 'is required', false, true);
          if (!missing.removes(path)) drop ??= missing;
        }
        if (v !== undefined) out[key] = v;
      }
      if (drop) return drop;
      for (const check of rule.checks ?? []) {
        if (!check.test(out)) return fault(w, keys, check.message);
      }
      return out;
    }
  }
}

/** Records a fault at `keys` (relative to the item) with what it costs, and returns it as a `Drop`. */
function fault(w: Walk, keys: Key[], message: string, soft = false, missing = false): Drop {
  const cut = cutFor(keys, soft, missing);
  const what = !cut ? `this ${w.noun} is left out` : cut.length === keys.length ? 'it is ignored' : `${formatPath([...w.base, ...cut])} is left out`;
  w.problems.push({ path: formatPath([...w.base, ...keys]), message: `${message}; ${what}`, severity: 'error' });
  return new Drop(cut);
}

/** The path to remove to resolve a fault, or undefined when only dropping the whole value will do. */
function cutFor(keys: Key[], soft: boolean, missing: boolean): Key[] | undefined {
  if (keys.length === 0) return undefined;
  if (soft) return keys;
  if (missing && keys.length > 2) return keys.slice(0, -1);
  for (let i = keys.length - 1; i > 0; i--) {
    if (typeof keys[i] === 'number') return keys.slice(0, i + 1);
  }
  return undefined;
}

/** The warning for a list cut at its limit (schema.ts, LIMITS). */
const cut = (length: number, max: number) => `has ${length} entries; the first ${max} are read`;

/** `items[3]._event.start`-style path. */
export function formatPath(keys: readonly Key[]): string {
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(k)) out += out === '' ? k : `.${k}`;
    else out += `[${JSON.stringify(k)}]`;
  }
  return out === '' ? '(document)' : out;
}

/** A short, safe rendering of a value for a message. */
export function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${preview(value)}`;
}

/**
 * A fresh copy of parsed JSON with `null` members removed (read as absent), prototype-bearing keys
 * dropped, and anything nested deeper than MAX_DEPTH cut off. Only own enumerable data is read.
 * `shallowItems`: the document's `items` list is copied as it is (its entries are cleaned one by one).
 */
function clean(value: unknown, depth: number, shallowItems = false): Json | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (depth >= MAX_DEPTH || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    const out: Json[] = [];
    for (let i = 0; i < value.length; i++) {
      const c = clean(value[i], depth + 1);
      // Keep positions (paths in messages must match the author's file): nulls in lists stay null.
      out.push(c === undefined ? null : c);
    }
    return out;
  }
  const out: { [k: string]: Json } = Object.create(null);
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const v = (value as Record<string, unknown>)[key];
    const c = shallowItems && key === 'items' && Array.isArray(v) ? (v.slice(0, LIMITS.items) as Json[]) : clean(v, depth + 1);
    if (c !== undefined && c !== null) out[key] = c;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
