import { expect } from '@open-wc/testing';
import { loadDocument, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES } from '../../src/feed/loader.js';
import { readLastGood, saveLastGood } from '../../src/feed/last-good.js';
import { feedUrl, requestCount, uniqueKey } from '../helpers.js';

async function failure(p: Promise<unknown>): Promise<{ kind?: string; message?: string; name?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { kind?: string; message?: string };
  }
  throw new Error('expected the load to fail');
}

describe('loadDocument', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_TIMEOUT_MS).to.equal(10_000);
    expect(DEFAULT_MAX_BYTES).to.equal(5 * 1024 * 1024);
  });

  it('refuses a body over the size cap when the server declares its length', async () => {
    const e = await failure(loadDocument(feedUrl({ key: uniqueKey('big'), pad: 4000 }), { maxBytes: 2000 }));
    expect(e.kind).to.equal('too-large');
    expect(e.message).to.match(/is \d+ KB, over the 2 KB limit$/);
  });

  it('refuses a streamed body (no Content-Length) once it passes the cap', async () => {
    const e = await failure(loadDocument(feedUrl({ key: uniqueKey('big-chunked'), pad: 4000, chunked: 1 }), { maxBytes: 2000 }));
    expect(e.kind).to.equal('too-large');
    expect(e.message).to.contain('over the 2 KB limit');
  });

  it('shares one request between concurrent callers, and a caller that aborts does not cancel the others', async () => {
    const key = uniqueKey('share');
    const src = feedUrl({ key, delay: 200 });
    const quitter = new AbortController();
    const a = loadDocument(src, { signal: quitter.signal });
    const b = loadDocument(src);
    quitter.abort();
    const aborted = await failure(a);
    expect(aborted.name).to.equal('AbortError');
    const doc = await b;
    expect((doc.json as { title: string }).title).to.equal('RUSI events (sample feed)');
    expect(await requestCount(key)).to.equal(1);
  });

  it('forgets a failure so that a retry asks again', async () => {
    const key = uniqueKey('retry');
    const src = feedUrl({ key, status: 503 });
    expect((await failure(loadDocument(src, { retries: 0 }))).kind).to.equal('http');
    expect((await failure(loadDocument(src, { retries: 0 }))).kind).to.equal('http');
    expect(await requestCount(key)).to.equal(2);
  });

  it('reports an address it cannot request as a network error', async () => {
    const e = await failure(loadDocument('http://[broken'));
    expect(e.kind).to.equal('network');
  });
});

describe('loadDocument: aborting', () => {
  it('lets a caller abort', async () => {
    const c = new AbortController();
    const p = loadDocument(feedUrl({ key: uniqueKey('abort'), delay: 500 }), { signal: c.signal });
    c.abort();
    expect((await failure(p)).name).to.equal('AbortError');
  });
});

describe('loadDocument: retries and the last good copy', () => {
  const quick = { retryDelay: 30 };

  it('retries a 503 with backoff and succeeds', async () => {
    const key = uniqueKey('retry-503');
    const doc = await loadDocument(feedUrl({ key, failFirst: 2 }), quick);
    expect((doc.json as { title: string }).title).to.equal('RUSI events (sample feed)');
    expect(doc.stale).to.equal(undefined);
    expect(await requestCount(key)).to.equal(3);
  });

  it('retries 408 and 429, honouring Retry-After', async () => {
    for (const status of [408, 429]) {
      const key = uniqueKey(`retry-${status}`);
      const started = Date.now();
      await loadDocument(feedUrl({ key, failFirst: 1, status, retryAfter: 1 }), quick);
      expect(await requestCount(key)).to.equal(2);
      if (status === 429) expect(Date.now() - started).to.be.at.least(900);
    }
  });

  it('does not retry a 404 or a body that is not JSON', async () => {
    const notFound = uniqueKey('no-retry-404');
    expect((await failure(loadDocument(feedUrl({ key: notFound, status: 404 }), quick))).kind).to.equal('http');
    expect(await requestCount(notFound)).to.equal(1);
    const html = uniqueKey('no-retry-html');
    expect((await failure(loadDocument(feedUrl({ key: html, type: 'text/html' }), quick))).kind).to.equal('parse');
    expect(await requestCount(html)).to.equal(1);
  });

  it('ends an endpoint that never answers in a timeout within its deadline, retries included', async () => {
    const key = uniqueKey('hang');
    const started = Date.now();
    const e = await failure(loadDocument(feedUrl({ key, hang: 1 }), { timeout: 400, deadline: 1500, retryDelay: 50 }));
    expect(e.kind).to.equal('timeout');
    expect(Date.now() - started).to.be.below(1800);
    expect(await requestCount(key)).to.be.at.least(2);
  });

  it('ends a try at its timeout even when the engine’s fetch stays pending after the abort', async () => {
    // A copy of the loader that captured a fetch which never settles, whatever its signal does.
    const real = globalThis.fetch;
    globalThis.fetch = () => new Promise<never>(() => {});
    let loader: typeof import('../../src/feed/loader.js');
    try {
      loader = (await import(/* @vite-ignore */ `${'/src/feed/loader.ts'}?never-settles`)) as typeof loader;
    } finally {
      globalThis.fetch = real;
    }
    const e = await failure(loader.loadDocument(feedUrl({ key: uniqueKey('never-settles') }), { timeout: 100, retries: 1, retryDelay: 10 }));
    expect(e.kind).to.equal('timeout');
    expect(e.message).to.match(/did not answer in \d+(\.\d)? s \(2 tries\)$/);
  });

  it('keeps the deadline under 30 s by default', async () => {
    const { DEFAULT_DEADLINE_MS } = await import('../../src/feed/loader.js');
    expect(DEFAULT_DEADLINE_MS + 1000).to.be.below(30_000);
  });

  it('serves the last good copy, marked stale, when the same feed fails later', async () => {
    const key = uniqueKey('stale');
    const src = feedUrl({ key, failAfter: 1 });
    const good = await loadDocument(src, { ...quick, fresh: true });
    expect(good.stale).to.equal(undefined);
    const kept = await loadDocument(src, { ...quick, fresh: true });
    expect(kept.stale).to.equal(true);
    expect(kept.json).to.deep.equal(good.json);
    expect(await requestCount(key)).to.equal(4); // one good, then three failed attempts
  });

  it('has no copy to serve for a feed never loaded: the error stands', async () => {
    const e = await failure(loadDocument(feedUrl({ key: uniqueKey('no-copy'), status: 503 }), quick));
    expect(e.kind).to.equal('http');
  });

  it('keeps at most four copies, the newest replacing the old', () => {
    for (let i = 0; i < 10; i++) saveLastGood(`https://example.org/feed-${i}.json`, JSON.stringify({ n: i }));
    saveLastGood('https://example.org/feed-9.json', JSON.stringify({ n: 'newer' }));
    expect(readLastGood('https://example.org/feed-9.json')).to.deep.equal({ n: 'newer' });
    for (let i = 0; i < 6; i++) expect(readLastGood(`https://example.org/feed-${i}.json`), `feed-${i}`).to.equal(undefined);
    for (let i = 6; i < 9; i++) expect(readLastGood(`https://example.org/feed-${i}.json`), `feed-${i}`).to.deep.equal({ n: i });
  });

  it('keeps at most 512 K characters in all, the least recently used going first', () => {
    localStorage.clear();
    const big = (n: number) => JSON.stringify({ n, pad: 'x'.repeat(200 * 1024) });
    saveLastGood('https://example.org/a.json', big(1));
    saveLastGood('https://example.org/b.json', big(2));
    // Reading a makes b the least recently used: the third big copy pushes b out, not a.
    expect(readLastGood('https://example.org/a.json')).to.have.property('n', 1);
    saveLastGood('https://example.org/c.json', big(3));
    expect(readLastGood('https://example.org/b.json')).to.equal(undefined);
    expect(readLastGood('https://example.org/a.json')).to.have.property('n', 1);
    expect(readLastGood('https://example.org/c.json')).to.have.property('n', 3);
    const used = Object.keys(localStorage).reduce((sum, k) => sum + k.length + localStorage.getItem(k)!.length, 0);
    expect(used).to.be.below(512 * 1024 + 1024);
  });

  it('keeps no copy of a feed over the whole cap, and drops the older copy of that feed', () => {
    localStorage.clear();
    saveLastGood('https://example.org/huge.json', JSON.stringify({ n: 'small' }));
    saveLastGood('https://example.org/huge.json', JSON.stringify({ pad: 'x'.repeat(600 * 1024) }));
    expect(readLastGood('https://example.org/huge.json')).to.equal(undefined);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lectern:'))).to.deep.equal(['lectern:v2:feeds']);
  });

  it('removes the copies an older version kept (eight feeds, 4 M characters) the first time it saves', () => {
    localStorage.clear();
    localStorage.setItem('lectern:v1:feeds', JSON.stringify(['https://example.org/old.json']));
    localStorage.setItem('lectern:v1:feed:https://example.org/old.json', '{"old":true}');
    saveLastGood('https://example.org/new.json', '{"new":true}');
    expect(localStorage.getItem('lectern:v1:feeds')).to.equal(null);
    expect(localStorage.getItem('lectern:v1:feed:https://example.org/old.json')).to.equal(null);
  });

  it('loads normally when storage throws (private mode, quota full)', async () => {
    const { setItem, getItem } = Storage.prototype;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const doc = await loadDocument(feedUrl({ key: uniqueKey('storage-throws') }), { ...quick, fresh: true });
      expect((doc.json as { title: string }).title).to.equal('RUSI events (sample feed)');
      expect((await failure(loadDocument(feedUrl({ key: uniqueKey('storage-throws-fail'), status: 500 }), quick))).kind).to.equal('http');
    } finally {
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    }
  });
});

describe('loadDocument: hardening', () => {
  const quick = { timeout: 2000, retries: 0 } as const;

  it('reports the final URL after redirects (relative URLs resolve against it)', async () => {
    const doc = await loadDocument(`/api/redirect?to=${encodeURIComponent('/test/fixtures/relative/feed.json')}`, quick);
    expect(doc.url).to.equal(new URL('/test/fixtures/relative/feed.json', location.href).href);
  });

  it('a fresh load joins a request still under way instead of aborting it for everyone else', async () => {
    const key = uniqueKey('shared-refresh');
    const src = feedUrl({ key, delay: 400 });
    const first = loadDocument(src, quick);
    const refreshed = loadDocument(src, { ...quick, fresh: true });
    const [a, b] = await Promise.all([first, refreshed]);
    expect(a.json).to.deep.equal(b.json);
    expect(await requestCount(key)).to.equal(1);
    // Once settled, a fresh load asks again.
    await loadDocument(src, { ...quick, fresh: true });
    expect(await requestCount(key)).to.equal(2);
  });

  for (const timeout of [Number.NaN, 0, -1, Infinity]) {
    it(`timeout ${timeout}: waits the default, with a warning, and loads`, async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const doc = await loadDocument(feedUrl({ key: uniqueKey('timeout-junk') }), { timeout, retries: 0 });
        expect(doc.json).to.have.property('items');
      } finally {
        console.warn = warn;
      }
      expect(warnings.join('\n')).to.contain(`timeout ${timeout} is not a time in ms; using 10 s`);
    });
  }

  it('after several tries, the timeout message names the whole wait, not the last try', async () => {
    const e = await failure(loadDocument(feedUrl({ key: uniqueKey('hang-msg'), hang: 1 }), { timeout: 400, deadline: 1500, retryDelay: 50 }));
    expect(e.kind).to.equal('timeout');
    expect(e.message).to.match(/did not answer in 1\.\d s \([23] tries\)$/);
    expect(e.message).not.to.contain('0.4 s');
  });
});
