import { css } from 'lit';

export default css`
  :host {
    --_lectern-pending: 20em;
  }
  .root {
    container-type: inline-size;
  }
  .card {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 1em 1.25em;
    padding: 1em 1.25em;
    border: 1px solid var(--lectern-border-color, #d0d7de);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-surface, #ffffff);
  }
  .card + .card {
    margin-block-start: 1em;
  }
  /* Cover beside the text when the container (not the viewport) has room; logical, so RTL mirrors. */
  @container (min-width: 30em) {
    .card {
      flex-direction: row;
    }
  }
  .cover {
    display: flex;
    flex: none;
    inline-size: var(--lectern-cover-inline-size, 8em);
    block-size: auto;
    aspect-ratio: 2 / 3;
    object-fit: cover;
    border-radius: calc(var(--lectern-radius, 0.5em) / 2);
    background: var(--lectern-pending-color, #f3f4f6);
  }
  .placeholder {
    align-items: center;
    justify-content: center;
    padding: 0.75em;
    overflow: hidden;
    background: var(--lectern-cover-color, var(--lectern-accent, #8c1d40));
    color: var(--lectern-accent-contrast, #ffffff);
    font-family: Georgia, 'Times New Roman', serif;
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
  }
  .placeholder span {
    font-size: 0.875em;
  }
  .body {
    flex: 1;
    align-self: stretch;
    min-inline-size: 0;
  }
  .body p {
    margin: 0.25em 0 0;
  }
  .series,
  .publisher,
  .date,
  .isbn,
  .access {
    color: var(--lectern-muted-color, #57606a);
  }
  .series {
    font-size: 0.875em;
    font-weight: 600;
  }
  .title {
    margin: 0.125em 0 0;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .subtitle {
    font-size: 1.0625em;
  }
  .body .summary {
    margin-block: 0.75em;
  }
  .access {
    font-style: italic;
  }
  a {
    color: var(--lectern-accent, #8c1d40);
  }
  a:focus-visible {
    outline: 2px solid var(--lectern-focus-color, #0b57d0);
    outline-offset: 2px;
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
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--lectern-accent, #8c1d40);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-accent, #8c1d40);
    color: var(--lectern-accent-contrast, #ffffff);
    font-weight: 600;
    text-decoration: none;
  }
  .secondary {
    background: transparent;
    color: var(--lectern-accent, #8c1d40);
  }
`;
