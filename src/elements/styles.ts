import { css } from 'lit';

/**
 * Design tokens and the host reset every Lectern element shares.
 *
 * Partner pages are hostile: inherited properties (font-size, line-height, letter-spacing,
 * text-transform, colour…) cross the shadow boundary, and page rules aimed at our tag beat `:host`.
 * So the host only guarantees `display` and `box-sizing`, and all typography is set explicitly on the
 * inner `.root`, from `--lectern-*` properties only. Sizes are in `em` of `--lectern-font-size`: never
 * `rem`, which follows the page's `html` font-size.
 */
export const baseStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box !important;
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
    font-family: var(--lectern-font-family, inherit);
    font-size: var(--lectern-font-size, 16px);
    line-height: var(--lectern-line-height, 1.5);
    color: var(--lectern-color, #1f2328);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Waiting for the feed: reserve about the space the content will take, so the page does not jump. */
  .pending {
    min-block-size: var(--lectern-pending-block-size, var(--_lectern-pending, 10em));
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-pending-color, #f3f4f6);
  }
  .notice {
    padding: 0.75em 1em;
    border: 1px solid var(--lectern-border-color, #d0d7de);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-surface, #ffffff);
  }
  .notice p {
    margin: 0;
  }
  .retry {
    margin-block-start: 0.5em;
    min-block-size: 2.75em;
    padding: 0.25em 1em;
    border: 2px solid var(--lectern-accent, #8c1d40);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-surface, #ffffff);
    color: var(--lectern-accent, #8c1d40);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .retry:focus-visible {
    outline: 2px solid var(--lectern-focus-color, #0b57d0);
    outline-offset: 2px;
  }
  .notice p + p {
    margin-block-start: 0.25em;
    color: var(--lectern-muted-color, #57606a);
  }
`;
