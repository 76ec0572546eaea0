/**
 * fast-check fuzzing of the whole pipeline in the browser: JSON text → JSON.parse → validation →
 * <lectern-feed> → the four content elements.
 *
 * Generators:
 * (a) random JSON (`fc.jsonValue()`), and random feed-shaped JSON (a valid version, random values of
 *     every type, often valid, in every field of the format), so the renderers see odd-but-valid data;
 * (b) random mutations of the sample feed demo/feeds/events.json: random paths replaced with random
 *     JSON, keys deleted, items duplicated, values nested 5,000 levels deep, 1 MB strings, and
 *     `__proto__` / `constructor` / `prototype` keys written into the JSON text (so JSON.parse makes
 *     them own properties, as it does for a real feed).
 *
 * Properties, every run:
 * - validation never throws anything but a FeedError, and no exception or rejection reaches `window`;
 * - `Object.prototype`, `Array.prototype` and `Function.prototype` keep exactly their own properties;
 * - the elements' shadow text never shows `undefined`, `NaN`, `Invalid Date` or `[object Object]`
 *   (unless that very text is in the feed);
 * - (b) the provider's validated feed holds exactly the items that pass validation on their own (each
 *   checked with `validateFeed` on a one-item feed), first occurrence of each id, in feed order.
 *
 * The elements are created once and reused: each run replaces the inline feed and calls `refresh()`.
 */
import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { LecternFeed } from '../../src/index.js';
import { validateFeed } from '../../src/feed/validate.js';
import { FeedError } from '../../src/feed/errors.js';
import { PAYLOADS } from './payloads.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const V11 = 'https://jsonfeed.org/version/1.1';
const FORBIDDEN = ['undefined', 'NaN', 'Invalid Date', '[object Object]'];
const CONTENT = ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel'] as const;
const DEEP = 5000;
const HUGE = 1 << 20;

const counts = {
  validationRuns: 0,
  validated: 0,
  rendered: 0,
  feedsLoaded: 0,
  feedsRejected: 0,
  itemsChecked: 0,
  wordsInFeed: 0,
  mutations: {} as Record<string, number>,
};
const seeds: string[] = [];

// ---------------------------------------------------------------------------------------------------
// The page under test

interface Stage {
  provider: LecternFeed;
  script: HTMLScriptElement;
  elements: HTMLElement[];
  lastText?: string;
  load?: { items: { id: string }[] } | undefined;
  error?: string | undefined;
}

let stage: Stage;
const escaped: string[] = [];
const onError = (e: ErrorEvent) => escaped.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => escaped.push(`unhandled rejection: ${String(e.reason)}`);

async function makeStage(): Promise<Stage> {
  const container = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  container.style.inlineSize = '40em';
  const provider = document.createElement('lectern-feed') as LecternFeed;
  provider.setAttribute('now', '2026-12-01T00:00:00Z');
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = '{}';
  provider.append(script);
  const elements = CONTENT.map((tag) => provider.appendChild(document.createElement(tag)));
  elements[0]!.setAttribute('structured-data', '');
  elements[2]!.setAttribute('structured-data', '');
  container.append(provider);
  const s: Stage = { provider, script, elements };
  provider.addEventListener('lectern-load', (e) => {
    s.load = (e as CustomEvent<{ feed: { items: { id: string }[] } }>).detail.feed;
  });
  provider.addEventListener('lectern-error', (e) => {
    s.error = (e as CustomEvent<{ kind: string }>).detail.kind;
  });
  return s;
}

/** Shows `text` as the inline feed and waits for every element to render it (rich text included). */
async function show(text: string): Promise<void> {
  if (text === stage.lastText) text += ' ';
  stage.lastText = text;
  stage.load = undefined;
  stage.error = undefined;
  stage.script.textContent = text;
  stage.provider.refresh();
  // An inline feed over 64 K characters is read in later tasks (validated in slices): wait for its verdict.
  await waitUntil(() => stage.load !== undefined || stage.error !== undefined, 'neither lectern-load nor lectern-error', { timeout: 20_000 });
  for (let i = 0; i < 2; i++) {
    await Promise.all(stage.elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    // Sanitised rich text arrives a few microtasks later and renders again.
    await aTimeout(0);
  }
  counts.rendered++;
  if (stage.load) counts.feedsLoaded++;
  else counts.feedsRejected++;
}

// ---------------------------------------------------------------------------------------------------
// Invariants

const protoNames = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
let baseline: { object: string; array: string; fn: string };

function assertNoPollution(): void {
  expect(protoNames(Object.prototype), 'Object.prototype').to.equal(baseline.object);
  expect(protoNames(Array.prototype), 'Array.prototype').to.equal(baseline.array);
  expect(protoNames(Function.prototype), 'Function.prototype').to.equal(baseline.fn);
  expect(Object.getPrototypeOf(Object.prototype)).to.equal(null);
  expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
}

/** Every string in a value (keys too), without recursion: a 5,000-deep value must not blow our stack. */
function stringsIn(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) (out.push(k), stack.push(c));
  }
  return out;
}

function assertCleanText(parsed: unknown): void {
  const inFeed = stringsIn(parsed);
  for (const el of stage.elements) {
    const shown = el.shadowRoot?.textContent ?? '';
    for (const word of FORBIDDEN) {
      if (!shown.includes(word)) continue;
      if (inFeed.some((s) => s.includes(word))) {
        counts.wordsInFeed++;
        continue;
      }
      expect.fail(
        `<${el.localName}> shows "${word}": …${shown.slice(Math.max(0, shown.indexOf(word) - 60), shown.indexOf(word) + 60).replace(/\s+/g, ' ')}…`,
      );
    }
  }
}

/** validateFeed on a parsed document: a result, or a FeedError; anything else thrown is a bug. */
function validates(doc: unknown): ReturnType<typeof validateFeed> | FeedError {
  counts.validated++;
  try {
    return validateFeed(doc);
  } catch (e) {
    if (e instanceof FeedError) return e;
    throw new Error(`validateFeed threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}

/** The ids the feed must hold: each item that passes validation alone, first of each id, in order. */
function expectedIds(doc: unknown): string[] | undefined {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const items = (doc as Record<string, unknown>)['items'];
  if (!Array.isArray(items)) return undefined;
  if (validates({ ...(doc as object), items: [] }) instanceof FeedError) return undefined;
  const ids: string[] = [];
  for (const item of items) {
    const alone = validates({ version: V11, title: 'One item', items: [item] });
    if (alone instanceof FeedError) throw new Error(`a one-item feed was rejected: ${alone.message}`);
    counts.itemsChecked++;
    const id = alone.feed.items[0]?.id;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Runs one generated document through the page and checks every invariant. */
async function check(text: string, withItems: boolean): Promise<void> {
  escaped.length = 0;
  const parsed: unknown = JSON.parse(text);
  const direct = validates(parsed);
  const expected = withItems ? expectedIds(parsed) : undefined;
  assertNoPollution();
  await show(text);
  assertNoPollution();
  expect(escaped, 'exceptions that reached window').to.deep.equal([]);
  expect(stage.load !== undefined || stage.error !== undefined, 'neither lectern-load nor lectern-error').to.equal(true);
  expect(stage.load === undefined, 'rejected by the page exactly when validateFeed rejects it').to.equal(direct instanceof FeedError);
  assertCleanText(parsed);
  if (expected && stage.load) {
    expect(
      stage.load.items.map((i) => i.id),
      'items kept',
    ).to.deep.equal(expected);
  }
}

// ---------------------------------------------------------------------------------------------------
// (a) random JSON, and random feed-shaped JSON

const anyJson = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>;
const payload = fc.constantFrom(...PAYLOADS).map((p) => p.make(0));
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), payload, fc.constantFrom('', ' ', '\n\n', 'undefined', 'null'));
const someValue = (valid: fc.Arbitrary<Json>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anyJson });
const iso = fc.oneof(
  fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2016-12-31T23:59:60Z',
    '2026-01-01T00:00:00+14:00',
    '2026-01-01T00:00:00-12:00',
    '2026-01-01T00:00:00.123456789Z',
    '2026-01-01t00:00:00z',
  ),
);
const wall = iso.map((s) => s.slice(0, 16));
const day = iso.map((s) => s.slice(0, 10));
const when = fc.oneof(
  iso,
  wall,
  day,
  fc.constantFrom(
    '2026-03-29T01:30',
    '2026-10-25T01:30',
    '2026-02-30',
    '2026-06-31T10:00',
    '2026-13-01',
    '2026-01-01T24:00',
    '1900-01-01',
    '+275760-09-13',
    '24:00',
  ),
);
const zone = fc.constantFrom(
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'UTC',
  'BST',
  'EST',
  'Etc/GMT+1',
  'Mars/Olympus',
);
const url = fc.oneof(fc.webUrl(), fc.constantFrom('/relative', '#x', 'mailto:a@b.example', 'javascript:alert(1)', '', '//x.example'), payload);
const link = fc.record({ url: someValue(url), label: someValue(text) }, { requiredKeys: [] });
const person = fc.record({ name: someValue(text), url: someValue(url), avatar: someValue(url) }, { requiredKeys: [] });
const speaker = fc.record(
  {
    name: someValue(text),
    role: someValue(text),
    job_title: someValue(text),
    affiliation: someValue(text),
    bio: someValue(text),
    bio_html: someValue(text),
    avatar: someValue(url),
    avatar_alt: someValue(text),
    url: someValue(url),
  },
  { requiredKeys: [] },
);
const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', '1');
const event = fc.record(
  {
    kind: someValue(text),
    start: someValue(when),
    end: someValue(when),
    time_zone: someValue(zone),
    status: someValue(fc.constantFrom('scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online', 'live')),
    previous_start: someValue(when),
    attendance: someValue(fc.constantFrom('in-person', 'online', 'mixed', 'hybrid')),
    location: someValue(fc.record({ name: someValue(text), address: someValue(text), url: someValue(url) }, { requiredKeys: [] })),
    online: someValue(link),
    registration: someValue(
      fc.record(
        {
          url: someValue(url),
          label: someValue(text),
          availability: someValue(fc.constantFrom('open', 'waitlist', 'full', 'closed', 'invitation', 'x')),
        },
        { requiredKeys: [] },
      ),
    ),
    recording: someValue(link),
    speakers: someValue(fc.array(speaker, { maxLength: 4 })),
    featured: someValue(fc.array(ids, { maxLength: 3 })),
    related: someValue(fc.array(ids, { maxLength: 5 })),
  },
  { requiredKeys: [] },
);
const book = fc.record(
  {
    subtitle: someValue(text),
    series: someValue(text),
    series_number: someValue(fc.oneof(text, fc.integer(), fc.double())),
    publisher: someValue(text),
    isbn: someValue(text),
    date_published: someValue(fc.oneof(day, iso)),
    authors: someValue(fc.array(person, { maxLength: 3 })),
    cover: someValue(url),
    cover_alt: someValue(text),
    offers: someValue(fc.array(link, { maxLength: 3 })),
    excerpt: someValue(link),
    access: someValue(text),
  },
  { requiredKeys: [] },
);
const item = fc.record(
  {
    id: someValue(fc.oneof(ids, fc.integer(), text)),
    url: someValue(url),
    external_url: someValue(url),
    title: someValue(text),
    summary: someValue(text),
    content_text: someValue(text),
    content_html: someValue(text),
    image: someValue(url),
    banner_image: someValue(url),
    date_published: someValue(iso),
    date_modified: someValue(iso),
    authors: someValue(fc.array(person, { maxLength: 3 })),
    author: someValue(person),
    tags: someValue(fc.array(text, { maxLength: 3 })),
    language: someValue(fc.constantFrom('en', 'en-GB', 'de', 'fr', 'ar', 'he', 'xx-invalid-tag-', 'zh-Hant-TW')),
    _event: someValue(event),
    _book: someValue(book),
  },
  { requiredKeys: ['id'] },
);
const feedShaped = fc.record(
  {
    version: fc.constantFrom(V11, 'https://jsonfeed.org/version/1'),
    title: someValue(text),
    home_page_url: someValue(url),
    language: someValue(fc.constantFrom('en-GB', 'de', 'ar', 'bogus tag')),
    items: fc.array(someValue(item as fc.Arbitrary<Json>), { maxLength: 6 }),
  },
  { requiredKeys: ['version', 'title', 'items'] },
);

// ---------------------------------------------------------------------------------------------------
// (b) mutations of the sample feed

type Path = (string | number)[];
type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number; renumber: boolean }
  | { kind: 'nest'; at: number; object: boolean }
  | { kind: 'huge'; at: number; html: boolean }
  | { kind: 'proto'; at: number; key: '__proto__' | 'constructor' | 'prototype'; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyJson }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), renumber: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), object: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), html: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('proto' as const),
      at: fc.nat(),
      key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const),
      value: anyJson,
    }),
  },
);

/** Every path in a value (not the root), breadth first, at most 12 levels deep. */
function paths(root: Json): Path[] {
  const out: Path[] = [];
  const queue: [Json, Path][] = [[root, []]];
  while (queue.length) {
    const [v, p] = queue.shift()!;
    if (p.length >= 12 || v === null || typeof v !== 'object') continue;
    const entries: [string | number, Json][] = Array.isArray(v) ? v.map((c, i) => [i, c]) : Object.entries(v);
    for (const [k, c] of entries) {
      out.push([...p, k]);
      queue.push([c, [...p, k]]);
    }
  }
  return out;
}

function at(root: Json, path: Path): Json | undefined {
  let v: Json | undefined = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, Json>)[k] : undefined;
  return v;
}

const PLACEHOLDER = (k: string, i: number) => `__lectern_fuzz_${k}_${i}__`;

/** 5,000 levels of nesting, as JSON text (built as text: our own JSON.stringify need not recurse through it). */
const deepText = (object: boolean) => (object ? '{"a":'.repeat(DEEP) : '['.repeat(DEEP)) + '"bottom"' + (object ? '}' : ']').repeat(DEEP);

/** Applies mutations to a copy of the sample; returns the JSON text (with the prototype keys in it). */
function mutate(sample: Json, list: Mutation[]): string {
  const doc = structuredClone(sample);
  let placeholders = 0;
  /** Placeholder strings or keys, and the JSON text that replaces them after stringify. */
  const texts: [string, string][] = [];
  for (const m of list) {
    counts.mutations[m.kind] = (counts.mutations[m.kind] ?? 0) + 1;
    const all = paths(doc);
    if (all.length === 0) break;
    const path = all[m.at % all.length]!;
    const parent = at(doc, path.slice(0, -1)) as Record<string | number, Json> | Json[];
    const key = path[path.length - 1]!;
    switch (m.kind) {
      case 'replace':
        (parent as Record<string | number, Json>)[key] = structuredClone(m.value);
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, Json>)[key];
        break;
      case 'duplicate': {
        const items = (doc as Record<string, Json>)['items'];
        if (!Array.isArray(items) || items.length === 0) break;
        const i = m.at % items.length;
        const copy = structuredClone(items[i]!);
        if (m.renumber && copy && typeof copy === 'object' && !Array.isArray(copy)) copy['id'] = `${String(copy['id'])}-copy`;
        items.splice(i + 1, 0, copy);
        break;
      }
      case 'nest': {
        const placeholder = PLACEHOLDER('deep', placeholders++);
        texts.push([JSON.stringify(placeholder), deepText(m.object)]);
        (parent as Record<string | number, Json>)[key] = placeholder;
        break;
      }
      case 'huge':
        (parent as Record<string | number, Json>)[key] = (m.html ? '<p>words <b>in</b> html</p> ' : 'words words words ')
          .repeat(HUGE / 20)
          .slice(0, HUGE);
        break;
      case 'proto': {
        // The key goes into the text, not the object: JSON.parse then makes it an own property.
        const target = parent && typeof parent === 'object' && !Array.isArray(parent) ? parent : doc;
        if (!target || typeof target !== 'object' || Array.isArray(target)) break;
        const placeholder = PLACEHOLDER(m.key, placeholders++);
        texts.push([JSON.stringify(placeholder), JSON.stringify(m.key)]);
        (target as Record<string, Json>)[placeholder] =
          m.key === '__proto__' && (m.value === null || typeof m.value !== 'object') ? { polluted: 'yes', toString: 'x' } : structuredClone(m.value);
        break;
      }
    }
  }
  let out = JSON.stringify(doc);
  for (const [placeholder, replacement] of texts) out = out.replace(placeholder, () => replacement);
  return out;
}

// ---------------------------------------------------------------------------------------------------

const { warn: consoleWarn, error: consoleError } = console;
const base = Object.assign(document.createElement('base'), { href: 'http://127.0.0.1:9/' });

describe('fuzzing the whole pipeline (fast-check)', function () {
  this.timeout(120000);
  let sample: Json;

  before(async () => {
    baseline = { object: protoNames(Object.prototype), array: protoNames(Array.prototype), fn: protoNames(Function.prototype) };
    sample = (await (await fetch(new URL('/demo/feeds/events.json', location.href))).json()) as Json;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    // Validation warns once per dropped value and reports a rejected feed with console.error, both
    // prefixed "[lectern]": thousands of expected lines. Anything else on console.error is a failure.
    console.warn = () => undefined;
    console.error = (...args: unknown[]) => {
      if (!String(args[0]).startsWith('[lectern]')) escaped.push(`console.error: ${args.map(String).join(' ')}`);
    };
    // Relative feed URLs resolve against a base Chrome refuses to connect to (port 9 is on its list of
    // unsafe ports): images fail at once instead of asking the test server for hundreds of odd paths.
    document.head.prepend(base);
  });

  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    console.warn = consoleWarn;
    console.error = consoleError;
    base.remove();
  });

  beforeEach(async () => {
    stage = await makeStage();
  });

  it('the sample feed itself renders with all its items', async () => {
    await check(JSON.stringify(sample), true);
    expect(stage.load?.items.length).to.equal((sample as { items: unknown[] }).items.length);
  });

  it('(validation only) never throws, never pollutes, on random JSON, random feeds and mutated samples', async () => {
    const before = counts.validated;
    const docs = fc.oneof(
      anyJson,
      feedShaped as fc.Arbitrary<Json>,
      fc.array(mutation, { minLength: 1, maxLength: 4 }).map((m) => JSON.parse(mutate(sample, m)) as Json),
    );
    await run(
      'validation',
      docs,
      async (doc) => {
        validates(doc);
        expectedIds(doc);
        assertNoPollution();
      },
      1500,
    );
    counts.validationRuns = counts.validated - before;
  });

  it('(a) random JSON: fc.jsonValue()', async () => {
    await run('(a) random JSON', anyJson, (doc) => check(JSON.stringify(doc), false), 200);
  });

  it('(a) random feed-shaped JSON', async () => {
    await run('(a) random feeds', feedShaped, (doc) => check(JSON.stringify(doc), true), 200);
  });

  it('(b) mutations of the sample feed', async () => {
    await run('(b) mutations', fc.array(mutation, { minLength: 1, maxLength: 5 }), (list) => check(mutate(sample, list), true), 200);
  });

  it('(b) the hard cases, each at least once: 5,000 levels, 1 MB strings, __proto__ keys', async () => {
    const cases: Mutation[][] = [
      [{ kind: 'nest', at: 0, object: true }],
      [{ kind: 'nest', at: 7, object: false }],
      [{ kind: 'huge', at: 2, html: false }],
      [{ kind: 'huge', at: 9, html: true }],
      [{ kind: 'proto', at: 0, key: '__proto__', value: { polluted: 'yes' } }],
      [{ kind: 'proto', at: 12, key: 'constructor', value: { prototype: { polluted: 'yes' } } }],
      [{ kind: 'proto', at: 30, key: 'prototype', value: { polluted: 'yes' } }],
      [{ kind: 'duplicate', at: 0, renumber: false }],
    ];
    for (const list of cases) await check(mutate(sample, list), true);
    // Item-level and deeper: a __proto__ key inside every item and every event.
    const doc = structuredClone(sample) as { items: Record<string, Json>[] };
    const text = JSON.stringify(doc).replace(
      /"id":/g,
      '"__proto__":{"polluted":"yes","id":"p"},"constructor":{"prototype":{"polluted":"yes"}},"id":',
    );
    await check(text, true);
    expect(stage.load?.items.length).to.equal(doc.items.length);
  });

  it('prints the number of runs', () => {
    console.log(
      [
        `[security/fuzz] ${counts.rendered} documents rendered through <lectern-feed> and the 4 content elements (${counts.feedsLoaded} loaded, ${counts.feedsRejected} rejected as a whole)`,
        `[security/fuzz] ${counts.validated} validateFeed calls (${counts.validationRuns} in the validation-only property), ${counts.itemsChecked} items checked on their own against the provider's feed, 0 exceptions, 0 prototype changes`,
        `[security/fuzz] mutations applied (validation-only and rendered runs): ${Object.entries(counts.mutations)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
        `[security/fuzz] forbidden words shown only where the feed itself said them: ${counts.wordsInFeed}`,
        ...seeds.map((s) => `[security/fuzz] ${s}`),
      ].join('\n'),
    );
  });
});

/**
 * To replay a failure locally, copy the seed and path from its report here, e.g.
 * `'(b) mutations': { seed: -257780065, path: '2:6:2' }`, and run this file alone. Keep it empty in git.
 */
const REPLAY: Record<string, { seed: number; path?: string }> = {};

/** Runs a property with a fresh seed; on failure, throws fast-check's report (seed, path, counterexample). */
async function run<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number): Promise<void> {
  const result = await fc.check(fc.asyncProperty(arbitrary, predicate), { numRuns, ...REPLAY[name] });
  seeds.push(`${name}: ${result.numRuns} runs, seed ${result.seed}`);
  if (result.failed) {
    const cause = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    throw new Error(`${await fc.asyncDefaultReportMessage(result)}\nError: ${cause}`);
  }
}
