/**
 * The "Add to calendar" menu, once a reader asks for it: a WAI-ARIA menu (APG "Menu Button" pattern).
 *
 * - The button (rendered by the card, see calendar-menu.ts) has `aria-haspopup="menu"` and
 *   `aria-expanded`; Enter, Space and ArrowDown open the menu on the first item, ArrowUp on the last.
 * - In the menu, ArrowUp/ArrowDown move (wrapping), Home/End jump, Escape closes and returns focus to the
 *   button, Tab closes and lets focus move on; choosing an item closes the menu.
 * - The menu is a popover, so it sits in the top layer: no `overflow: hidden` or `z-index` on the
 *   partner's page can clip or cover it. It is positioned from the button through CSS properties set
 *   from script (allowed under a strict `style-src`, unlike inline `style` attributes).
 *
 * A chunk of its own, with the calendar builder (calendar.ts): fetched when a pointer or focus reaches
 * the button, or at the first press. Like every Lectern chunk it imports nothing from lectern.js (that
 * would load a second copy whenever a page's script URL carries a query string): the builder's helpers
 * arrive as `CalendarDeps`, and the menu is built with DOM calls, not Lit.
 */
import type { FeedItem } from '../../feed/schema.js';
import type { CalendarDeps } from '../../calendar/deps.js';
import type { MessageKey } from '../../i18n/messages.js';
import enCalendar from '../../i18n/en-calendar.js';
import { calendarLinks, type CalendarLinks } from '../../calendar/calendar.js';

/** The card's messages, in its language. */
export type Translate = (key: MessageKey) => string;

export class CalendarPopup {
  open = false;
  #links?: CalendarLinks;
  #blobUrl?: string;
  #forItem?: FeedItem;
  #frame = 0;

  readonly #root: ShadowRoot;
  readonly #deps: CalendarDeps;
  readonly #now: () => number;

  constructor(root: ShadowRoot, deps: CalendarDeps, now: () => number) {
    this.#root = root;
    this.#deps = deps;
    this.#now = now;
    // The menu's English messages join the English table (other languages carry them already).
    Object.assign(deps.en, enCalendar);
  }

  /** Opens the menu for `item` and focuses its first or last entry. */
  show(item: FeedItem, t: Translate, focus: 'first' | 'last'): void {
    if (item !== this.#forItem) {
      this.#revoke();
      this.#forItem = item;
      // The feed's URL (else its home page, else this page) qualifies ids that are not global in the UID.
      const state = (this.#root.host as { feedState?: { url?: string; feed?: { home_page_url?: string } } }).feedState;
      this.#links = calendarLinks(item, { now: this.#now(), deps: this.#deps, source: state?.url ?? state?.feed?.home_page_url ?? location.href });
      if (this.#links) this.#blobUrl = URL.createObjectURL(new Blob([this.#links.ics], { type: 'text/calendar;charset=utf-8' }));
    }
    const [menu, button, links] = [this.#menu, this.#button, this.#links];
    if (!links || !menu || !button) return;
    // Built on every opening: the card may have rendered a new menu element since the last one.
    // A web calendar cannot be updated by a link (each would add a second, live event): a cancelled
    // event offers the file alone, and the card says web calendars must be updated by hand.
    menu.replaceChildren(
      this.#entry(this.#blobUrl!, t('calendarIcs')),
      ...(item._event?.status === 'cancelled'
        ? []
        : [
            this.#entry(links.google, t('calendarGoogle'), t('opensNewTab')),
            this.#entry(links.outlookCom, t('calendarOutlook'), t('opensNewTab')),
            this.#entry(links.microsoft365, t('calendarOffice'), t('opensNewTab')),
          ]),
    );
    if (!this.open) {
      this.open = true;
      button.setAttribute('aria-expanded', 'true');
      menu.addEventListener('keydown', this.#onMenuKeydown);
      menu.addEventListener('click', this.#onMenuClick);
      menu.addEventListener('focusout', this.#onFocusOut);
      button.addEventListener('focusout', this.#onFocusOut);
      try {
        menu.showPopover();
      } catch {
        // No Popover API: the `.menu:not(:popover-open)` fallback style shows it.
        menu.classList.add('shown');
      }
      addEventListener('resize', this.#onViewportChange);
      addEventListener('scroll', this.#onViewportChange, { capture: true, passive: true });
    }
    // Placed once shown: a hidden menu has no size to align by.
    this.#place(menu, button);
    // Focus after the key event that opened the menu has finished.
    requestAnimationFrame(() => {
      const items = this.#items;
      items[focus === 'first' ? 0 : items.length - 1]?.focus();
    });
  }

  /** Closes the menu; with `returnFocus`, focus goes back to the button (Escape, choosing an item). */
  close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    removeEventListener('resize', this.#onViewportChange);
    removeEventListener('scroll', this.#onViewportChange, { capture: true });
    cancelAnimationFrame(this.#frame);
    const [menu, button] = [this.#menu, this.#button];
    menu?.removeEventListener('keydown', this.#onMenuKeydown);
    menu?.removeEventListener('click', this.#onMenuClick);
    menu?.removeEventListener('focusout', this.#onFocusOut);
    button?.removeEventListener('focusout', this.#onFocusOut);
    menu?.classList.remove('shown');
    try {
      menu?.hidePopover();
    } catch {
      /* not shown as a popover */
    }
    button?.setAttribute('aria-expanded', 'false');
    if (returnFocus) button?.focus();
  }

  /** The card left the page: close, and free the calendar file. */
  dispose(): void {
    this.close(false);
    this.#revoke();
    this.#forItem = undefined;
  }

  #entry(href: string, label: string, newTab?: string): HTMLAnchorElement {
    const a = document.createElement('a');
    a.setAttribute('role', 'menuitem');
    a.setAttribute('part', 'calendar-option');
    a.tabIndex = -1;
    a.href = href;
    a.append(label);
    if (newTab) {
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      const hint = document.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = ` ${newTab}`;
      a.append(hint);
    } else {
      a.download = this.#links!.filename;
    }
    return a;
  }

  get #menu(): HTMLElement | null {
    return this.#root.querySelector<HTMLElement>('#calendar-menu');
  }

  get #button(): HTMLElement | null {
    return this.#root.querySelector<HTMLElement>('#calendar-button');
  }

  get #items(): HTMLElement[] {
    return [...(this.#menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  /** Below the button, aligned with its start edge, kept inside the viewport. */
  #place(menu: HTMLElement, button: HTMLElement): void {
    const r = button.getBoundingClientRect();
    const rtl = getComputedStyle(button).direction === 'rtl';
    const width = Math.max(menu.offsetWidth, 240);
    let left = rtl ? r.right - width : r.left;
    left = Math.max(8, Math.min(left, innerWidth - width - 8));
    const below = r.bottom + 4;
    const top = below + menu.offsetHeight > innerHeight && r.top > menu.offsetHeight ? r.top - menu.offsetHeight - 4 : below;
    menu.style.setProperty('--_menu-left', `${Math.round(left)}px`);
    menu.style.setProperty('--_menu-top', `${Math.round(top)}px`);
  }

  /** Scrolling or resizing moves the button: the menu follows it (once per frame). */
  readonly #onViewportChange = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const [menu, button] = [this.#menu, this.#button];
      if (this.open && menu && button) this.#place(menu, button);
    });
  };

  readonly #onMenuKeydown = (e: KeyboardEvent) => {
    const items = this.#items;
    const index = items.indexOf(this.#root.activeElement as HTMLElement);
    let next: number | undefined;
    switch (e.key) {
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        this.close(true);
        return;
      case 'Tab':
        this.close(false);
        return;
      case 'ArrowDown':
        next = (index + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (index - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      default:
        return;
    }
    if (index === -1 && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) return;
    e.preventDefault();
    items[next]?.focus();
  };

  readonly #onMenuClick = (e: Event) => {
    // Let the download or navigation start first.
    if ((e.target as Element).closest('[role="menuitem"]')) setTimeout(() => this.close(true));
  };

  /** Focus leaving the menu and its button (a click elsewhere, Shift+Tab) closes it. */
  readonly #onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && (this.#menu?.contains(to) || to === this.#button)) return;
    setTimeout(() => {
      const active = this.#root.activeElement;
      if (!active || (!this.#menu?.contains(active) && active !== this.#button)) this.close(false);
    });
  };

  #revoke(): void {
    if (this.#blobUrl) URL.revokeObjectURL(this.#blobUrl);
    this.#blobUrl = undefined;
  }
}
