import { css } from 'lit';

export default css`
  :host {
    --_lectern-pending: 34em;
  }
  .card {
    overflow: hidden;
    border: 1px solid var(--lectern-border-color, #d0d7de);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-surface, #ffffff);
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--lectern-pending-color, #f3f4f6);
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
    color: var(--lectern-accent, #8c1d40);
  }
  .status {
    margin: 0;
    padding: 0.125em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--lectern-muted-color, #57606a);
  }
  .status.alert {
    color: var(--lectern-status-color, #8c1d40);
  }
  .status.live {
    color: var(--lectern-live-color, #1a7f37);
  }
  .title {
    margin: 0.25em 0 0.5em;
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  a {
    color: var(--lectern-accent, #8c1d40);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--lectern-focus-color, #0b57d0);
    outline-offset: 2px;
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
    color: var(--lectern-muted-color, #57606a);
  }
  .when {
    font-weight: 600;
  }
  .reader,
  .previous {
    padding-inline-start: 1.5em;
    color: var(--lectern-muted-color, #57606a);
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
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--lectern-accent, #8c1d40);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-accent, #8c1d40);
    color: var(--lectern-accent-contrast, #ffffff);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--lectern-accent, #8c1d40);
  }
  .button.disabled {
    border-color: var(--lectern-border-color, #d0d7de);
    background: var(--lectern-pending-color, #f3f4f6);
    color: var(--lectern-muted-color, #57606a);
    cursor: default;
  }
  .menu {
    position: fixed;
    inset: auto;
    top: var(--lectern-menu-top, 0);
    left: var(--lectern-menu-left, 0);
    margin: 0;
    min-inline-size: 15em;
    padding: 0.25em 0;
    border: 1px solid var(--lectern-border-color, #d0d7de);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-surface, #ffffff);
    color: var(--lectern-color, #1f2328);
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
    outline: none;
    background: var(--lectern-pending-color, #f3f4f6);
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .menu a:focus {
      outline: 2px solid CanvasText;
    }
  }
`;
