import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

/** Visible text of an element's shadow root, whitespace collapsed. */
export function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A unique key so each test's requests are counted apart on the test server. */
export function uniqueKey(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2)}`;
}

/** A URL on the test feed server (web-test-runner.config.mjs). */
export function feedUrl(params: Record<string, string | number> = {}): string {
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/api/feed?${q}`;
}

/** How many requests the test server saw for a key. */
export async function requestCount(key: string): Promise<number> {
  const r = await fetch(`/api/count?key=${encodeURIComponent(key)}`);
  return ((await r.json()) as { count: number }).count;
}

/** Waits until an element (or its shadow root) is no longer pending. */
export async function settled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await waitUntil(() => !el.shadowRoot?.querySelector('[aria-busy="true"]'), 'element still pending', { timeout: 8000 });
  await el.updateComplete;
}

/** Records console.warn / console.error calls while `fn` runs. */
export async function captureConsole<T>(fn: () => Promise<T>): Promise<{ result: T; warns: string[]; errors: string[] }> {
  const warns: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void warns.push(args.join(' '));
  console.error = (...args: unknown[]) => void errors.push(args.join(' '));
  try {
    return { result: await fn(), warns, errors };
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

export const SEED_TITLE = 'Target Markets: North Korea’s Military Customers in the Sanctions Era';
export const SEED_ID = 'https://rusi.org/events/target-markets';

/** Renders `template` into a fresh container that is already listening for `eventName`. */
export async function renderUntil<T extends Event = CustomEvent>(
  template: TemplateResult,
  eventName: string,
): Promise<{ container: HTMLElement; event: T }> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const event = oneEvent(container, eventName) as unknown as Promise<T>;
  render(template, container);
  return { container, event: await event };
}

/** Opens a page in a 1000 × 900 iframe (its own document, its own copy of the bundle) and waits for load. */
export async function openFrame(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The first element of `el`'s shadow root with `part~=name`. */
export const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
/** Every element of `el`'s shadow root with `part~=name`. */
export const parts = <T extends HTMLElement = HTMLElement>(el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
/** The text of a part, whitespace collapsed ('' when there is no such part). */
export const partText = (el: Element, name: string) => (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const openFrames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of openFrames.splice(0)) frame.remove();
});

/**
 * Opens a page the way a visitor does: in an iframe (its own document, its own copy of the bundle),
 * waits for `load` and returns its document. The frame is removed after the test.
 */
export async function openPage(path: string, size: { width?: number; height?: number } = {}): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${size.width ?? 1200}px; height: ${size.height ?? 900}px; border: 0`;
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  openFrames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

export interface MountOptions {
  /** The inline feed (JSON data), unless `providerSrc` is given. */
  feed?: object;
  /** Tags (with attributes) inside the provider, e.g. `lectern-speaker-list layout="grid"`. */
  elements?: string[];
  /** The provider's `now`. */
  now?: string;
  lang?: string;
  dir?: string;
  width?: string;
  /** `theme` on the <lectern-feed>. */
  theme?: string;
  /** The provider's `src`, instead of the inline feed. */
  providerSrc?: string;
  /** The provider's `item`; '' or nothing for none. */
  item?: string;
}

/** Renders `elements` in a <lectern-feed> (inline feed, or `providerSrc`) and waits until each has content. */
export async function mount(options: MountOptions = {}): Promise<HTMLElement[]> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  if (options.lang) wrapper.lang = options.lang;
  if (options.dir) wrapper.dir = options.dir;
  if (options.width) wrapper.style.inlineSize = options.width;
  const provider = document.createElement('lectern-feed');
  if (options.item) provider.setAttribute('item', options.item);
  if (options.now) provider.setAttribute('now', options.now);
  if (options.theme) provider.setAttribute('theme', options.theme);
  if (options.providerSrc) provider.setAttribute('src', options.providerSrc);
  else {
    const script = document.createElement('script');
    script.type = 'application/feed+json';
    script.textContent = JSON.stringify(options.feed ?? {});
    provider.append(script);
  }
  const template = document.createElement('template');
  template.innerHTML = (options.elements ?? []).map((e) => `<${e}></${e.split(' ')[0]}>`).join('');
  provider.append(template.content);
  wrapper.append(provider);
  const els = [...provider.children].filter((c) => c.localName.startsWith('lectern-')) as HTMLElement[];
  await waitUntil(
    () => els.every((el) => el.shadowRoot?.querySelector('.root') && !el.shadowRoot.querySelector('[aria-busy="true"]')),
    'elements did not render',
    { timeout: 8000 },
  );
  await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  // Measurements (clamped biographies, carousel position) happen in the next frames.
  await aTimeout(50);
  return els;
}

/** Waits until `el` has not scrolled for three frames in a row (a smooth scroll has finished). */
export async function scrollSettled(el: Element): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let last = NaN;
  let still = 0;
  for (let i = 0; i < 300 && still < 3; i++) {
    await frame();
    still = el.scrollLeft === last ? still + 1 : 0;
    last = el.scrollLeft;
  }
}

// WCAG 2.0–2.2 A and AA, plus axe's best practices (heading order, landmarks, one h1).
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeResult {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
type AxeWindow = Window & { axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> } };

/** Runs axe-core (AXE_TAGS) on the iframe's whole document, shadow roots included. */
export async function expectAxeClean(doc: Document): Promise<void> {
  const win = doc.defaultView as AxeWindow;
  if (!win.axe) {
    // Made in this (test) document: the demo pages enforce Trusted Types, which would refuse a plain
    // string as a script URL. Appending it to the iframe's document runs it there.
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('axe-core did not load')), { once: true });
    });
    doc.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(doc, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}`).join('\n')}`)
    .join('\n');
  expect(violations.length, `axe violations:\n${report}`).to.equal(0);
}
