import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FeedItem } from '../../feed/schema.js';
import { calendarDeps } from '../../calendar/deps.js';
import { calendarIcon } from '../internal/icons.js';
import type { CalendarPopup, Translate } from './calendar-popup.js';

type Host = ReactiveControllerHost & HTMLElement;

let popupModule: Promise<typeof import('./calendar-popup.js')> | undefined;
/** The menu's behaviour and the calendar builder: one chunk, fetched once per page, again after a failure. */
function loadPopup(): Promise<typeof import('./calendar-popup.js')> {
  return (popupModule ??= import('./calendar-popup.js').catch((error: unknown) => {
    popupModule = undefined;
    throw error;
  }));
}

/**
 * "Add to calendar": the menu button (APG "Menu Button" pattern) and an empty menu, rendered with the
 * card. What happens once a reader asks for the menu (building the calendar file and links, filling,
 * placing and driving the menu) lives in calendar-popup.ts, a chunk fetched when a pointer or focus
 * reaches the button, so it is usually here by the time the button is pressed.
 */
export class CalendarMenu implements ReactiveController {
  #popup?: CalendarPopup;
  #item?: FeedItem;
  #t?: Translate;

  readonly #host: Host;
  readonly #now: () => number;

  constructor(host: Host, now: () => number) {
    this.#host = host;
    this.#now = now;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#popup?.dispose();
  }

  /** `aria-expanded` is written once here and then only by the popup: re-renders never reset it. */
  render(item: FeedItem, t: Translate) {
    this.#item = item;
    this.#t = t;
    return html`<div class="calendar">
      <button
        class="button secondary"
        part="calendar-button"
        id="calendar-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded="false"
        aria-controls="calendar-menu"
        @click=${() => (this.#popup?.open ? this.#popup.close(true) : this.show('first'))}
        @keydown=${this.#onButtonKeydown}
        @pointerenter=${this.#prefetch}
        @focus=${this.#prefetch}
      >
        ${calendarIcon}<span>${t(item._event?.status === 'cancelled' ? 'calendarUpdate' : 'addToCalendar')}</span>
      </button>
      <div id="calendar-menu" class="menu" part="calendar-menu" role="menu" aria-labelledby="calendar-button" popover="manual"></div>
    </div>`;
  }

  /** Opens the menu and focuses its first or last item. */
  async show(focus: 'first' | 'last'): Promise<void> {
    let module;
    try {
      module = await loadPopup();
    } catch (error) {
      console.warn(`[lectern] The calendar menu could not be loaded (${String(error)}).`);
      return;
    }
    const root = this.#host.shadowRoot;
    if (!root || !this.#item || !this.#t || !this.#host.isConnected) return;
    this.#popup ??= new module.CalendarPopup(root, calendarDeps, this.#now);
    this.#popup.show(this.#item, this.#t, focus);
  }

  readonly #prefetch = () => void loadPopup().catch(() => undefined);

  readonly #onButtonKeydown = (e: KeyboardEvent) => {
    // Handled here, not left to the native click: the key's own default action must not reach the
    // menu item that receives focus (an Enter that opens the menu must not also download the file).
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.#popup?.open && e.key !== 'ArrowUp' && e.key !== 'ArrowDown') this.#popup.close(true);
      else void this.show(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  };
}
