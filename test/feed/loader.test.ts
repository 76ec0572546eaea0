import { expect } from '@open-wc/testing';
import { loadDocument, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES } from '../../src/feed/loader.js';
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
    expect((await failure(loadDocument(src))).kind).to.equal('http');
    expect((await failure(loadDocument(src))).kind).to.equal('http');
    expect(await requestCount(key)).to.equal(2);
  });

  it('reports an address it cannot request as a network error', async () => {
    const e = await failure(loadDocument('http://[broken'));
    expect(e.kind).to.equal('network');
  });
});

describe('loadDocument in browsers without AbortSignal.any / AbortSignal.timeout', () => {
  const { any, timeout } = AbortSignal;
  beforeEach(() => {
    (AbortSignal as { any?: unknown }).any = undefined;
    (AbortSignal as { timeout?: unknown }).timeout = undefined;
  });
  afterEach(() => {
    AbortSignal.any = any;
    AbortSignal.timeout = timeout;
  });

  it('still times out, and still loads', async () => {
    const e = await failure(loadDocument(feedUrl({ key: uniqueKey('no-any-timeout'), delay: 2000 }), { timeout: 150 }));
    expect(e.kind).to.equal('timeout');
    const doc = await loadDocument(feedUrl({ key: uniqueKey('no-any-ok') }));
    expect((doc.json as { title: string }).title).to.equal('RUSI events (sample feed)');
  });

  it('still lets a caller abort', async () => {
    const c = new AbortController();
    const p = loadDocument(feedUrl({ key: uniqueKey('no-any-abort'), delay: 500 }), { signal: c.signal });
    c.abort();
    expect((await failure(p)).name).to.equal('AbortError');
  });
});
