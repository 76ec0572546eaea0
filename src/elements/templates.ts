import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { safeUrl } from '../feed/url.js';

const TAGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** Clamps a `heading-level` attribute to 1–6 (default 2). */
export function headingLevel(value: unknown, fallback = 2): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) && n >= 1 && n <= 6 ? n : fallback;
}

/** A real `<hN>` at the given level (the tag comes from a fixed list, never from input). */
export function heading(level: number, content: unknown, part: string, cls = ''): TemplateResult {
  const tag = TAGS[headingLevel(level) - 1]!;
  return staticHtml`<${tag} part=${part} class=${cls || nothing}>${content}</${tag}>`;
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
    .map((p) => staticHtml`<p part=${part}>${p}</p>`);
}
