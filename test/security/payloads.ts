/**
 * Hostile strings for the security tests (xss.test.ts; fuzz.test.ts reuses them as seeds).
 *
 * Every payload is a function of `n`: the instance number. If the string ever executes, it sets
 * `window.__xss_<n>` (through `top`, so a payload that runs inside a nested frame is caught too), so a
 * set flag names the exact payload and field that ran (`describeFlag`). Sources: the OWASP XSS filter
 * evasion cheat sheet, PortSwigger's XSS cheat sheet, the DOMPurify mutation-XSS bypasses (2.0.0,
 * 2.0.17, 2.2.2) and the WHATWG URL parser's normalisation rules (docs/security.md).
 */

export interface Payload {
  /** Short name, for test titles and reports. */
  name: string;
  family: 'html' | 'mxss' | 'url' | 'template';
  make: (n: number) => string;
}

/** The JavaScript a payload runs: sets its flag. */
export const run = (n: number): string => `top.__xss_${n}=1`;

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');
const b64 = (s: string) => btoa(s);

export const PAYLOADS: Payload[] = [
  // --- script tags and event-handler attributes -------------------------------------------------
  { name: 'script tag', family: 'html', make: (n) => `<script>${run(n)}</script>` },
  { name: 'script tag, upper case, spaced', family: 'html', make: (n) => `<SCRIPT >${run(n)}</SCRIPT >` },
  { name: 'script with src data:', family: 'html', make: (n) => `<script src="data:text/javascript,${run(n)}"></script>` },
  { name: 'attribute breakout + script', family: 'html', make: (n) => `"><script>${run(n)}</script>` },
  { name: 'script-element breakout', family: 'html', make: (n) => `</script><script>${run(n)}</script>` },
  { name: 'textarea/title/style breakout', family: 'html', make: (n) => `</textarea></title></style><script>${run(n)}</script>` },
  { name: 'img onerror', family: 'html', make: (n) => `<img src=x onerror=${run(n)}>` },
  { name: 'img onerror, quoted', family: 'html', make: (n) => `<img src="x" onerror="${run(n)}">` },
  { name: 'svg onload', family: 'html', make: (n) => `<svg onload=${run(n)}>` },
  { name: 'svg/script', family: 'html', make: (n) => `<svg><script>${run(n)}</script></svg>` },
  { name: 'autofocus onfocus (double quote)', family: 'html', make: (n) => `" autofocus onfocus=${run(n)} x="` },
  { name: 'autofocus onfocus (single quote)', family: 'html', make: (n) => `' autofocus onfocus=${run(n)} x='` },
  { name: 'input autofocus onfocus', family: 'html', make: (n) => `<input autofocus onfocus=${run(n)}>` },
  { name: 'details ontoggle', family: 'html', make: (n) => `<details open ontoggle=${run(n)}>x</details>` },
  { name: 'body onload', family: 'html', make: (n) => `<body onload=${run(n)}>` },
  { name: 'video/audio onerror', family: 'html', make: (n) => `<video><source onerror=${run(n)}></video><audio src=x onerror=${run(n)}>` },
  { name: 'iframe srcdoc', family: 'html', make: (n) => `<iframe srcdoc="&lt;script&gt;${run(n)}&lt;/script&gt;"></iframe>` },
  { name: 'iframe javascript:', family: 'html', make: (n) => `<iframe src="javascript:${run(n)}"></iframe>` },
  { name: 'object/embed', family: 'html', make: (n) => `<object data="javascript:${run(n)}"></object><embed src="javascript:${run(n)}">` },
  { name: 'a href javascript:', family: 'html', make: (n) => `<a href="javascript:${run(n)}">x</a>` },
  { name: 'a href entity-encoded javascript:', family: 'html', make: (n) => `<a href="&#106;&#97;vascript:${run(n)}">x</a>` },
  { name: 'a href tab/newline in scheme', family: 'html', make: (n) => `<a href="jav&#x09;as&#x0A;cript:${run(n)}">x</a>` },
  { name: 'a href leading C0', family: 'html', make: (n) => `<a href="&#x01; javascript:${run(n)}">x</a>` },
  { name: 'a onclick + target', family: 'html', make: (n) => `<a href="https://ok.example/" target="_self" onclick="${run(n)}">x</a>` },
  { name: 'form/button formaction', family: 'html', make: (n) => `<form><button formaction="javascript:${run(n)}">x</button></form>` },
  { name: 'base href', family: 'html', make: (n) => `<base href="javascript:${run(n)}//">` },
  { name: 'meta refresh', family: 'html', make: (n) => `<meta http-equiv="refresh" content="0;url=javascript:${run(n)}">` },
  {
    name: 'link/style import',
    family: 'html',
    make: (n) => `<link rel="stylesheet" href="javascript:${run(n)}"><style>@import 'javascript:${run(n)}';</style>`,
  },
  { name: 'style attribute url()', family: 'html', make: (n) => `<p style="background:url(javascript:${run(n)})">x</p>` },
  { name: 'template content', family: 'html', make: (n) => `<template><img src=x onerror=${run(n)}></template>` },
  { name: 'comment breakout', family: 'html', make: (n) => `<!--<img src="--><img src=x onerror=${run(n)}//">` },
  {
    name: 'custom element with inline feed',
    family: 'html',
    make: (n) => `<lectern-feed><script type="module">${run(n)}</script></lectern-feed><x-y onclick=${run(n)}>x</x-y>`,
  },
  {
    name: 'DOM clobbering',
    family: 'html',
    make: (n) => `<img name="getElementById" src=x onerror=${run(n)}><form id="trustedTypes"><input name="createPolicy"></form>`,
  },
  // --- mutation XSS (SVG, MathML, foreign content) -----------------------------------------------
  { name: 'mXSS math/mtext/table/mglyph/style', family: 'mxss', make: (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${run(n)}>` },
  { name: 'mXSS svg/style', family: 'mxss', make: (n) => `<svg><style><img src=x onerror=${run(n)}></style></svg>` },
  { name: 'mXSS noscript title', family: 'mxss', make: (n) => `<noscript><p title="</noscript><img src=x onerror=${run(n)}>">` },
  { name: 'mXSS DOMPurify 2.0.0 (svg/p/style)', family: 'mxss', make: (n) => `<svg></p><style><a id="</style><img src=1 onerror=${run(n)}>">` },
  {
    name: 'mXSS DOMPurify 2.0.0 (math comment)',
    family: 'mxss',
    make: (n) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${run(n)}&gt;">`,
  },
  {
    name: 'mXSS DOMPurify 2.0.17 (form/math)',
    family: 'mxss',
    make: (n) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${run(n)}>`,
  },
  {
    name: 'mXSS DOMPurify 2.2.2 (textarea in svg)',
    family: 'mxss',
    make: (n) =>
      `<math><mi><table><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${run(n)} src=1>"></textarea></mtext></svg></mglyph></mi></table></mi></math>`,
  },
  { name: 'mXSS xmp title', family: 'mxss', make: (n) => `<xmp><p title="</xmp><img src=x onerror=${run(n)}>">` },
  {
    name: 'mXSS select/template/style comment',
    family: 'mxss',
    make: (n) => `<select><template><style><!--</style><img src=x onerror=${run(n)}>--></style></template></select>`,
  },
  { name: 'svg a xlink:href', family: 'mxss', make: (n) => `<svg><a xlink:href="javascript:${run(n)}"><text x="20" y="20">x</text></a></svg>` },
  {
    name: 'svg animate href',
    family: 'mxss',
    make: (n) => `<svg><a><animate attributeName="href" values="javascript:${run(n)}"/><text x="20" y="20">x</text></a></svg>`,
  },
  {
    name: 'svg use data:',
    family: 'mxss',
    make: (n) =>
      `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='${run(n)}'/&gt;&lt;/svg&gt;#x"/></svg>`,
  },
  {
    name: 'svg foreignObject',
    family: 'mxss',
    make: (n) => `<svg><foreignObject><iframe srcdoc="&lt;script&gt;${run(n)}&lt;/script&gt;"></iframe></foreignObject></svg>`,
  },
  // --- URLs in every encoding the URL parser normalises --------------------------------------------
  { name: 'javascript:', family: 'url', make: (n) => `javascript:${run(n)}` },
  { name: 'JaVaScRiPt: mixed case', family: 'url', make: (n) => `JaVaScRiPt:${run(n)}` },
  { name: 'leading space', family: 'url', make: (n) => ` javascript:${run(n)}` },
  { name: 'leading NUL', family: 'url', make: (n) => `\u0000javascript:${run(n)}` },
  { name: 'every leading C0 control + space', family: 'url', make: (n) => `${C0} javascript:${run(n)}` },
  { name: 'leading \\x01 \\x08 \\x1f', family: 'url', make: (n) => `\u0001\u0008\u001fjavascript:${run(n)}` },
  { name: 'tab in scheme', family: 'url', make: (n) => `java\tscript:${run(n)}` },
  { name: 'newline in scheme', family: 'url', make: (n) => `java\nscript:${run(n)}` },
  { name: 'CR in scheme', family: 'url', make: (n) => `java\rscript:${run(n)}` },
  { name: 'tabs/newlines everywhere', family: 'url', make: (n) => `\t\nj\ta\nv\ra\tscript\n:${run(n)}` },
  { name: 'trailing controls', family: 'url', make: (n) => `javascript:${run(n)}\u0000\u0020\u001f` },
  { name: 'javascript:// comment trick', family: 'url', make: (n) => `javascript://https://ok.example/%0a${run(n)}` },
  { name: '&#106;avascript: entity text', family: 'url', make: (n) => `&#106;avascript:${run(n)}` },
  { name: '&#x6A;avascript: hex entity text', family: 'url', make: (n) => `&#x6A;avascript:${run(n)}` },
  { name: '&#0000106 entity, no semicolon', family: 'url', make: (n) => `&#0000106avascript:${run(n)}` },
  { name: '%6a percent-encoded scheme', family: 'url', make: (n) => `%6aavascript:${run(n)}` },
  { name: 'percent-encoded colon', family: 'url', make: (n) => `javascript%3a${run(n)}` },
  { name: 'fullwidth and NBSP', family: 'url', make: (n) => `\u00a0ｊａｖａｓｃｒｉｐｔ:${run(n)}` },
  { name: 'vbscript:', family: 'url', make: (n) => `vbscript:${run(n)}` },
  { name: 'VBScript: mixed case, leading space', family: 'url', make: (n) => ` VbScRiPt:${run(n)}` },
  { name: 'data:text/html', family: 'url', make: (n) => `data:text/html,<script>${run(n)}</script>` },
  { name: 'data:text/html;base64', family: 'url', make: (n) => `data:text/html;base64,${b64(`<script>${run(n)}</script>`)}` },
  { name: 'DATA: mixed case, tab', family: 'url', make: (n) => `DA\tTA:text/html,<script>${run(n)}</script>` },
  { name: 'data:image/svg+xml', family: 'url', make: (n) => ` data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${run(n)}"/>` },
  { name: 'blob: from elsewhere', family: 'url', make: (n) => `blob:https://evil.example/${n}#${run(n)}` },
  { name: 'file:', family: 'url', make: (n) => `file:///etc/passwd#${run(n)}` },
  { name: 'about:', family: 'url', make: (n) => `about:blank#${run(n)}` },
  { name: 'credentials in URL', family: 'url', make: (n) => `https://user:pass@evil.example/?${run(n)}` },
  { name: 'quote breakout in https URL', family: 'url', make: (n) => `https://evil.example/" onmouseover="${run(n)}" x="` },
  { name: 'backslash/scheme-relative', family: 'url', make: (n) => `\\\\evil.example\\${run(n)}/<svg onload=${run(n)}>` },
  // --- template injection ----------------------------------------------------------------------------
  { name: '${…} template literal', family: 'template', make: (n) => `\${${run(n)}}` },
  { name: '`${…}` backtick template', family: 'template', make: (n) => `\`\${${run(n)}}\`` },
  { name: '{{constructor.constructor}} (Angular/Vue)', family: 'template', make: (n) => `{{constructor.constructor('${run(n)}')()}}` },
  { name: '{{$on.constructor}} (AngularJS sandbox)', family: 'template', make: (n) => `{{$on.constructor('${run(n)}')()}}` },
  { name: '<%= %> (EJS/ERB)', family: 'template', make: (n) => `<%= ${run(n)} %><%= 7*7 %>` },
  { name: '#{…} / [[${…}]] (Pug/Thymeleaf)', family: 'template', make: (n) => `#{${run(n)}}[[\${${run(n)}}]]` },
  {
    name: 'message placeholders',
    family: 'template',
    make: (n) => `{series}{number}{names}{isbn}{date}{index}{total}{__proto__}{constructor}${run(n)}`,
  },
  { name: 'Lit part markers', family: 'template', make: (n) => `<?lit$${n}$><!--?lit$${n}$-->lit$${n}$<img src=x onerror=${run(n)}>` },
  { name: 'JSON-LD breakout', family: 'template', make: (n) => `</script><!--<script>${run(n)}</script>\u2028\u2029"},"@type":"x` },
];

/** Which payload and field a flag number stands for (filled in by the test that hands out numbers). */
export const describeFlag = new Map<number, string>();

/** The `__xss_*` flags set on `window` (each one means a payload ran). */
export function flagsSet(win: Window = window): string[] {
  return Object.keys(win).filter((k) => k.startsWith('__xss_'));
}
