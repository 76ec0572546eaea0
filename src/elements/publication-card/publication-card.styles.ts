import { css } from 'lit';

export default css`
  :host {
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
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
    border-radius: calc(var(--_radius) / 2);
    background: var(--_pending);
  }
  .placeholder {
    align-items: center;
    justify-content: center;
    padding: 0.75em;
    background: var(--lectern-cover-color, var(--_accent));
    color: var(--_on-accent);
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
    color: var(--_muted);
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 1em;
  }
`;
