import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LayoutReader } from '../controllers/layout-reader.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface ScrollOptions {
  /** The scrolling row of slides, once rendered. */
  track: () => HTMLElement | null;
  /** Whether moving past either end wraps to the other. */
  loop: () => boolean;
  /** The reader moved the carousel (a button or a key): autoplay stops for good. */
  onUserMove: () => void;
  /** A move the reader asked for has finished: time to announce where they are. */
  onArrive: () => void;
}

/** With smooth scrolling, how long a move may take before the position is read anyway. */
const SCROLL_FALLBACK_MS = 600;

export const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Where the carousel's native scroll-snap track stands (the first visible slide, how many show, whether
 * either end is reached) and how it moves: by page, to a slide, wrapping with `loop`, mirrored right to
 * left. Positions are read in the frame after a render, a resize or a scroll (LayoutReader), never in
 * the render itself.
 */
export class ScrollController implements ReactiveController {
  first = 0;
  visible = 1;
  atStart = true;
  atEnd = false;
  /** How many slides there are (set by the host when it selects them). */
  count = 0;

  #announceNext = false;
  /** The slide a smooth scroll is heading for, until it ends. */
  #heading?: number;
  #fallback?: ReturnType<typeof setTimeout>;
  readonly #layout: LayoutReader;

  readonly #host: Host;
  readonly #options: ScrollOptions;

  constructor(host: Host, options: ScrollOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#layout = new LayoutReader(host, () => this.measure());
  }

  hostDisconnected(): void {
    clearTimeout(this.#fallback);
  }

  /** The page the first visible slide is on, and how many pages there are. */
  pages(): { current: number; total: number } {
    // `visible` is at least 1 (measure() keeps it so).
    const total = Math.ceil(this.count / this.visible);
    return { current: Math.min(Math.round(this.first / this.visible), total - 1), total };
  }

  /** Reads the scroll position: which slides show, and whether either end is reached. */
  measure(): void {
    const track = this.#options.track();
    if (!track) return;
    const step = this.#step(track) || 1;
    const offset = Math.abs(track.scrollLeft);
    const before = this.#position();
    this.visible = Math.max(1, Math.round((track.clientWidth + 1) / step));
    // While a smooth scroll is under way, its destination counts as the first slide: a second press
    // moves on from there, and the pagination shows where the track is going.
    this.first = this.#heading ?? Math.min(Math.round(offset / step), Math.max(this.count - 1, 0));
    this.atStart = offset <= 1;
    this.atEnd = offset + track.clientWidth >= track.scrollWidth - 1;
    // Scrolling reads every frame; the host renders only when what it shows changes.
    if (this.#position() !== before) this.#host.requestUpdate();
  }

  #position(): string {
    return `${this.visible} ${this.first} ${this.atStart} ${this.atEnd}`;
  }

  /** Moves by `pages` pages; wraps with `loop`. */
  page(pages: number, byUser: boolean): void {
    this.measure();
    this.goTo(this.first + pages * this.visible, byUser);
  }

  /** Scrolls so that slide `index` is the first visible one. */
  goTo(index: number, byUser: boolean): void {
    const track = this.#options.track();
    if (!track || this.count === 0) return;
    // Read the position now: a second press may come before the scroll handler's next frame.
    this.measure();
    const lastStart = Math.max(this.count - this.visible, 0);
    const loop = this.#options.loop();
    let target = index;
    if (target < 0) target = loop && this.first === 0 ? lastStart : 0;
    else if (target > lastStart) target = loop && this.first >= lastStart ? 0 : lastStart;
    if (byUser) {
      if (target === this.first) return;
      this.#announceNext = true;
      this.#options.onUserMove();
    }
    const left = target * this.#step(track) * (this.isRtl() ? -1 : 1);
    this.#heading = target;
    track.scrollTo({ left, behavior: reducedMotion() ? 'instant' : 'smooth' });
    // Browsers without `scrollend` (and instant scrolls that end at once) still update and announce.
    clearTimeout(this.#fallback);
    this.#fallback = setTimeout(this.onScrollEnd, reducedMotion() ? 0 : SCROLL_FALLBACK_MS);
  }

  /** Whether the track runs right to left. */
  isRtl(): boolean {
    return getComputedStyle(this.#options.track() ?? this.#host).direction === 'rtl';
  }

  readonly onScroll = () => this.#layout.schedule();

  readonly onScrollEnd = () => {
    this.#heading = undefined;
    this.measure();
    if (this.#announceNext) {
      this.#announceNext = false;
      this.#options.onArrive();
    }
  };

  /** Width of one slide plus the gap: the distance between two slide starts. */
  #step(track: HTMLElement): number {
    const slides = track.children;
    if (slides.length > 1) return Math.abs((slides[1] as HTMLElement).offsetLeft - (slides[0] as HTMLElement).offsetLeft);
    return track.clientWidth;
  }
}
