import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Longest single wait; browsers clamp longer timeouts to zero. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Renders a little after the instant, so the clock has passed it when the element reads the time. */
const SLACK_MS = 50;

/**
 * Renders the host again when the clock passes an instant (an event starts or ends), so what it shows
 * follows the time without a reload. One pending instant at a time; cleared when the host leaves the page.
 * None while the host's time is fixed (`now`, its own or its provider's): a fixed time has no clock, and
 * an instant already past on the real clock would otherwise re-render it every 50 ms.
 */
export class TransitionTimer implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Updates the host just after `at` (ms since the epoch); undefined cancels. */
  schedule(at: number | undefined): void {
    clearTimeout(this.#timer);
    // The host's `now` or its provider's (LecternContentElement's `feedState`, protected there).
    const host = this.#host as Host & { now?: number; feedState: { now?: number } };
    if (at === undefined || (host.now ?? host.feedState.now) !== undefined || !host.isConnected) return;
    this.#timer = setTimeout(() => this.#host.requestUpdate(), Math.min(Math.max(at - Date.now(), 0) + SLACK_MS, MAX_TIMER_MS));
  }

  hostDisconnected(): void {
    this.schedule(undefined);
  }
}
