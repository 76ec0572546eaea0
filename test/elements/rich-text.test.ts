/// <reference types="trusted-types" />
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { WindowLike } from 'dompurify';
import { safeUrl } from '../../src/feed/url.js';
import { POLICY_NAME, __sanitizerLoaded, __setSanitizerImport, sanitizeHtml, textFragment } from '../../src/sanitize/sanitize.js';
import { trusted } from '../../src/sanitize/trusted-types.js';
import { skipHere } from '../engine.js';

// The page loads many modules; make sure the DOMPurify chunk's entry is not dropped from a full buffer.
performance.setResourceTimingBufferSize(10_000);

// Every Trusted Types policy created on this page from here on (this file imports nothing that makes one).
// It also keeps each policy object, as a hostile page script that wraps createPolicy could.
const createdPolicies: string[] = [];
const captured = new Map<string, TrustedTypePolicy>();
if (window.trustedTypes) {
  const original = window.trustedTypes.createPolicy.bind(window.trustedTypes);
  window.trustedTypes.createPolicy = ((name: string, rules?: TrustedTypePolicyOptions) => {
    createdPolicies.push(name);
    const policy = original(name, rules);
    captured.set(name, policy);
    return policy;
  }) as typeof window.trustedTypes.createPolicy;
}

declare global {
  interface Window {
    __xss?: unknown;
    __xssControl?: unknown;
  }
}

const ALLOWED_TAGS = new Set(['p', 'br', 'strong', 'em', 'b', 'i', 'a', 'ul', 'ol', 'li']);
const LINK_ATTRS = new Set(['href', 'rel', 'target']);
const REL = 'noopener noreferrer nofollow';

const tick = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

function serialize(fragment: DocumentFragment): string {
  const div = document.createElement('div');
  div.append(fragment.cloneNode(true));
  return div.innerHTML;
}

async function clean(html: string): Promise<string> {
  return serialize(await sanitizeHtml(html));
}

/** Appends the sanitised result to a live container in the document. */
async function mount(html: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  container.append(await sanitizeHtml(html));
  return container;
}

/** Everything the output may contain, checked on a live tree. */
function expectInert(root: ParentNode, label: string): void {
  expect(root.querySelector('script, iframe, img, svg, math, style, form, object, embed, template, input, link, meta, base'), label).to.equal(null);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    expect(ALLOWED_TAGS.has(el.localName), `${label}: <${el.localName}>`).to.equal(true);
    expect(el.namespaceURI, label).to.equal('http://www.w3.org/1999/xhtml');
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${label}: ${attr.name} on <${el.localName}>`).to.equal(false);
      const allowed = el.localName === 'a' ? LINK_ATTRS.has(attr.name) : false;
      expect(allowed, `${label}: attribute ${attr.name} on <${el.localName}>`).to.equal(true);
    }
    if (el.localName === 'a') {
      expect(el.getAttribute('rel'), label).to.equal(REL);
      expect(el.getAttribute('target'), label).to.equal('_blank');
      const href = el.getAttribute('href');
      if (href !== null) {
        expect(safeUrl(href), `${label}: href ${href}`).to.equal(href);
        expect(['http:', 'https:', 'mailto:']).to.include(new URL(href, document.baseURI).protocol);
      }
    }
  }
}

function purifyResources(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => name.includes('purify'));
}

// This block must run first: it observes the page before anything asked for the sanitiser.
describe('sanitizeHtml: lazy loading', () => {
  it('does not import DOMPurify until the first call, then imports it once', async () => {
    expect(__sanitizerLoaded()).to.equal(false);
    expect(purifyResources()).to.deep.equal([]);
    const pending = sanitizeHtml('<p>first</p>');
    expect(__sanitizerLoaded()).to.equal(true);
    expect(serialize(await pending)).to.equal('<p>first</p>');
    const loaded = purifyResources();
    expect(loaded.length).to.be.greaterThan(0);
    await sanitizeHtml('<p>second</p>');
    expect(purifyResources()).to.deep.equal(loaded);
  });

  it("created exactly one Trusted Types policy, lectern-dompurify, and never DOMPurify's own", async function () {
    if (!window.trustedTypes) return skipHere(this, 'no Trusted Types');
    expect(createdPolicies).to.deep.equal([POLICY_NAME]);
    expect(createdPolicies).not.to.include('dompurify');
  });
});

describe('sanitizeHtml: result', () => {
  it('is a DocumentFragment owned by the current document', async () => {
    const fragment = await sanitizeHtml('<p>Hi <a href="https://example.com/">there</a></p>');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(fragment.ownerDocument).to.equal(document);
    expect(fragment.firstElementChild!.ownerDocument).to.equal(document);
    expect(fragment.querySelector('a')).to.be.instanceOf(HTMLAnchorElement);
  });

  it('resolves to an empty fragment for empty input', async () => {
    const fragment = await sanitizeHtml('');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(fragment.childNodes.length).to.equal(0);
  });

  it('keeps plain text, including characters that look like markup', async () => {
    expect(await clean('Tom &amp; Jerry &lt;script&gt;')).to.equal('Tom &amp; Jerry &lt;script&gt;');
    const fragment = await sanitizeHtml('1 &lt; 2');
    expect(fragment.textContent).to.equal('1 < 2');
  });
});

describe('sanitizeHtml: allowed markup', () => {
  it('keeps p, br, strong, em, b, i', async () => {
    const html = '<p>Hello <strong>strong</strong> <em>em</em> <b>b</b> <i>i</i><br>next</p>';
    expect(await clean(html)).to.equal(html);
  });

  it('keeps lists', async () => {
    const html = '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>';
    expect(await clean(html)).to.equal(html);
  });

  it('keeps links with an https href and adds rel and target', async () => {
    expect(await clean('<a href="https://example.com/talk">talk</a>')).to.equal(
      `<a href="https://example.com/talk" rel="${REL}" target="_blank">talk</a>`,
    );
  });

  it('keeps http, mailto and relative hrefs', async () => {
    const container = await mount(
      '<a href="http://example.com/">h</a><a href="mailto:hi@example.com">m</a><a href="/talks/1">r</a><a href="#agenda">f</a>',
    );
    const hrefs = Array.from(container.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['http://example.com/', 'mailto:hi@example.com', '/talks/1', '#agenda']);
    expectInert(container, 'allowed links');
  });

  it("sets the href to safeUrl's normalised form", async () => {
    const container = await mount('<a href="HTTPS://EXAMPLE.com/a b">x</a><a href="//example.org/p">y</a>');
    const [a, b] = Array.from(container.querySelectorAll('a'));
    expect(a!.getAttribute('href')).to.equal('https://example.com/a%20b');
    expect(b!.getAttribute('href')).to.equal(safeUrl('//example.org/p'));
    expect(b!.getAttribute('href')).to.match(/^https?:\/\/example\.org\/p$/);
  });

  it('keeps an existing rel or target out: ours replace them', async () => {
    expect(await clean('<a href="https://example.com/" rel="opener" target="_self">x</a>')).to.equal(
      `<a href="https://example.com/" rel="${REL}" target="_blank">x</a>`,
    );
  });

  it('leaves a link without href as an inert <a> with its text', async () => {
    const container = await mount('<p><a>plain</a> and <a name="n" title="t">named</a></p>');
    const anchors = Array.from(container.querySelectorAll('a'));
    expect(anchors).to.have.length(2);
    for (const a of anchors) {
      expect(a.hasAttribute('href')).to.equal(false);
      expect(a.hasAttribute('name')).to.equal(false);
      expect(a.hasAttribute('title')).to.equal(false);
    }
    expect(container.textContent).to.equal('plain and named');
    expectInert(container, 'hrefless links');
  });
});

describe('sanitizeHtml: disallowed markup', () => {
  const kept: Array<[string, string]> = [
    ['<h1>Title</h1>', 'Title'],
    ['<div>block</div>', 'block'],
    ['<span style="color:red">red</span>', 'red'],
    ['<p>a <u>b</u> <code>c</code> <blockquote>d</blockquote></p>', '<p>a b c </p>d<p></p>'],
    ['<table><tr><td>cell</td></tr></table>', 'cell'],
    ['<section><article><p>deep</p></article></section>', '<p>deep</p>'],
    ['<custom-element onclick="x()">custom</custom-element>', 'custom'],
    ['<font color="red">old</font>', 'old'],
  ];
  for (const [input, expected] of kept) {
    it(`removes the tags of ${input} but keeps the text`, async () => {
      expect(await clean(input)).to.equal(expected);
    });
  }

  const dropped: Array<[string, string]> = [
    ['<script>window.__xss = 1</script>', ''],
    ['<p>a</p><style>p { color: red }</style>', '<p>a</p>'],
    ['<iframe src="https://example.com/"></iframe>', ''],
    ['<img src="https://example.com/x.png" alt="alt text">', ''],
    ['<form action="https://example.com/"><input name="q"><button>Go</button></form>', 'Go'],
    ['<svg><circle r="1"></circle></svg>x', 'x'],
    ['<template><p>hidden</p></template>', ''],
  ];
  for (const [input, expected] of dropped) {
    it(`drops ${input}`, async () => {
      expect(await clean(input)).to.equal(expected);
    });
  }

  it('removes style, on*, id, class, data-*, aria-*, title and lang from allowed elements', async () => {
    const container = await mount(
      '<p style="color:red" onclick="window.__xss=1" id="x" class="y" data-x="1" aria-label="z" title="t" lang="en" dir="rtl">text</p>',
    );
    const p = container.querySelector('p')!;
    expect(p.attributes.length, Array.from(p.attributes, (a) => a.name).join()).to.equal(0);
    expect(p.textContent).to.equal('text');
  });

  it('removes every attribute but href from links', async () => {
    const container = await mount(
      '<a href="https://example.com/" style="x" onmouseover="window.__xss=1" id="i" class="c" data-x="1" ping="https://evil.example/" download>x</a>',
    );
    const a = container.querySelector('a')!;
    expect(Array.from(a.attributes, (x) => x.name).sort()).to.deep.equal(['href', 'rel', 'target']);
  });

  const badHrefs: Array<[string, string]> = [
    ['javascript', 'javascript:window.__xss=1'],
    ['mixed case with tab and leading space', ' JaVa\tScRiPt:window.__xss=1'],
    ['newline inside the scheme', 'java\nscript:window.__xss=1'],
    ['entity-encoded scheme', '&#106;avascript:window.__xss=1'],
    ['hex entity tab', 'java&#x09;script:window.__xss=1'],
    ['data: html', 'data:text/html,<script>parent.__xss=1</script>'],
    ['data: base64', 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg=='],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['credentials', 'https://user:pass@example.com/'],
    ['username only', 'https://user@example.com/'],
    ['tel (DOMPurify allows it, safeUrl does not)', 'tel:+441234567890'],
    ['ftp', 'ftp://example.com/file'],
    ['blob', 'blob:https://example.com/uuid'],
    ['file', 'file:///etc/passwd'],
  ];
  for (const [label, href] of badHrefs) {
    it(`removes a ${label} href but keeps the link text`, async () => {
      const escaped = href.replace(/"/g, '&quot;');
      const container = await mount(`<a href="${escaped}">click</a>`);
      const a = container.querySelector('a');
      expect(a, 'the <a> stays').not.to.equal(null);
      expect(a!.hasAttribute('href'), `href kept: ${a!.getAttribute('href')}`).to.equal(false);
      expect(container.textContent).to.equal('click');
      expectInert(container, label);
    });
  }
});

describe('sanitizeHtml: hostile payloads in a live document', () => {
  const payloads = [
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss = 1">',
    '<svg><script>window.__xss = 1</script></svg>',
    '<svg onload="window.__xss = 1"></svg>',
    '<svg><animate onbegin="window.__xss = 1" attributeName="x" dur="1s"></animate></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 1">',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=x onerror=window.__xss=1&gt;">',
    '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="window.__xss = 1">',
    '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
    '<xmp><img src=x onerror="window.__xss = 1"></xmp>',
    '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
    '<iframe src="javascript:parent.__xss = 1"></iframe>',
    '<object data="javascript:window.__xss = 1"></object>',
    '<embed src="javascript:window.__xss = 1">',
    '<form action="javascript:window.__xss = 1"><button>go</button></form>',
    '<details open ontoggle="window.__xss = 1"><summary>s</summary></details>',
    '<input autofocus onfocus="window.__xss = 1">',
    '<video><source onerror="window.__xss = 1"></video>',
    '<body onload="window.__xss = 1">',
    '<style>@import "javascript:window.__xss=1";</style><p>x</p>',
    '<p style="background:url(javascript:window.__xss=1)">x</p>',
    '<template><img src=x onerror="window.__xss = 1"></template>',
    '<div><template shadowrootmode="open"><img src=x onerror="window.__xss = 1"></template></div>',
    '<a href="javascript:window.__xss = 1" onclick="window.__xss = 1">a</a>',
    '<a href=" JaVa\tScRiPt:window.__xss = 1">a</a>',
    '<a href="data:text/html,<script>window.__xss = 1</script>">a</a>',
    '<a href="vbscript:window.__xss = 1">a</a>',
    '<a href="https://user:pass@example.com/">a</a>',
    '<p><![CDATA[><img src=x onerror="window.__xss = 1">]]></p>',
    '<!--><img src=x onerror="window.__xss = 1">-->',
    '<img src=x onerror="window.__xss = 1"//',
    '<a id="ownerDocument" href="https://example.com/">clobber</a><form name="attributes"></form>',
    '<p is="x-foo" onclick="window.__xss = 1">is</p>',
    '<li value="1" onpointerenter="window.__xss = 1">item</li>',
    '<base href="javascript:/"><a href="/x">rel</a>',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
    '<link rel="import" href="data:text/html,<script>window.__xss=1</script>">',
    '<isindex type=image src=1 onerror="window.__xss = 1">',
    '<select><template shadowrootmode="open"><img src=x onerror="window.__xss = 1"></template></select>',
  ];

  beforeEach(() => {
    delete window.__xss;
  });

  for (const payload of payloads) {
    it(`neutralises ${JSON.stringify(payload)}`, async () => {
      const container = await mount(payload);
      expectInert(container, payload);
      await tick();
      expect(window.__xss, payload).to.equal(undefined);
      container.remove();
    });
  }

  it('all payloads at once, in one live container, set no flag', async () => {
    const container = await mount(payloads.join('\n'));
    expectInert(container, 'all payloads');
    await tick(300);
    expect(window.__xss).to.equal(undefined);
    container.remove();
  });

  it('the flag check can fail: an unsanitised payload does set it (control)', async () => {
    delete window.__xssControl;
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = '<img src="data:image/gif;base64,AAAA" onerror="window.__xssControl = 1">';
    await tick(300);
    expect(window.__xssControl).to.equal(1);
    container.remove();
    delete window.__xssControl;
  });

  it('any mix of allowed, disallowed and hostile markup comes out inert (property)', async () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '</b>',
      '<a href="javascript:window.__xss=1">',
      '<a href="https://example.com/">',
      '</a>',
      '<svg>',
      '</svg>',
      '<math>',
      '<mtext>',
      '<mglyph>',
      '<style>',
      '</style>',
      '<table>',
      '<img src=x onerror="window.__xss=1">',
      '<script>window.__xss=1</script>',
      '<!--',
      '-->',
      '<noscript>',
      '</noscript>',
      '"',
      "'",
      '>',
      '<',
      'text',
      ' ',
      '<li onclick="window.__xss=1">',
      '<ul>',
      '</ul>',
      '<template>',
      '</template>',
      '<form>',
      '</form>',
      '<iframe>',
      '<textarea>',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 25 }), async (pieces) => {
        const html = pieces.join('');
        const container = await mount(html);
        try {
          expectInert(container, html);
        } finally {
          container.remove();
        }
      }),
      { numRuns: 150 },
    );
    await tick();
    expect(window.__xss).to.equal(undefined);
  });
});

describe('sanitizeHtml: loading and failure', () => {
  afterEach(() => __setSanitizerImport());

  it('ten parallel calls share one import', async () => {
    let imports = 0;
    __setSanitizerImport(() => {
      imports++;
      return import('dompurify');
    });
    expect(__sanitizerLoaded()).to.equal(false);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => sanitizeHtml(`<p>n${i}<script>x</script></p>`)));
    expect(imports).to.equal(1);
    expect(results.map(serialize)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `<p>n${i}</p>`));
    await sanitizeHtml('<p>later</p>');
    expect(imports).to.equal(1);
  });

  it('falls back to text only when the import rejects, and does not reject', async () => {
    __setSanitizerImport(() => Promise.reject(new Error('chunk failed to load')));
    const fragment = await sanitizeHtml(
      '<p>Hello <b>world</b></p><script>window.__xss=1</script><img src=x onerror="window.__xss=1"><a href="javascript:x">link</a>',
    );
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(fragment.childNodes.length).to.equal(1);
    expect(fragment.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
    expect(fragment.textContent).to.equal('Hello world link');
  });

  it('falls back to text only when DOMPurify throws on an input', async () => {
    __setSanitizerImport(async () => {
      const { default: real } = await import('dompurify');
      const factory = ((root: WindowLike) => {
        const purify = real(root);
        const sanitize = purify.sanitize.bind(purify);
        purify.sanitize = ((html: string, cfg: object) => {
          if (html.includes('boom')) throw new Error('DOMPurify failed');
          return sanitize(html, cfg);
        }) as typeof purify.sanitize;
        return purify;
      }) as unknown as typeof real;
      return { default: factory };
    });
    expect(await clean('<p>fine</p>')).to.equal('<p>fine</p>');
    const fragment = await sanitizeHtml('<p>boom <em>and</em> more</p>');
    expect(serialize(fragment)).to.equal('boom and more');
    expect(fragment.querySelector('*')).to.equal(null);
  });

  it('falls back to text when DOMPurify silently parses nothing (as under a blocking Trusted Types CSP)', async () => {
    __setSanitizerImport(async () => {
      const { default: real } = await import('dompurify');
      const factory = ((root: WindowLike) => {
        const purify = real(root);
        purify.sanitize = (() => document.createDocumentFragment()) as unknown as typeof purify.sanitize;
        return purify;
      }) as unknown as typeof real;
      return { default: factory };
    });
    const fragment = await sanitizeHtml('<p>still <b>readable</b></p>');
    expect(serialize(fragment)).to.equal('still readable');
  });

  it('falls back to text when DOMPurify is not supported', async () => {
    __setSanitizerImport(async () => {
      const { default: real } = await import('dompurify');
      const factory = ((root: WindowLike) => Object.assign(real(root), { isSupported: false })) as unknown as typeof real;
      return { default: factory };
    });
    expect(serialize(await sanitizeHtml('<p>a<br>b</p>'))).to.equal('a b');
  });

  it('recovers once the import works again (after the test hook resets it)', async () => {
    __setSanitizerImport(() => Promise.reject(new Error('offline')));
    expect(await clean('<p>x</p>')).to.equal('x');
    __setSanitizerImport();
    expect(await clean('<p>x</p>')).to.equal('<p>x</p>');
  });
});

describe('textFragment (the fallback)', () => {
  it('is one Text node: markup-looking text stays text', () => {
    const fragment = textFragment('&lt;img src=x onerror=window.__xss=1&gt; &amp; &quot;q&quot; &#39;s&#39; &#x1F600; &#0; &bogus;');
    expect(fragment.childNodes.length).to.equal(1);
    expect(fragment.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
    expect(fragment.textContent).to.equal('<img src=x onerror=window.__xss=1> & "q" \'s\' \u{1F600} \ufffd &bogus;');
  });

  it('drops script, style and comment contents, keeps prose', () => {
    const fragment = textFragment(
      '<!-- c --><p>One</p><script>bad()</script><style>p{}</style><ul><li>two</li><li>three</li></ul><svg><text>no</text></svg>',
    );
    expect(fragment.textContent).to.equal('One two three');
  });

  it('mounted, it creates no elements and runs nothing', async () => {
    delete window.__xss;
    const container = document.createElement('div');
    document.body.append(container);
    container.append(textFragment('<img src=x onerror="window.__xss=1"><<img src=x onerror="window.__xss=1">>'));
    expect(container.querySelector('*')).to.equal(null);
    await tick();
    expect(window.__xss).to.equal(undefined);
    container.remove();
  });

  it('is empty for empty or tag-only input', () => {
    expect(textFragment('').childNodes.length).to.equal(0);
    expect(textFragment('<br><p></p>').childNodes.length).to.equal(0);
  });
});

describe("Trusted Types policies: out of other scripts' reach", () => {
  it('each policy is created once, and makes a trusted value only of what Lectern passes it', async function () {
    if (!window.trustedTypes) return skipHere(this, 'no Trusted Types');
    const first = trusted('lectern-test-x', 'createHTML', '<b>ours</b>');
    expect(window.trustedTypes!.isHTML(first)).to.equal(true);
    expect(String(first)).to.equal('<b>ours</b>');
    expect(String(trusted('lectern-test-x', 'createHTML', '<i>again</i>'))).to.equal('<i>again</i>');
    expect(createdPolicies.filter((n) => n === 'lectern-test-x')).to.have.length(1);
  });

  it('a page script holding the policy object can make nothing with it', async function () {
    if (!window.trustedTypes) return skipHere(this, 'no Trusted Types');
    // The sanitiser's policy exists once the first rich text has been sanitised.
    await sanitizeHtml('<p>make the policy</p>');
    const policy = captured.get(POLICY_NAME)!;
    expect(policy, 'captured by wrapping createPolicy').to.exist;
    expect(() => policy.createHTML('<img src=x onerror=alert(1)>')).to.throw(TypeError);
    expect(() => policy.createHTML('<p>make the policy</p>')).to.throw(TypeError);
    expect(() => policy.createScriptURL('https://evil.example/x.js')).to.throw(TypeError);
    expect(() => policy.createScript('alert(1)')).to.throw(TypeError);
    // Control: the same capture sees a permissive policy's power.
    const open = window.trustedTypes!.createPolicy('lectern-test-open', { createHTML: (x: string) => x });
    expect(String(captured.get('lectern-test-open')!.createHTML('<img src=x onerror=alert(1)>'))).to.contain('onerror');
    expect(open.name).to.equal('lectern-test-open');
  });

  it('leaves no policy on the page for other scripts to find', () => {
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('lectern.trusted-types.v1')]).to.equal(undefined);
    const found = Object.getOwnPropertySymbols(globalThis).filter((sym) => String(sym.description).includes('lectern'));
    expect(found).to.deep.equal([]);
  });

  it('returns undefined, without throwing, when createPolicy throws', async function () {
    if (!window.trustedTypes) return skipHere(this, 'no Trusted Types');
    const factory = window.trustedTypes!;
    const saved = factory.createPolicy;
    factory.createPolicy = (() => {
      throw new TypeError('Policy "lectern-refused" disallowed.');
    }) as typeof factory.createPolicy;
    try {
      expect(trusted('lectern-refused', 'createHTML', '<b>x</b>')).to.equal(undefined);
    } finally {
      factory.createPolicy = saved;
    }
  });

  it('returns the string itself when the browser has no Trusted Types', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'trustedTypes');
    Object.defineProperty(window, 'trustedTypes', { value: undefined, configurable: true });
    try {
      expect(trusted('lectern-absent', 'createHTML', '<b>x</b>')).to.equal('<b>x</b>');
    } finally {
      if (descriptor) Object.defineProperty(window, 'trustedTypes', descriptor);
      else delete (window as { trustedTypes?: unknown }).trustedTypes;
    }
  });

  it('does not touch a DOMPurify the page uses itself (no hook leaks)', async () => {
    await sanitizeHtml('<p>make sure ours is configured</p>');
    const { default: pagePurify } = await import('dompurify');
    expect(pagePurify.sanitize('<a href="https://example.com/">x</a>')).to.equal('<a href="https://example.com/">x</a>');
  });
});

/**
 * Real Trusted Types enforcement: a same-origin iframe whose CSP (delivered by <meta>) requires Trusted
 * Types and allows only the listed policy names, with no 'allow-duplicates'.
 */
async function inEnforcedFrame<T>(policyNames: string, script: string): Promise<T> {
  const frame = document.createElement('iframe');
  const csp = `require-trusted-types-for 'script'; trusted-types ${policyNames}`;
  // Absolute module URLs: WebKit resolves a srcdoc document's `import('/…')` against about:srcdoc (even
  // with a <base>), not against the parent's URL as Chromium and Firefox do.
  const absolute = script.replaceAll("import('/", `import('${location.origin}/`);
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
<body><script type="module">window.__run = (async () => { ${absolute} })();</script></body>`;
  document.body.append(frame);
  try {
    const win = frame.contentWindow as Window & { __run?: Promise<T> };
    const deadline = Date.now() + 10_000;
    while (!win.__run) {
      if (Date.now() > deadline) throw new Error('frame script did not start');
      await tick(20);
    }
    return await win.__run;
  } finally {
    frame.remove();
  }
}

describe('Trusted Types enforced by the page', () => {
  before(async function () {
    if (!window.trustedTypes) return skipHere(this, 'no Trusted Types');
  });

  it('sanitises through lectern-dompurify when that is the only allowed name', async () => {
    const result = await inEnforcedFrame<{ html: string; rawBlocked: boolean }>(
      POLICY_NAME,
      `const { sanitizeHtml } = await import('/src/sanitize/sanitize.ts');
       let rawBlocked = false;
       try { document.createElement('div').innerHTML = '<b>x</b>'; } catch { rawBlocked = true; }
       const div = document.createElement('div');
       div.append(await sanitizeHtml('<p>Hi <a href="https://example.com/" onclick="x()">there</a><img src=x onerror=alert(1)></p>'));
       return { html: div.innerHTML, rawBlocked };`,
    );
    expect(result.rawBlocked, 'the frame really enforces Trusted Types').to.equal(true);
    expect(result.html).to.equal(`<p>Hi <a href="https://example.com/" rel="${REL}" target="_blank">there</a></p>`);
  });

  it('a second bundle copy gets its own guarded policy where the CSP allows duplicates, and text where it does not', async () => {
    const copies = `const one = await import('/src/sanitize/trusted-types.ts?copy=1');
       const two = await import('/src/sanitize/trusted-types.ts?copy=2');
       const a = one.trusted('${POLICY_NAME}', 'createHTML', '<p>one</p>');
       const b = two.trusted('${POLICY_NAME}', 'createHTML', '<p>two</p>');
       return { a: a === undefined ? 'refused' : String(a), b: b === undefined ? 'refused' : String(b) };`;
    const allowed = await inEnforcedFrame<{ a: string; b: string }>(`${POLICY_NAME} 'allow-duplicates'`, copies);
    expect(allowed).to.deep.equal({ a: '<p>one</p>', b: '<p>two</p>' });
    const refused = await inEnforcedFrame<{ a: string; b: string }>(POLICY_NAME, copies);
    expect(refused).to.deep.equal({ a: '<p>one</p>', b: 'refused' });
  });

  it('degrades to text when the CSP refuses the name, and leaves "dompurify" for the page', async () => {
    const result = await inEnforcedFrame<{ html: string; elements: number; pageGotDompurify: boolean }>(
      'other dompurify',
      `const { sanitizeHtml } = await import('/src/sanitize/sanitize.ts');
       const fragment = await sanitizeHtml('<p>Hello <b>world</b></p><script>alert(1)<\\/script>');
       const div = document.createElement('div');
       div.append(fragment);
       let pageGotDompurify = false;
       try { trustedTypes.createPolicy('dompurify', { createHTML: (s) => s }); pageGotDompurify = true; } catch {}
       return { html: div.textContent, elements: div.querySelectorAll('*').length, pageGotDompurify };`,
    );
    expect(result.html).to.equal('Hello world');
    expect(result.elements).to.equal(0);
    expect(result.pageGotDompurify, 'Lectern must not have taken the "dompurify" name').to.equal(true);
  });
});

describe('sanitizeHtml: the word "style" (renamed before parsing, so no CSP report is sent)', () => {
  const html = async (s: string) => serialize(await sanitizeHtml(s));
  it('keeps it in text, whatever its case and neighbours', async () => {
    expect(await html('<p>a style of its own; STYLE= and "style" and <b>style</b></p>')).to.equal(
      '<p>a style of its own; STYLE= and "style" and <b>style</b></p>',
    );
  });
  it('keeps it in links', async () => {
    expect(await html('<a href="https://example.com/style/x?style=1">s</a>')).to.contain('href="https://example.com/style/x?style=1"');
  });
  it('drops style attributes and elements (SVG ones too) with their contents', async () => {
    expect(await html('<p style="color:red" STYLE=x>a</p><svg><style>p{}</style></svg><style/>b<Style >c</Style>')).to.equal(
      // `<style/>` does not close itself: everything up to `</Style>` is its content, as the browser reads it.
      '<p>a</p>',
    );
  });
});
