import { css } from 'lit';

/**
 * Design tokens and the host reset every Lectern element shares.
 *
 * Partner pages are hostile: inherited properties (font-size, line-height, letter-spacing,
 * text-transform, colour…) cross the shadow boundary, and page rules aimed at our tag beat `:host`.
 * So the host only guarantees `display` and `box-sizing`, and all typography is set explicitly on the
 * inner `.root`, from `--lectern-*` properties only. Sizes are in `em` of `--lectern-font-size`: never
 * `rem`, which follows the page's `html` font-size.
 *
 * Colours: each `--lectern-*` colour falls back to a `light-dark()` pair, resolved by the *page's*
 * `color-scheme` (inherited): light on a page that declares nothing, dark on `color-scheme: dark`,
 * the reader's `prefers-color-scheme` on `light dark`; a light page never gets dark blocks because
 * its reader's system is dark. `theme="light"` / `theme="dark"` on any Lectern element (or on the
 * `<lectern-feed>` around them) forces one, through the inherited `--_lectern-scheme`. A partner's
 * own colour applies in both schemes, unless given as `light-dark(light, dark)` itself. Every default
 * pair meets WCAG AA (4.5:1 text, 3:1 UI) in both: test/a11y/contrast.test.ts. Elements use the
 * private `--_*` tokens below, never the defaults directly. In the dark scheme `.root` paints its own
 * surface (light text would vanish on a light page); in forced colours, anything drawn only with a
 * background (a badge, a dot) also has a border, transparent until forced colours show it.
 *
 * One focus ring for every control (WCAG 2.4.11/2.4.13): 2px, ≥ 3:1 against the surface.
 * `overflow-wrap: anywhere` (not `break-word`): long words and URLs must also shrink flex items, so
 * nothing scrolls sideways at 320px (1.4.10).
 */
export const baseStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box !important;
    --_bg: var(--lectern-surface, light-dark(#fff, #16191d));
    --_fg: var(--lectern-color, light-dark(#1f2328, #e6edf3));
    --_muted: var(--lectern-muted-color, light-dark(#57606a, #a1aab4));
    --_accent: var(--lectern-accent, light-dark(#8c1d40, #f59ab5));
    --_on-accent: var(--lectern-accent-contrast, light-dark(#fff, #16191d));
    --_border: var(--lectern-border-color, light-dark(#d0d7de, #444c56));
    --_pending: var(--lectern-pending-color, light-dark(#f3f4f6, #262b31));
    --_focus: var(--lectern-focus-color, light-dark(#0b57d0, #7cacf8));
    --_radius: var(--lectern-radius, 0.5em);
    --_status: var(--lectern-status-color, light-dark(#8c1d40, #ff9aa9));
    --_live: var(--lectern-live-color, light-dark(#1a7f37, #56d364));
  }
  :host([theme='light']) {
    --_lectern-scheme: light;
  }
  :host([theme='dark']) {
    --_lectern-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    /* The page's scheme unless a theme attribute says otherwise: with --_lectern-scheme unset the
       declaration is invalid at computed-value time, so color-scheme is inherited from the page. */
    color-scheme: var(--_lectern-scheme);
    background: light-dark(transparent, var(--_bg));
    font-family: var(--lectern-font-family, inherit);
    font-size: var(--lectern-font-size, 16px);
    line-height: var(--lectern-line-height, 1.5);
    color: var(--_fg);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Waiting for the feed: reserve about the space the content will take, so the page does not jump
     (20em: the publication card and the event list, whose view may still be on its way; others set theirs). */
  .pending {
    min-block-size: var(--lectern-pending-block-size, var(--_lectern-pending, 20em));
    border-radius: var(--_radius);
    background: var(--_pending);
  }
  .notice {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .notice p {
    margin: 0;
  }
  /* Buttons and button-like links, shared by every element: primary, secondary, unavailable. */
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button.disabled {
    border-color: var(--_border);
    background: var(--_pending);
    color: var(--_muted);
    cursor: default;
  }
  .retry {
    margin-block-start: 0.5em;
  }
  /* Status badges (the event card, the event list): live now, cancelled, postponed, fully booked… */
  .status {
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
    color: var(--_muted);
  }
  .status.alert {
    color: var(--_status);
  }
  .status.live {
    color: var(--_live);
  }
  /* Forced colours draw a <button>'s border in ButtonBorder, which some palettes (Firefox's light one
     on Linux and macOS) make a pale grey on Canvas: the button text's colour keeps the edge visible
     (.root button outranks .button and .control; an unavailable control's GrayText outranks it). */
  @media (forced-colors: active) {
    .root button {
      border-color: ButtonText;
    }
  }
  .notice p + p {
    margin-block-start: 0.25em;
    color: var(--_muted);
  }
`;
