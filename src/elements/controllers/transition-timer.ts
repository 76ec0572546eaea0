import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest single wait; browsers clamp longer timeouts to zero. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Renders a little after the instant, so the clock has passed it when the element reads the time. */
const SLACK_MS = 50;

/**
 * Renders the host again when the clock passes an instant (an event starts or ends), so what it shows
 * follows the time without a reload. One pending instant at a time; cleared when the host leaves the page.
 */
export class TransitionTimer implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Updates the host just after `at` (ms since the epoch); undefined cancels. */
  schedule(at: number | undefined): void {
    clearTimeout(this.#timer);
    if (at === undefined || !this.#host.isConnected) return;
    this.#timer = setTimeout(() => this.#host.requestUpdate(), Math.min(Math.max(at - Date.now(), 0) + SLACK_MS, MAX_TIMER_MS));
  }

  hostDisconnected(): void {
    this.schedule(undefined);
  }
}
