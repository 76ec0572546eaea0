import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Reads an element's layout at the right time: in the next animation frame after each render and
 * after each resize, never inside the render task (a read there forces a layout) and never inside the
 * ResizeObserver callback (a re-render there resizes the element again and ends in "ResizeObserver loop
 * completed with undelivered notifications", pretalx #1170). Several requests in a frame read once.
 */
export class LayoutReader implements ReactiveController {
  #frame = 0;
  // Made on connection: a server renderer constructs elements without one.
  #observer?: ResizeObserver;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #read: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, read: () => void) {
    this.#host = host;
    this.#read = read;
    host.addController(this);
  }

  hostConnected(): void {
    (this.#observer ??= new ResizeObserver(() => this.schedule())).observe(this.#host);
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  /** Reads in the next frame (again, if already scheduled: once). */
  schedule(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#read());
  }
}
