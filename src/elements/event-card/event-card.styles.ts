import { css } from 'lit';

// `.menu` uses physical `top`/`left` on purpose: the script measures the button in viewport pixels,
// in either direction. Everything else is logical, so right to left mirrors. The map link does not
// shrink: long words may break anywhere (reflow), but "Map" must not become "Ma|p".

export default css`
  :host {
    --_lectern-pending: 34em;
  }
  .card {
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_pending);
  }
  .body {
    padding: 1.25em 1.5em;
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .eyebrow:empty {
    display: none;
  }
  .kind {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent);
  }
  .status {
    margin: 0;
    padding: 0.125em 0.5em;
    font-size: 0.8125em;
  }
  .title {
    margin: 0.25em 0 0.5em;
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .facts {
    margin-block-end: 1em;
  }
  .facts p {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin: 0.25em 0;
  }
  .icon {
    flex: none;
    align-self: center;
    color: var(--_muted);
  }
  .when {
    font-weight: 600;
  }
  .venue a {
    flex: none;
  }
  .reader,
  .previous {
    padding-inline-start: 1.5em;
    color: var(--_muted);
  }
  .note {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
  .summary {
    margin: 0 0 0.75em;
    font-weight: 600;
  }
  .description p,
  .description .rich > * {
    margin: 0 0 0.75em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 1em;
  }
  .menu {
    position: fixed;
    inset: auto;
    top: var(--_menu-top, 0);
    left: var(--_menu-left, 0);
    margin: 0;
    min-inline-size: 15em;
    padding: 0.25em 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-family: var(--lectern-font-family, inherit);
    font-size: var(--lectern-font-size, 16px);
    line-height: 1.5;
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.15);
  }
  .menu:not(:popover-open):not(.shown) {
    display: none;
  }
  .menu a {
    display: block;
    padding: 0.5em 1em;
    color: inherit;
    text-decoration: none;
  }
  .menu a:hover,
  .menu a:focus {
    background: var(--_pending);
    text-decoration: underline;
  }
  .menu a:focus {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  @media (forced-colors: active) {
    .button.disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
  /* The calendar menu needs a script: without JavaScript (a server-rendered card) it is not offered. */
  @media (scripting: none) {
    .calendar {
      display: none;
    }
  }
`;
