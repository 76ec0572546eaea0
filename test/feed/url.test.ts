import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { absoluteUrl, isAllowedUrl, safeUrl } from '../../src/feed/url.js';

const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/** What the browser would do with the value in an href: resolve it against the page. */
function resolved(r: string): URL {
  return new URL(r, location.href);
}

/** Asserts that `r` is usable: an allowed protocol, no credentials, also when set on a real `<a>`. */
function expectHarmless(r: string): void {
  const u = resolved(r);
  expect(ALLOWED.has(u.protocol), `${JSON.stringify(r)} resolves to ${u.protocol}`).to.equal(true);
  expect(u.username, `username in ${JSON.stringify(r)}`).to.equal('');
  expect(u.password, `password in ${JSON.stringify(r)}`).to.equal('');
  const a = document.createElement('a');
  a.href = r;
  expect(a.protocol).not.to.equal('javascript:');
  expect(ALLOWED.has(a.protocol), `<a href=${JSON.stringify(r)}> has protocol ${a.protocol}`).to.equal(true);
}

/** Every C0 control plus space: what the URL parser strips from both ends. */
const C0_AND_SPACE = Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(i));

describe('safeUrl: the URL allow-list', () => {
  describe('rejects dangerous schemes, however they are disguised', () => {
    const rejected: Array<[string, string]> = [
      ['plain javascript:', 'javascript:alert(1)'],
      ['upper case', 'JAVASCRIPT:alert(1)'],
      ['mixed case', 'JaVaScRiPt:alert(1)'],
      ['leading space', ' javascript:alert(1)'],
      ['leading spaces and trailing spaces', '   javascript:alert(1)   '],
      ['leading NUL', '\u0000javascript:alert(1)'],
      ['leading unit separator', '\u001Fjavascript:alert(1)'],
      ['leading form feed and vertical tab', '\f\vjavascript:alert(1)'],
      ['leading mix of C0 controls', '\u0001\u0002\u0003 \u0010javascript:alert(1)'],
      ['tab inside the scheme', 'java\tscript:alert(1)'],
      ['newline inside the scheme', 'java\nscript:alert(1)'],
      ['carriage return inside the scheme', 'java\rscript:alert(1)'],
      ['CRLF inside the scheme and before the colon', 'j\r\na\tv\na\rscript\t:alert(1)'],
      ['tab and case mixing together', '\t JaV\tA\nsCrIpT:alert(1)'],
      ['javascript: with slashes', 'javascript://example.org/%0Aalert(1)'],
      ['vbscript:', 'vbscript:msgbox(1)'],
      ['VBScript: mixed case', 'VBScript:msgbox(1)'],
      ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
      ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
      ['data: image (still not on the list)', 'data:image/png;base64,iVBORw0KGgo='],
      ['file:', 'file:///etc/passwd'],
      ['blob:', 'blob:https://example.org/0b3f6b4c-1a5c-4c43-9c33-3c0d0b3e2f00'],
      ['about:', 'about:blank'],
      ['ftp:', 'ftp://example.org/file'],
      ['ws:', 'wss://example.org/socket'],
      ['chrome:', 'chrome://settings'],
      ['unknown scheme', 'x-custom:anything'],
      ['tel: (not on the list)', 'tel:+441234567890'],
      ['credentials', 'https://user:pass@example.org/'],
      ['user name only', 'https://user@example.org/'],
      ['password only', 'https://:pass@example.org/'],
      ['credentials on http', 'http://admin:admin@192.168.0.1/'],
      ['credentials after a leading space', ' https://user:pass@example.org/'],
      ['credentials in a scheme-relative URL', '//user:pass@evil.example/'],
      ['credentials behind backslashes', '\\\\user:pass@evil.example/'],
      ['empty string', ''],
      ['only spaces', '     '],
      ['only C0 controls', '\u0000\u0001\t\n\r\u001F'],
      ['an unparseable absolute URL', 'https://[::1/'],
      ['a forbidden host code point', 'https://exa<mple.org/'],
      ['an empty host', 'https://'],
      ['a bad port', 'https://example.org:99999/'],
    ];
    for (const [name, raw] of rejected) {
      it(`${name}: ${JSON.stringify(raw)}`, () => {
        expect(safeUrl(raw)).to.equal(undefined);
        expect(isAllowedUrl(raw)).to.equal(false);
        expect(absoluteUrl(raw, 'https://example.org/feed.json')).to.equal(undefined);
      });
    }

    it('every single C0 control or space in front of javascript: is rejected', () => {
      for (const c of C0_AND_SPACE) {
        expect(safeUrl(`${c}javascript:alert(1)`), `prefix U+${c.charCodeAt(0).toString(16)}`).to.equal(undefined);
        expect(safeUrl(`${c}${c}JavaScript:alert(1)${c}`), `wrapped in U+${c.charCodeAt(0).toString(16)}`).to.equal(undefined);
      }
    });

    it('a tab, newline or carriage return at every position of "javascript:" is rejected', () => {
      const word = 'javascript:';
      for (const ws of ['\t', '\n', '\r']) {
        for (let i = 0; i <= word.length; i++) {
          const raw = `${word.slice(0, i)}${ws}${word.slice(i)}alert(1)`;
          expect(safeUrl(raw), JSON.stringify(raw)).to.equal(undefined);
        }
      }
    });
  });

  describe('non-strings', () => {
    for (const value of [undefined, null, 0, 1, true, {}, [], ['https://example.org/'], { href: 'https://example.org/' }]) {
      it(`rejects ${JSON.stringify(value) ?? String(value)}`, () => {
        expect(safeUrl(value)).to.equal(undefined);
        expect(isAllowedUrl(value)).to.equal(false);
        expect(absoluteUrl(value)).to.equal(undefined);
      });
    }
    it('rejects a URL object (only strings are feed values)', () => {
      expect(safeUrl(new URL('https://example.org/'))).to.equal(undefined);
    });
  });

  describe('harmless look-alikes stay relative', () => {
    for (const raw of [
      'javascript&colon;alert(1)',
      '%6Aavascript:alert(1)',
      'javascript%3Aalert(1)',
      '&#106;avascript:alert(1)',
      '1javascript:alert(1)',
    ]) {
      it(JSON.stringify(raw), () => {
        const r = safeUrl(raw);
        expect(r).to.equal(raw);
        const u = resolved(r!);
        expect(u.protocol).to.equal(location.protocol);
        expect(u.host).to.equal(location.host);
        expectHarmless(r!);
      });
    }
  });

  describe('absolute-in-disguise references come back in absolute form', () => {
    it('scheme-relative //evil.example', () => {
      const r = safeUrl('//evil.example/path');
      expect(r).to.equal(new URL('//evil.example/path', location.href).href);
      expect(new URL(r!).hostname).to.equal('evil.example');
      expectHarmless(r!);
    });

    it('backslashes \\\\evil.example (special schemes read \\ as /)', () => {
      const r = safeUrl('\\\\evil.example/path');
      expect(r).to.equal(new URL('\\\\evil.example/path', location.href).href);
      expect(new URL(r!).hostname).to.equal('evil.example');
      expectHarmless(r!);
    });

    for (const raw of ['/\\evil.example/path', '\\/evil.example/path', ' //evil.example/path', '/\t/evil.example/path', '\t\\\\evil.example']) {
      it(`mixed slashes and stripped characters: ${JSON.stringify(raw)}`, () => {
        const r = safeUrl(raw);
        expect(r).to.be.a('string');
        // Returned as written, it would resolve to another host while looking like a path of this one.
        expect(new URL(r!).hostname).to.equal('evil.example');
        expectHarmless(r!);
      });
    }

    it('scheme-relative with an explicit base takes the base’s scheme', () => {
      expect(safeUrl('//cdn.example/a.png', 'https://example.org/feed.json')).to.equal('https://cdn.example/a.png');
    });

    it('http: without slashes is normalised (another scheme than the base: absolute)', () => {
      expect(safeUrl('http:evil.example', 'https://example.org/')).to.equal('http://evil.example/');
    });

    it('http: without slashes on an http: page is a path of the page, returned resolved', () => {
      expect(safeUrl('http:evil.example', 'http://example.org/a/')).to.equal('http://example.org/a/evil.example');
    });
  });

  describe('allows', () => {
    const allowed: Array<[string, string, string]> = [
      ['https', 'https://example.org/events?id=1#top', 'https://example.org/events?id=1#top'],
      ['http', 'http://example.org/', 'http://example.org/'],
      ['upper-case scheme and host (normalised)', 'HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
      ['surrounding spaces trimmed', '  https://example.org/  ', 'https://example.org/'],
      ['surrounding C0 controls trimmed', '\u0000\u001Fhttps://example.org/\u0007', 'https://example.org/'],
      ['a newline inside removed', 'https://exam\nple.org/', 'https://example.org/'],
      ['mailto', 'mailto:events@example.org', 'mailto:events@example.org'],
      ['mailto with a query', 'mailto:events@example.org?subject=Hello%20there', 'mailto:events@example.org?subject=Hello%20there'],
      ['an empty user info is not a credential', 'https://@example.org/', 'https://example.org/'],
      ['root-relative path', '/path/to/page', '/path/to/page'],
      ['document-relative path', 'page.html', 'page.html'],
      ['parent path', '../up/page.html', '../up/page.html'],
      ['fragment', '#frag', '#frag'],
      ['query', '?q=1', '?q=1'],
      ['a colon after the first slash is a path', 'a/b:c', 'a/b:c'],
      ['IDN host', 'https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ];
    for (const [name, raw, expected] of allowed) {
      it(`${name}: ${JSON.stringify(raw)}`, () => {
        expect(safeUrl(raw)).to.equal(expected);
        expect(isAllowedUrl(raw)).to.equal(true);
        expectHarmless(safeUrl(raw)!);
      });
    }
  });

  describe('absoluteUrl', () => {
    const base = 'https://example.org/feeds/events.json';
    it('resolves relative references against the base', () => {
      expect(absoluteUrl('page.html', base)).to.equal('https://example.org/feeds/page.html');
      expect(absoluteUrl('/root', base)).to.equal('https://example.org/root');
      expect(absoluteUrl('#frag', base)).to.equal('https://example.org/feeds/events.json#frag');
      expect(absoluteUrl('?q=1', base)).to.equal('https://example.org/feeds/events.json?q=1');
    });
    it('keeps absolute URLs', () => {
      expect(absoluteUrl('https://other.example/x', base)).to.equal('https://other.example/x');
      expect(absoluteUrl('mailto:a@example.org', base)).to.equal('mailto:a@example.org');
    });
    it('without a base, resolves against the page', () => {
      expect(absoluteUrl('page.html')).to.equal(new URL('page.html', document.baseURI).href);
    });
    it('rejects what safeUrl rejects', () => {
      expect(absoluteUrl('javascript:alert(1)', base)).to.equal(undefined);
      expect(absoluteUrl('https://u:p@example.org/', base)).to.equal(undefined);
    });
  });

  describe('very long strings', () => {
    it('rejects a URL longer than the limit, quickly', () => {
      const long = `https://example.org/${'a'.repeat(100_000)}`;
      const t0 = performance.now();
      expect(safeUrl(long)).to.equal(undefined);
      expect(performance.now() - t0).to.be.below(500);
    });
    it('accepts a long but reasonable URL', () => {
      const url = `https://example.org/${'a'.repeat(4000)}`;
      expect(safeUrl(url)).to.equal(url);
    });
    it('a million leading spaces before javascript: is still rejected, quickly', () => {
      const t0 = performance.now();
      expect(safeUrl(`${' '.repeat(1_000_000)}javascript:alert(1)`)).to.equal(undefined);
      expect(safeUrl(`${'\t'.repeat(100_000)}javascript:alert(1)`)).to.equal(undefined);
      expect(performance.now() - t0).to.be.below(1000);
    });
  });

  describe('properties', () => {
    /** Strings that are likely to hit the interesting corners of the URL parser. */
    const urlish = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({
        unit: fc.constantFrom(...'javscriptJAVSCRIPThtpsmailto:/\\@#?%.&; \t\n\r\u0000\u0001\u001F\u007F\u00A0\u2028:xX0123'.split('')),
        maxLength: 40,
      }),
      fc
        .tuple(
          fc.constantFrom(
            '',
            ' ',
            '\t',
            '\u0000',
            '//',
            '\\\\',
            '/\\',
            'https:',
            'http:',
            'mailto:',
            'javascript:',
            'data:',
            'file:',
            'vbscript:',
            'HTTPS://',
            'http://',
          ),
          fc.constantFrom('', 'user@', 'user:pass@', ':@', ':pass@', '@'),
          fc.string({ maxLength: 20 }),
        )
        .map(([a, b, c]) => a + b + c),
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
    );

    it('(a) whatever it returns resolves to https:, http: or mailto: without credentials', () => {
      fc.assert(
        fc.property(urlish, (s) => {
          const r = safeUrl(s);
          if (r === undefined) return;
          expectHarmless(r);
        }),
        { numRuns: 300 },
      );
    });

    it('(a′) a returned relative reference stays on the page’s own origin', () => {
      fc.assert(
        fc.property(urlish, (s) => {
          const r = safeUrl(s);
          if (r === undefined || /^[a-z][a-z0-9+.-]*:/i.test(r)) return;
          expect(resolved(r).origin, JSON.stringify(r)).to.equal(location.origin);
        }),
        { numRuns: 300 },
      );
    });

    it('(a″) the output is stable: feeding it back in gives the same answer', () => {
      fc.assert(
        fc.property(urlish, (s) => {
          const r = safeUrl(s);
          if (r !== undefined) expect(safeUrl(r)).to.equal(r);
        }),
        { numRuns: 300 },
      );
    });

    const controlPrefix = fc.string({ unit: fc.constantFrom(...C0_AND_SPACE), maxLength: 8 });
    const disguisedJavascript = fc
      .tuple(
        fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
        fc.array(fc.string({ unit: fc.constantFrom('\t', '\n', '\r'), maxLength: 2 }), { minLength: 12, maxLength: 12 }),
      )
      .map(([upper, inserts]) => {
        const word = 'javascript:';
        let out = inserts[0]!;
        for (let i = 0; i < word.length; i++) {
          const c = word[i]!;
          out += (upper[i] ? c.toUpperCase() : c) + inserts[i + 1]!;
        }
        return out;
      });

    it('(b) C0/space prefix + case mixing + tab/newline insertion of "javascript:" is always rejected', () => {
      fc.assert(
        fc.property(controlPrefix, disguisedJavascript, fc.string({ maxLength: 30 }), (prefix, js, rest) => {
          const raw = prefix + js + rest;
          expect(safeUrl(raw), JSON.stringify(raw)).to.equal(undefined);
          expect(absoluteUrl(raw, 'https://example.org/')).to.equal(undefined);
        }),
        { numRuns: 300 },
      );
    });

    it('(b′) the same disguises of vbscript:, data: and file: are rejected', () => {
      const disguise = (word: string) =>
        fc
          .tuple(
            controlPrefix,
            fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }),
            fc.nat({ max: word.length }),
            fc.constantFrom('\t', '\n', '\r'),
          )
          .map(([prefix, upper, at, ws]) => {
            const mixed = [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
            return prefix + mixed.slice(0, at) + ws + mixed.slice(at);
          });
      fc.assert(
        fc.property(fc.oneof(disguise('vbscript:'), disguise('data:'), disguise('file:')), fc.string({ maxLength: 20 }), (head, rest) => {
          expect(safeUrl(head + rest), JSON.stringify(head + rest)).to.equal(undefined);
        }),
        { numRuns: 300 },
      );
    });

    it('(c) never throws, for any value', () => {
      fc.assert(
        fc.property(fc.oneof(urlish, fc.anything()), fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 }))), (s, base) => {
          expect(() => safeUrl(s)).not.to.throw();
          expect(() => safeUrl(s, base ?? undefined)).not.to.throw();
          expect(() => absoluteUrl(s, base ?? undefined)).not.to.throw();
          expect(() => isAllowedUrl(s)).not.to.throw();
        }),
        { numRuns: 300 },
      );
    });

    it('an <a> whose href is set to the output never has protocol javascript:', () => {
      const a = document.createElement('a');
      fc.assert(
        fc.property(
          fc.oneof(
            urlish,
            fc.tuple(controlPrefix, disguisedJavascript, fc.string()).map((t) => t.join('')),
          ),
          (s) => {
            const r = safeUrl(s);
            if (r === undefined) return;
            a.setAttribute('href', r);
            expect(a.protocol).not.to.equal('javascript:');
            expect(ALLOWED.has(a.protocol), `${JSON.stringify(r)} → ${a.protocol}`).to.equal(true);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
