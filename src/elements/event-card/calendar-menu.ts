import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FeedItem } from '../../feed/schema.js';
import type { CalendarLinks } from '../../time/calendar.js';
import { calendarDeps, loadCalendar } from '../../time/calendar-deps.js';
import { calendarIcon } from '../icons.js';

export interface CalendarMenuLabels {
  button: string;
  ics: string;
  google: string;
  outlookCom: string;
  microsoft365: string;
  newTab: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * "Add to calendar": a WAI-ARIA menu button (APG "Menu Button" pattern).
 *
 * - The button has `aria-haspopup="menu"` and `aria-expanded`; Enter, Space and ArrowDown open the menu
 *   on the first item, ArrowUp on the last.
 * - In the menu, ArrowUp/ArrowDown move (wrapping), Home/End jump, Escape closes and returns focus to the
 *   button, Tab closes and lets focus move on; choosing an item closes the menu.
 * - The menu is a popover, so it sits in the top layer: no `overflow: hidden` or `z-index` on the
 *   partner's page can clip or cover it. It is positioned from the button through CSS properties set
 *   from script (allowed under a strict `style-src`, unlike inline `style` attributes).
 * - The calendar file and links are built only when the menu first opens, by a module fetched on first
 *   use: a pointer over the button or focus on it starts the fetch, so it is usually here by the click.
 */
export class CalendarMenu implements ReactiveController {
  open = false;
  private links?: CalendarLinks;
  private blobUrl?: string;
  private forItem?: FeedItem;
  private frame = 0;
  /** Scrolling or resizing moves the button: the menu follows it (once per frame). */
  private readonly onViewportChange = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const menu = this.menu;
      if (this.open && menu) this.place(menu);
    });
  };

  constructor(
    private readonly host: Host,
    private readonly now: () => number,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
    this.revoke();
  }

  render(item: FeedItem, labels: CalendarMenuLabels) {
    if (item !== this.forItem) {
      this.forItem = item;
      this.links = undefined;
      this.revoke();
    }
    const links = this.links;
    const external = (href: string, label: string) =>
      html`<a role="menuitem" tabindex="-1" part="calendar-option" href=${href} target="_blank" rel="noopener noreferrer"
        >${label}<span class="visually-hidden"> ${labels.newTab}</span></a
      >`;
    return html`<div class="calendar" @keydown=${this.onMenuKeydown}>
      <button
        class="button secondary"
        part="calendar-button"
        id="calendar-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="calendar-menu"
        @click=${() => (this.open ? this.close(true) : this.show('first'))}
        @keydown=${this.onButtonKeydown}
        @pointerenter=${this.prefetch}
        @focus=${this.prefetch}
      >
        ${calendarIcon}<span>${labels.button}</span>
      </button>
      <div
        id="calendar-menu"
        class="menu"
        part="calendar-menu"
        role="menu"
        aria-labelledby="calendar-button"
        popover="manual"
        @click=${this.onMenuClick}
        @focusout=${this.onFocusOut}
      >
        ${links
          ? html`<a role="menuitem" tabindex="-1" part="calendar-option" href=${this.blobUrl ?? nothing} download=${links.filename}
                >${labels.ics}</a
              >
              ${external(links.google, labels.google)} ${external(links.outlookCom, labels.outlookCom)}
              ${external(links.microsoft365, labels.microsoft365)}`
          : nothing}
      </div>
    </div>`;
  }

  /** Opens the menu and focuses its first or last item. */
  async show(focus: 'first' | 'last'): Promise<void> {
    if (!this.forItem) return;
    if (!this.links) {
      const item = this.forItem;
      const module = await loadCalendar().catch((error: unknown) => {
        console.warn(`[lectern] The calendar menu could not be loaded (${String(error)}).`);
      });
      // A refreshed feed may have replaced the item meanwhile; a second press may have built the links.
      if (!module || item !== this.forItem) return;
      if (this.links) return this.show(focus);
      this.links = module.calendarLinks(item, { now: this.now(), deps: calendarDeps });
      if (!this.links) return;
      this.blobUrl = URL.createObjectURL(new Blob([this.links.ics], { type: 'text/calendar;charset=utf-8' }));
    }
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const menu = this.menu;
    if (!menu) return;
    try {
      menu.showPopover();
    } catch {
      // Already shown, or no Popover API: the `.menu:not(:popover-open)` fallback style shows it.
      menu.classList.add('shown');
    }
    // Placed once shown: a hidden menu has no size to align by.
    this.place(menu);
    addEventListener('resize', this.onViewportChange);
    addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    // Focus after the key event that opened the menu has finished.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const items = this.items;
    items[focus === 'first' ? 0 : items.length - 1]?.focus();
  }

  private readonly prefetch = () => void loadCalendar().catch(() => undefined);

  /** Closes the menu; with `returnFocus`, focus goes back to the button (Escape, choosing an item). */
  close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    removeEventListener('resize', this.onViewportChange);
    removeEventListener('scroll', this.onViewportChange, { capture: true });
    cancelAnimationFrame(this.frame);
    const menu = this.menu;
    menu?.classList.remove('shown');
    try {
      menu?.hidePopover();
    } catch {
      /* not shown as a popover */
    }
    this.host.requestUpdate();
    if (returnFocus) this.button?.focus();
  }

  private get menu(): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>('#calendar-menu');
  }

  private get button(): HTMLButtonElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLButtonElement>('#calendar-button');
  }

  private get items(): HTMLElement[] {
    return [...(this.menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  /** Below the button, aligned with its start edge, kept inside the viewport. */
  private place(menu: HTMLElement): void {
    const button = this.button;
    if (!button) return;
    const r = button.getBoundingClientRect();
    const rtl = getComputedStyle(button).direction === 'rtl';
    const width = Math.max(menu.offsetWidth, 240);
    let left = rtl ? r.right - width : r.left;
    left = Math.max(8, Math.min(left, innerWidth - width - 8));
    const below = r.bottom + 4;
    const top = below + menu.offsetHeight > innerHeight && r.top > menu.offsetHeight ? r.top - menu.offsetHeight - 4 : below;
    menu.style.setProperty('--lectern-menu-left', `${Math.round(left)}px`);
    menu.style.setProperty('--lectern-menu-top', `${Math.round(top)}px`);
  }

  private readonly onButtonKeydown = (e: KeyboardEvent) => {
    // Handled here, not left to the native click: the key's own default action must not reach the
    // menu item that receives focus (an Enter that opens the menu must not also download the file).
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.open && e.key !== 'ArrowUp' && e.key !== 'ArrowDown') this.close(true);
      else void this.show(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  private readonly onMenuKeydown = (e: KeyboardEvent) => {
    if (!this.open) return;
    const items = this.items;
    const index = items.indexOf(this.host.shadowRoot?.activeElement as HTMLElement);
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

  private readonly onMenuClick = (e: Event) => {
    if ((e.target as Element).closest('[role="menuitem"]')) {
      // Let the download or navigation start first.
      setTimeout(() => this.close(true));
    }
  };

  /** Focus leaving the menu and its button (a click elsewhere, Shift+Tab) closes it. */
  private readonly onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && (this.menu?.contains(to) || to === this.button)) return;
    setTimeout(() => {
      const active = this.host.shadowRoot?.activeElement;
      if (!active || (!this.menu?.contains(active) && active !== this.button)) this.close(false);
    });
  };

  private revoke(): void {
    if (this.blobUrl) URL.revokeObjectURL(this.blobUrl);
    this.blobUrl = undefined;
  }
}
