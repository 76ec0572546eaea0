/**
 * The feed layer's public face: load, validate, report. Nothing above this layer sees unvalidated data.
 */
import { FeedError, toFeedError } from './errors.js';
import { DEFAULT_MAX_BYTES, loadDocument, registry, type LoadOptions } from './loader.js';
import { validateFeed, validateFeedInTasks, type FeedProblem } from './validate.js';
import type { Feed } from './schema.js';

export * from './errors.js';
export * from './schema.js';
export { safeUrl, absoluteUrl, isAllowedUrl } from './url.js';
export { validateFeed, validateFeedInTasks, formatPath, type FeedProblem, type ValidationResult, type ValidateOptions } from './validate.js';
export { loadDocument, resolveFeedUrl, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES, type LoadOptions, type LoadedDocument } from './loader.js';

export interface LoadedFeed {
  /** Absolute URL of the feed, or undefined for an inline feed. */
  url: string | undefined;
  feed: Feed;
  problems: FeedProblem[];
  /** The network failed and this is the copy kept from an earlier visit. */
  stale?: boolean;
}

/** Validation results of this bundle copy, per parsed document, so N widgets validate once. */
const validated = new WeakMap<object, LoadedFeed | FeedError>();
/** Validations under way, per parsed document: widgets that share a feed wait for the same one. */
const validating = new WeakMap<object, Promise<LoadedFeed | FeedError>>();

/** Loads, validates and reports a feed. Rejects with a FeedError, or the signal's reason on abort. */
export async function loadFeed(src: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const pending = loadDocument(src, options);
  void warmUpIntl();
  const { json, url, stale } = await pending;
  // A fetched feed may be large: it is validated in slices, each in a task of its own, none in the
  // task that parsed it (validateFeedInTasks).
  const key = typeof json === 'object' && json !== null ? json : undefined;
  let computed: LoadedFeed | FeedError | undefined;
  if (key && !validated.has(key)) {
    let run = validating.get(key);
    if (!run) {
      validating.set(
        key,
        (run = validateFeedInTasks(json, { url }).then(
          (r) => ({ url, ...r }),
          (e: unknown) => toFeedError(e, url),
        )),
      );
    }
    computed = await run;
  }
  const loaded = useDocument(json, url, undefined, computed);
  return stale ? { ...loaded, stale: true } : loaded;
}

/**
 * Reads a feed written inline in the page (`<script type="application/feed+json">`), under the same
 * 5 MB cap as a fetched feed. Up to 64 K characters (any real event page) at once, so the widgets
 * render in the task that found it; a larger one is parsed in a task of its own and validated in
 * slices, like a fetched feed (the result is then a promise).
 */
export function readInlineFeed(text: string, where = 'The inline feed'): LoadedFeed | Promise<LoadedFeed> {
  if (new TextEncoder().encode(text).length > DEFAULT_MAX_BYTES) {
    throw new FeedError('too-large', `${where} is over ${DEFAULT_MAX_BYTES / 1048576} MB`);
  }
  const parse = () => {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new FeedError('parse', `${where} is not valid JSON (${e instanceof Error ? e.message : 'unreadable'})`);
    }
  };
  if (text.length <= 65536) return useDocument(parse(), undefined, where);
  return new Promise((resolve) => setTimeout(resolve)).then(() => {
    const json = parse();
    const done = (computed: LoadedFeed | FeedError) => useDocument(json, undefined, where, computed);
    return validateFeedInTasks(json).then(
      (r) => done({ url: undefined, ...r }),
      (e: unknown) => done(toFeedError(e)),
    );
  });
}

/**
 * The page's first `Intl` objects load the platform's locale, number and date data: 30–50 ms in one
 * task on a slow machine. It comes apart in three steps of 3–18 ms each (locale data, number data, date
 * data; `npm run trace` shows the tasks), each run here in a task of its own: the bundle does at start-up,
 * `loadFeed` while the request is out. Validation (zone names) and rendering then find it paid, and no
 * task of theirs is long for it (docs/performance.md). Once per page.
 */
const WARM_UP = [
  () => new Intl.Locale('en').maximize(),
  () => new Intl.NumberFormat('en').format(1),
  () => new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(0),
];
let warming: Promise<void> | undefined;
export const warmUpIntl = (): Promise<void> =>
  (warming ??= (async () => {
    for (const step of WARM_UP) {
      await new Promise((resolve) => setTimeout(resolve));
      step();
    }
  })());

/** The validated feed for a parsed document, validated (or `computed`) once and reported once. */
function useDocument(json: unknown, url: string | undefined, where?: string, computed?: LoadedFeed | FeedError): LoadedFeed {
  const key = typeof json === 'object' && json !== null ? json : undefined;
  const cached = key && validated.get(key);
  if (cached instanceof FeedError) throw cached;
  if (cached) return cached;
  let result = computed;
  if (!result) {
    try {
      const { feed, problems } = validateFeed(json, { url });
      result = { url, feed, problems };
    } catch (e) {
      result = toFeedError(e, url);
    }
  }
  if (key) validated.set(key, result);
  report(key, result, url ?? where ?? 'The inline feed');
  if (result instanceof FeedError) throw result;
  return result;
}

/** One console line per problem, once per document per page, whichever bundle copy validates first. */
function report(key: object | undefined, result: LoadedFeed | FeedError, where: string): void {
  if (result instanceof FeedError || result.problems.length === 0) return;
  const reported = registry().reported;
  if (key) {
    if (reported.has(key)) return;
    reported.add(key);
  }
  for (const p of result.problems) console.warn(`[lectern] ${where}: ${p.path} ${p.message}`);
}
