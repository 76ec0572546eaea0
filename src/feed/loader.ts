/**
 * Loading a feed: one request per absolute URL per page, shared by every element and by every copy of
 * the bundle on the page (the registry hangs off a `Symbol.for` global, and holds only plain data).
 *
 * A load has a timeout (default 10 s), a size cap (default 5 MB), a content-type check and a JSON
 * parse; validation happens afterwards, in each bundle copy, with that copy's schema. A successful
 * document stays in the registry for the page's lifetime, so widgets added later cost no request;
 * a failed one is forgotten, so a retry asks again.
 */
import { FeedError, toFeedError } from './errors.js';
import { readLastGood, saveLastGood } from './last-good.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_DEADLINE_MS = 25_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  /** Give up after this many milliseconds (default 10 000). */
  timeout?: number;
  /** Refuse bodies larger than this many bytes (default 5 MB). */
  maxBytes?: number;
  /** Aborting this releases the caller; the request itself stops when no caller is left. */
  signal?: AbortSignal;
  /** Ignore a document already loaded on this page and ask the server again. */
  fresh?: boolean;
  /** Retries after network errors, timeouts, 408, 429 and 5xx (default 2). */
  retries?: number;
  /** First wait between attempts in ms, doubled each time, with jitter (default 1000). */
  retryDelay?: number;
  /** Give up, retries included, after this many ms (default 25 000, so 30 s is never reached). */
  deadline?: number;
}

/** What the shared registry hands out: plain data, readable by any bundle copy. */
export interface LoadedDocument {
  /** The absolute URL that was requested. */
  url: string;
  /** The parsed JSON, not yet validated. Treat as read-only: other widgets share it. */
  json: unknown;
  /** True when the network failed and this is the last good copy kept from an earlier visit. */
  stale?: boolean;
}

interface Entry {
  promise: Promise<LoadedDocument>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

interface Registry {
  entries: Map<string, Entry>;
  /** Documents whose problems were already reported to the console, so each is reported once. */
  reported: WeakSet<object>;
  /** Requests actually sent, for diagnostics and tests. */
  sent: number;
}

const REGISTRY_KEY = Symbol.for('lectern.loader.v1');
// Captured at load: a host script that later wraps or replaces fetch does not get to see our requests.
const nativeFetch: typeof fetch = globalThis.fetch.bind(globalThis);

/** @internal The page-wide registry shared by every copy of the bundle. */
export function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[REGISTRY_KEY] ??= { entries: new Map(), reported: new WeakSet(), sent: 0 });
}

/** Resolves a feed address against the page, as `fetch` would. */
export function resolveFeedUrl(src: string): string {
  return new URL(src, typeof document === 'undefined' ? undefined : document.baseURI).href;
}

/**
 * Loads the JSON document at `src`. Rejects with a `FeedError` (kinds `network`, `timeout`, `http`,
 * `parse`, `too-large`), or with the signal's reason when the caller aborts.
 */
export function loadDocument(src: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  let url: string;
  try {
    url = resolveFeedUrl(src);
  } catch {
    return Promise.reject(new FeedError('network', `"${src}" is not a URL a feed can be loaded from`, src));
  }
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const reg = registry();
  let entry = reg.entries.get(url);
  // A fresh load joins a request still under way: aborting it would fail every other widget waiting on it.
  if (!entry || (options.fresh && entry.settled)) {
    entry = start(url, options);
    reg.entries.set(url, entry);
  }
  const shared = entry;
  shared.users++;
  return new Promise<LoadedDocument>((resolve, reject) => {
    let done = false;
    const onAbort = () => {
      if (done) return;
      done = true;
      release(url, shared);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (doc) => {
        if (done) return;
        done = true;
        signal?.removeEventListener('abort', onAbort);
        resolve(doc);
      },
      (error: unknown) => {
        if (done) return;
        done = true;
        signal?.removeEventListener('abort', onAbort);
        reject(toFeedError(error, url));
      },
    );
  });
}

function release(url: string, entry: Entry): void {
  entry.users--;
  if (entry.users <= 0 && !entry.settled) {
    entry.controller.abort(new DOMException('No widget needs this feed any more', 'AbortError'));
    const reg = registry();
    if (reg.entries.get(url) === entry) reg.entries.delete(url);
  }
}

function start(url: string, options: LoadOptions): Entry {
  const controller = new AbortController();
  const entry: Entry = { controller, users: 0, settled: false, promise: undefined as unknown as Promise<LoadedDocument> };
  entry.promise = withRetries(url, controller.signal, options).then(
    (doc) => {
      entry.settled = true;
      return doc;
    },
    (error: unknown) => {
      entry.settled = true;
      // Forget failures so that a retry (or a widget added later) asks again.
      const reg = registry();
      if (reg.entries.get(url) === entry) reg.entries.delete(url);
      throw error;
    },
  );
  // Nobody may be listening when a request that every caller abandoned fails: no unhandled rejection.
  entry.promise.catch(() => undefined);
  return entry;
}

/**
 * Attempts with backoff (TanStack Query's `min(1000 · 2^n, 30 s)`, with jitter, or the server's
 * `Retry-After`), only for failures that another try can cure, all within one deadline. When every
 * attempt fails for such a reason, the last good copy (if any) is served, marked stale.
 */
async function withRetries(url: string, cancel: AbortSignal, options: LoadOptions): Promise<LoadedDocument> {
  let timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  if (!(timeout > 0 && timeout < 2 ** 31)) {
    console.warn(`[lectern] ${url}: timeout ${timeout} is not a time in ms; using ${DEFAULT_TIMEOUT_MS / 1000} s`);
    timeout = DEFAULT_TIMEOUT_MS;
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const retries = options.retries ?? 2;
  const firstDelay = options.retryDelay ?? 1000;
  const began = Date.now();
  const giveUpAt = began + (options.deadline ?? DEFAULT_DEADLINE_MS);
  for (let attempt = 0; ; attempt++) {
    const left = giveUpAt - Date.now();
    try {
      const { json, text, final } = await request(url, cancel, Math.min(timeout, Math.max(left, 1)), maxBytes);
      saveLastGood(url, text);
      // Relative URLs in the feed resolve against where it was found, after any redirects.
      return { url: final, json };
    } catch (e) {
      if (cancel.aborted) throw e;
      let error = toFeedError(e, url);
      // The message names the whole wait, every try included, not the last try's share of it.
      if (error.kind === 'timeout' && attempt)
        error = new FeedError('timeout', `${url} did not answer in ${seconds(Date.now() - began)} (${attempt + 1} tries)`, url);
      const again = retryable(error);
      const wait = (error as RetryHint).retryAfter ?? Math.min(firstDelay * 2 ** attempt, 30_000) * (0.5 + Math.random() / 2);
      if (again && attempt < retries && Date.now() + wait < giveUpAt - 50) {
        await sleep(wait, cancel);
        continue;
      }
      const kept = again ? readLastGood(url) : undefined;
      if (kept !== undefined) {
        console.warn(`[lectern] ${error.message}; showing the copy kept from an earlier visit`);
        return { url, json: kept, stale: true };
      }
      throw error;
    }
  }
}

interface RetryHint {
  retryAfter?: number;
}

/** Network errors, timeouts, 408, 429 and 5xx may pass on another try; nothing else will. */
function retryable(e: FeedError): boolean {
  if (e.kind === 'network' || e.kind === 'timeout') return true;
  return e.kind === 'http' && (e.status === 408 || e.status === 429 || (e.status !== undefined && e.status >= 500));
}

function sleep(ms: number, cancel: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    cancel.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(cancel.reason);
      },
      { once: true },
    );
  });
}

/** `Retry-After` in ms (seconds or an HTTP date), if the server sent one. */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  const ms = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

type Attempt = Promise<{ json: unknown; text: string; final: string }>;

/**
 * One try, ended by `timeout` whatever the engine does: the timer aborts the request and also settles
 * the try itself, so a fetch that stays pending after its abort (WebKit, under load, has kept a
 * loader test waiting past its 1.5 s deadline) cannot hold the widget in its pending state.
 */
function request(url: string, cancel: AbortSignal, timeout: number, maxBytes: number): Attempt {
  const timer = new AbortController();
  let id: ReturnType<typeof setTimeout>;
  return Promise.race([
    // AbortSignal.any: every supported browser has it (README, "Browser support").
    attempt(url, AbortSignal.any([cancel, timer.signal]), cancel, maxBytes),
    new Promise<never>((_, reject) => {
      id = setTimeout(() => {
        // Settled first, so the race ends in a timeout, not in the abort's own rejection.
        reject(new FeedError('timeout', `${url} did not answer within ${seconds(timeout)}`, url));
        timer.abort();
      }, timeout);
    }),
  ]).finally(() => clearTimeout(id));
}

async function attempt(url: string, signal: AbortSignal, cancel: AbortSignal, maxBytes: number): Attempt {
  const fail = (error: unknown): never => {
    if (cancel.aborted) throw cancel.reason;
    if (error instanceof FeedError) throw error;
    const why =
      typeof location === 'undefined'
        ? 'the network failed or the host is unknown'
        : `the network failed, or the server does not allow cross-origin requests from ${location.origin} (CORS)`;
    throw new FeedError('network', `${url} could not be reached: ${why}`, url);
  };
  registry().sent++;
  let response: Response;
  try {
    response = await nativeFetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/feed+json, application/json;q=0.9' } });
  } catch (e) {
    return fail(e);
  }
  if (!response.ok) {
    response.body?.cancel().catch(() => undefined);
    const error = new FeedError(
      'http',
      `${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      url,
      response.status,
    );
    throw Object.assign(error, { retryAfter: retryAfter(response) });
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== '' && !/json/.test(type) && type !== 'text/plain') {
    response.body?.cancel().catch(() => undefined);
    throw new FeedError(
      'parse',
      `${url} answered with ${type}, not JSON (is the address right, or is it a login or error page?)`,
      url,
      response.status,
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    response.body?.cancel().catch(() => undefined);
    throw new FeedError('too-large', `${url} is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`, url, response.status);
  }
  let text: string;
  try {
    text = await readText(response, maxBytes, url);
  } catch (e) {
    return fail(e);
  }
  try {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return { json: JSON.parse(clean), text: clean, final: response.url || url };
  } catch (e) {
    throw new FeedError('parse', `${url} is not valid JSON (${e instanceof Error ? e.message : 'unreadable'})`, url, response.status);
  }
}

/** Reads the body, counting bytes as they arrive, so an oversized body is refused without buffering it. */
async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw new FeedError('too-large', `${url} is over the ${formatBytes(maxBytes)} limit`, url, response.status);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`;
}
