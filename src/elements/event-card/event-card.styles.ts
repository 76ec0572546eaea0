import { css } from 'lit';

export default css`
  .card {
    padding: 1.25em 1.5em;
    border: 1px solid var(--lectern-border-color, #d0d7de);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-surface, #ffffff);
  }
  .kind {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--lectern-accent, #8c1d40);
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  a {
    color: var(--lectern-accent, #8c1d40);
  }
  a:focus-visible {
    outline: 2px solid var(--lectern-focus-color, #0b57d0);
    outline-offset: 2px;
  }
  .summary {
    margin: 0;
  }
`;
