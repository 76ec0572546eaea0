import { css } from 'lit';

export default css`
  .card {
    padding: 1em 1.25em;
    border: 1px solid var(--lectern-border-color, #d0d7de);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-surface, #ffffff);
  }
  .card + .card {
    margin-block-start: 1em;
  }
  .series,
  .publisher {
    margin: 0;
    color: var(--lectern-muted-color, #57606a);
  }
  .title {
    margin: 0.25em 0;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  a {
    color: var(--lectern-accent, #8c1d40);
  }
`;
