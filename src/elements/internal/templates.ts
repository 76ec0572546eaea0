import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../feed/url.js';

/** Clamps a `heading-level` attribute to 1–6 (default 2). */
export function headingLevel(value: unknown, fallback = 2): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) && n >= 1 && n <= 6 ? n : fallback;
}

/** A real `<hN>` at the given level (1–6). One template per level: Lit cannot bind a tag name. */
export function heading(level: number, content: unknown, part: string, cls = ''): TemplateResult {
  const c = cls || nothing;
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 part=${part} class=${c}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part} class=${c}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${c}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${c}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${c}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${c}>${content}</h2>`;
  }
}

/**
 * The attribute value for an `href`/`src` from the feed. Feed URLs were allow-listed when the feed was
 * validated; checking again here means no code path can put an unchecked URL into the DOM.
 */
export function href(url: string | undefined): string | typeof nothing {
  return safeUrl(url) ?? nothing;
}

/** `content_text` / `bio` as paragraphs: blank lines separate paragraphs; text is never parsed as HTML. */
export function paragraphs(text: string | undefined, part: string): TemplateResult[] | typeof nothing {
  if (!text || !text.trim()) return nothing;
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p part=${part}>${p}</p>`);
}

/**
 * Feed values shown together, comma-separated, each in its own `<bdi>`: one value's direction (an Arabic venue name
 * before a Latin address) or a stray override character (U+202E) cannot reorder the ones after it.
 */
export const isolated = (values: readonly unknown[]) => values.map((v, i) => html`${i ? ', ' : ''}<bdi>${v}</bdi>`);

/** A message (`"{series}, no. {number}"`) with each placeholder filled by an isolated feed value. */
export const fillIsolated = (template: string, values: Record<string, unknown>) =>
  template.split(/\{(\w+)\}/).map((s, i) => (i % 2 ? html`<bdi>${values[s]}</bdi>` : s));
