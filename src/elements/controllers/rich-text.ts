import type { ReactiveControllerHost } from 'lit';
import { sanitizeHtml } from '../../sanitize/sanitize.js';

/**
 * Sanitised rich text (`content_html`, `bio_html`) for an element's render: the first render asks,
 * the sanitiser (and DOMPurify, on first use) loads, and the host renders again with the result.
 * Each result is one element, kept per key, so re-renders move nothing and parse nothing twice.
 */
export class RichTextCache {
  readonly #nodes = new Map<string, { html: string; node?: HTMLElement }>();

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * The sanitised content for `key`, or undefined while it is being prepared. Relative links resolve
   * against `base`, the feed's own URL (the page's, for an inline feed).
   */
  get(key: string, html: string, base?: string): HTMLElement | undefined {
    const entry = this.#nodes.get(key);
    const id = `${base} ${html}`;
    if (entry?.html === id) return entry.node;
    const pending: { html: string; node?: HTMLElement } = { html: id };
    this.#nodes.set(key, pending);
    void sanitizeHtml(html, base).then((fragment) => {
      if (this.#nodes.get(key) !== pending) return;
      const node = document.createElement('div');
      node.className = 'rich';
      node.append(fragment);
      pending.node = node;
      this.#host.requestUpdate();
    });
    return undefined;
  }
}
