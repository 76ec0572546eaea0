import { css } from 'lit';

export default css`
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .speaker + .speaker {
    margin-block-start: 0.5em;
  }
  .name {
    font-weight: 600;
  }
  .role {
    margin-inline-start: 0.5em;
    color: var(--lectern-muted-color, #57606a);
  }
  a {
    color: var(--lectern-accent, #8c1d40);
  }
`;
