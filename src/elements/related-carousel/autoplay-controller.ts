import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The shortest time between rotations, whatever the page asks for. */
export const MIN_INTERVAL_MS = 2000;

/**
 * Rotation (APG carousel): advances on a timer while `rotating`; the reader stopping it (hover, focus,
 * a button or key, the pause button) stops it for good, until they press play. The host decides
 * whether to start (never under reduced motion); the timer stops when the host leaves the page.
 */
export class AutoplayController implements ReactiveController {
  rotating = false;
  /** Stopped by the reader: rotation does not resume until they press play. */
  userStopped = false;
  #timer?: ReturnType<typeof setInterval>;

  readonly #host: ReactiveControllerHost;
  readonly #advance: () => void;

  constructor(host: ReactiveControllerHost, advance: () => void) {
    this.#host = host;
    this.#advance = advance;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  play(interval: number): void {
    this.stop();
    this.rotating = true;
    this.#timer = setInterval(this.#advance, Math.max(interval || 0, MIN_INTERVAL_MS));
    this.#host.requestUpdate();
  }

  stop(): void {
    clearInterval(this.#timer);
    if (!this.rotating) return;
    this.rotating = false;
    this.#host.requestUpdate();
  }

  /** The reader stopped it: it stays stopped until they press play. */
  stopByUser(): void {
    if (!this.rotating) return;
    this.userStopped = true;
    this.stop();
  }

  /** The pause/play button. */
  toggle(interval: number): void {
    if (this.rotating) this.stopByUser();
    else {
      this.userStopped = false;
      this.play(interval);
    }
  }
}
