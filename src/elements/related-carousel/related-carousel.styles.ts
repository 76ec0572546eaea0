import { css } from 'lit';

export default css`
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .slide {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: 1em;
    border: 1px solid var(--lectern-border-color, #d0d7de);
    border-radius: var(--lectern-radius, 0.5em);
    background: var(--lectern-surface, #ffffff);
  }
  .label {
    font-size: 0.875em;
    color: var(--lectern-muted-color, #57606a);
  }
  a {
    color: var(--lectern-accent, #8c1d40);
    font-weight: 600;
  }
`;
