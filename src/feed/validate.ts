/**
 * Validation, item by item, with JSON paths.
 *
 * The rules (feed-format.md, "Bad input"):
 * - A document that is not a JSON Feed is an `invalid` error; another `version` is `unsupported-version`.
 * - An item that breaks the format is left out with one warning naming its JSON path; the rest render.
 * - Smaller faults cost less than the item: a URL that fails the allow-list, an unreadable publication
 *   date or language, or an enumerated value this version does not know is dropped on its own (the field
 *   falls back to its default); a broken entry of a list (a speaker without a name, an offer without a
 *   URL) is dropped from its list. Each is one warning.
 * - `null` is read as "absent" (CMS exports write it for empty fields); unknown fields are ignored.
 * - Nothing here executes feed content or copies keys it does not know, so `__proto__` keys cannot
 *   pollute prototypes, and no code is generated (CSP-safe).
 */
import * as v from 'valibot';
import { FeedError } from './errors.js';
import { FeedShellSchema, ItemSchema, JSON_FEED_VERSIONS, withUrlBase, type Feed, type FeedItem } from './schema.js';
import { isAllowedUrlString } from './url.js';
import { isIsoDateTime, isLanguageTag, isPublicationDate } from './checks.js';
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
/** A pass removes at least one value; this bounds the passes for one item. */
const MAX_PASSES = 32;

/** Checks whose failure drops only the value, not the item. */
const SOFT_CHECKS = new Set<unknown>([isAllowedUrlString, isIsoDateTime, isPublicationDate, isLanguageTag]);

type Key = string | number;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Validates a parsed JSON document. Throws a `FeedError` (`invalid` or `unsupported-version`) when it
 * is not a usable JSON Feed; otherwise returns the valid items and every problem found.
 */
export function validateFeed(raw: unknown, options: ValidateOptions = {}): ValidationResult {
  const where = options.url ?? 'The feed';
  const doc = clean(raw, 0);
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
  return withUrlBase(options.url, () => {
    const problems: FeedProblem[] = [];
    const shell = salvage(FeedShellSchema, doc, [], problems, 'feed');
    if (!shell) {
      const fatal = problems[problems.length - 1];
      const reason = fatal ? `${fatal.path} ${fatal.message.replace(/; this feed is left out$/, '')}` : 'unreadable';
      throw new FeedError('invalid', `${where} is not a usable JSON Feed: ${reason}`, options.url);
    }
    const items: FeedItem[] = [];
    const seen = new Set<string>();
    shell.items.forEach((rawItem, index) => {
      const path: Key[] = ['items', index];
      const item = salvage(ItemSchema, rawItem as Json, path, problems, 'item');
      if (!item) return;
      if (seen.has(item.id)) {
        problems.push({ path: formatPath([...path, 'id']), message: `${preview(item.id)} is used by an earlier item; this item is left out`, severity: 'error' });
        return;
      }
      seen.add(item.id);
      lint(item, path, problems);
      items.push(item);
    });
    return { feed: { ...shell, items }, problems };
  });
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
    warn(['_event', 'time_zone'], `is ${e.time_zone}, which never shifts for summer time; use a place such as "Europe/London" if the event follows local clocks`);
  }
  for (const key of ['start', 'end', 'previous_start'] as const) {
    const adjusted = readEventTime(e[key], e.time_zone)?.adjusted;
    if (adjusted === 'gap') warn(['_event', key], `${preview(e[key])} does not exist in ${e.time_zone} (the clocks go forward then); it is moved forward by the gap`);
    if (adjusted === 'overlap') warn(['_event', key], `${preview(e[key])} happens twice in ${e.time_zone} (the clocks go back then); the earlier one is used`);
  }
  if (e.end !== undefined && eventSpan(e)?.hasEnd === false) {
    warn(['_event', 'end'], `${preview(e.end)} is not after the start ${preview(e.start)}; the end is ignored`);
  }
  if (e.previous_start !== undefined && e.status !== 'rescheduled') {
    warn(['_event', 'previous_start'], `is set but status is "${e.status}"; it is only shown for rescheduled events`);
  }
}

/**
 * Validates `input` against `schema`, removing the smallest part that makes each issue go away, and
 * records one problem per removal. Returns `undefined` when the whole value has to go.
 */
function salvage<S extends v.GenericSchema>(schema: S, input: Json, base: Key[], problems: FeedProblem[], noun: string): v.InferOutput<S> | undefined {
  let current = input;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = v.safeParse(schema, current);
    const lists = listsForObjects(schema, current, [], []);
    if (result.success && lists.length === 0) return result.output;
    const inList = (issue: v.BaseIssue<unknown>) =>
      lists.some((l) => l.path!.every((p, i) => issue.path?.[i]?.key === p.key) && (issue.path?.length ?? 0) > l.path!.length);
    const issues = [...lists, ...(result.success ? [] : result.issues.filter((issue) => !inList(issue)))];
    const cuts: Key[][] = [];
    for (const issue of issues) {
      const keys: Key[] = (issue.path ?? []).map((p) => p.key as Key);
      const cut = cutFor(issue, keys);
      const where = formatPath([...base, ...keys]);
      if (!cut) {
        problems.push({ path: where, message: `${describe(issue)}; this ${noun} is left out`, severity: 'error' });
        return undefined;
      }
      const what = cut.length === keys.length ? 'it is ignored' : `${formatPath([...base, ...cut])} is left out`;
      problems.push({ path: where, message: `${describe(issue)}; ${what}`, severity: 'error' });
      // Two issues in one list entry give the same cut; removing it twice would splice out its neighbour.
      if (!cuts.some((c) => c.length === cut.length && c.every((k, i) => k === cut[i]))) cuts.push(cut);
    }
    current = structuredClone(current);
    // Remove deepest first so that array indices of earlier cuts stay valid.
    cuts.sort((a, b) => compareDesc(a, b)).forEach((cut) => removeAt(current, cut));
  }
  problems.push({ path: formatPath(base), message: `has too many problems; this ${noun} is left out`, severity: 'error' });
  return undefined;
}

type SchemaNode = { type: string; wrapped?: SchemaNode; entries?: Record<string, SchemaNode>; item?: SchemaNode };

/**
 * valibot's `object` accepts a list (`typeof [] === 'object'`); the published JSON Schema's
 * `"type": "object"` does not, and `"_event": []` is not an event. Issues, in valibot's shape, for
 * every list that stands where the schema wants an object.
 */
function listsForObjects(schema: unknown, value: unknown, keys: Key[], out: v.BaseIssue<unknown>[]): v.BaseIssue<unknown>[] {
  let node = schema as SchemaNode;
  if (node.type === 'optional' && node.wrapped) node = node.wrapped;
  if (node.type === 'object' && node.entries) {
    if (Array.isArray(value)) {
      out.push({
        kind: 'schema',
        type: 'object',
        input: value,
        expected: 'Object',
        received: 'Array',
        message: 'Invalid type: Expected Object but received Array',
        path: keys.map((key) => ({ type: 'object', origin: 'value', input: {}, key, value: undefined })),
      } as unknown as v.BaseIssue<unknown>);
    } else if (isRecord(value)) {
      for (const key of Object.keys(node.entries)) {
        if (Object.hasOwn(value, key)) listsForObjects(node.entries[key], value[key], [...keys, key], out);
      }
    }
  } else if (node.type === 'array' && node.item && Array.isArray(value)) {
    value.forEach((entry, i) => listsForObjects(node.item, entry, [...keys, i], out));
  }
  return out;
}

/** The path to remove to resolve an issue, or undefined when only dropping the whole value will do. */
function cutFor(issue: v.BaseIssue<unknown>, keys: Key[]): Key[] | undefined {
  if (keys.length === 0) return undefined;
  // A value this version cannot use on its own: drop just that value.
  if ((issue.type === 'check' && SOFT_CHECKS.has(issue.requirement)) || issue.type === 'picklist') {
    return keys;
  }
  // A required key missing in a nested object: drop the object (an `online` link without a url).
  if (isMissingKey(issue) && keys.length > 2) return keys.slice(0, -1);
  // Anything inside an entry of a nested list: drop the entry.
  for (let i = keys.length - 1; i > 0; i--) {
    if (typeof keys[i] === 'number') return keys.slice(0, i + 1);
  }
  return undefined;
}

function isMissingKey(issue: v.BaseIssue<unknown>): boolean {
  return issue.kind === 'schema' && issue.received === 'undefined' && issue.input === undefined;
}

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

function describe(issue: v.BaseIssue<unknown>): string {
  if (isMissingKey(issue)) return 'is required';
  if (issue.type === 'check' || issue.type === 'non_empty') {
    return typeof issue.input === 'object' && issue.input !== null ? issue.message : `${preview(issue.input)} ${issue.message}`;
  }
  if (issue.type === 'picklist') return `${preview(issue.input)} is not one of ${issue.expected?.replace(/^\(|\)$/g, '').split(' | ').join(', ')}`;
  if (issue.type === 'union') return `${preview(issue.input)} should be text or a number`;
  return `${preview(issue.input)} should be ${article(issue.expected)}`;
}

function article(expected: string | null): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'Array':
      return 'a list';
    case 'Object':
      return 'an object';
    case 'number':
      return 'a number';
    default:
      return expected ?? 'something else';
  }
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
 */
function clean(value: unknown, depth: number): Json | undefined {
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
    const c = clean((value as Record<string, unknown>)[key], depth + 1);
    if (c !== undefined && c !== null) out[key] = c;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function removeAt(root: Json, keys: Key[]): void {
  let node: Json | undefined = root;
  for (let i = 0; i < keys.length - 1; i++) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<Key, Json>)[keys[i]!];
  }
  const last = keys[keys.length - 1]!;
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (isRecord(node) && Object.hasOwn(node, last)) delete node[last];
}

function compareDesc(a: Key[], b: Key[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return typeof x === 'number' && typeof y === 'number' ? y - x : String(y).localeCompare(String(x));
  }
  return b.length - a.length;
}
