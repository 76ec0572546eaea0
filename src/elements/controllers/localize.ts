import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isRtl, loadMessages, msg, type MessageKey } from '../../i18n/messages.js';
import { resolveLocale } from '../internal/locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * An element's language: which one it writes in (its `lang`, else its ancestors', else the feed's,
 * else English), whether that language's messages are here yet, and its direction.
 *
 * The language is resolved once per update, before the element renders (`hostUpdate`), so `render()`
 * only reads it. A non-English page's messages start loading when the element connects, alongside
 * the feed; while they load `ready` is false (elements show their pending state, never English
 * first), and the host renders again when they arrive.
 */
export class LocalizeController implements ReactiveController {
  /** The BCP 47 tag the element writes in. */
  locale = 'en';
  /** False while this language's messages load. */
  ready = true;
  /** `rtl` for a right-to-left language, unless the page sets a direction at or inside the element giving the language. */
  dir: 'rtl' | typeof nothing = nothing;
  /** Set when the language comes from the feed rather than the page: screen readers then need a `lang`. */
  fromFeed = false;

  readonly #host: Host;
  readonly #feedLanguage: () => string | undefined;

  constructor(host: Host, feedLanguage: () => string | undefined) {
    this.#host = host;
    this.#feedLanguage = feedLanguage;
    host.addController(this);
  }

  hostConnected(): void {
    // Fetch a non-English page's messages now, alongside the feed, not after it.
    void this.#load(resolveLocale(this.#host));
  }

  hostUpdate(): void {
    const feedLanguage = this.#feedLanguage();
    this.locale = resolveLocale(this.#host, feedLanguage);
    const l = this.#host.closest('[lang]');
    const d = this.#host.closest('[dir]');
    this.fromFeed = !l && !!feedLanguage;
    this.ready = !this.#load(this.locale);
    this.dir = isRtl(this.locale) && (!d || (l !== d && d.contains(l ?? d))) ? 'rtl' : nothing;
  }

  /** The message for `key` in this element's language. */
  t(key: MessageKey): string {
    return msg(this.locale, key);
  }

  /** Starts loading `locale`'s messages; true while they load (the host updates again when they arrive). */
  #load(locale: string): boolean {
    const loading = loadMessages(locale);
    void loading?.then(() => this.#host.requestUpdate());
    return loading !== undefined;
  }
}
