import type { ReactiveControllerHost } from 'lit';

/**
 * Images that failed to load, by URL, so the element shows its fallback instead (initials for a
 * portrait, a typographic placeholder for a cover) and keeps showing it across re-renders.
 * Use `failed(url)` as the image's `@error` handler.
 */
export class BrokenImages {
  readonly #urls = new Set<string>();

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  has(url: string): boolean {
    return this.#urls.has(url);
  }

  /** An `error` listener for the image at `url`. */
  failed(url: string): () => void {
    return () => {
      this.#urls.add(url);
      this.#host.requestUpdate();
    };
  }
}
