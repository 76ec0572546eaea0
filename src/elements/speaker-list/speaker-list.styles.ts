import { css } from 'lit';

// The role badge's transparent border is invisible normally and its outline in forced colours.

export default css`
  :host {
    --_lectern-pending: 24em;
  }
  .speakers {
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.375em;
    line-height: 1.3;
    font-weight: 700;
  }
  .group + .group {
    margin-block-start: 1.25em;
  }
  .group-heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .list {
    display: grid;
    gap: 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .speaker {
    display: flex;
    gap: 1em;
    align-items: flex-start;
    min-inline-size: 0;
  }
  .text {
    flex: 1;
    min-inline-size: 0;
  }
  .portrait {
    flex: none;
    inline-size: var(--lectern-portrait-size, 4.5em);
    block-size: var(--lectern-portrait-size, 4.5em);
    border-radius: 50%;
    object-fit: cover;
    background: var(--lectern-initials-background, light-dark(#e7e9ec, #30363d));
  }
  .initials {
    display: grid;
    place-items: center;
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_fg);
    inline-size: calc(var(--lectern-portrait-size, 4.5em) / 1.25);
    block-size: calc(var(--lectern-portrait-size, 4.5em) / 1.25);
  }
  .name {
    display: inline;
    margin: 0;
    font-size: 1.0625em;
    font-weight: 700;
  }
  .role {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_pending);
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .position {
    margin: 0.125em 0 0;
    color: var(--_muted);
  }
  .bio {
    margin-block-start: 0.5em;
  }
  .bio p,
  .bio .rich > * {
    margin: 0 0 0.5em;
  }
  /* Clamped only where a script can open it again: without JavaScript (a server-rendered list) the
     whole biography shows. */
  @media (scripting: enabled) {
    .bio.clamped {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--lectern-bio-lines, 4);
      line-clamp: var(--lectern-bio-lines, 4);
      overflow: hidden;
    }
  }
  .toggle {
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  /* Cards. */
  .layout-grid .list {
    grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
  }
  .layout-grid .speaker {
    flex-direction: column;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  /* Names and roles only, for a sidebar. */
  .layout-compact .list {
    gap: 0.375em;
  }
  .layout-compact .role {
    margin-inline-start: 0.375em;
  }
  /* Narrow containers (a sidebar, a phone): portraits above the text, smaller. */
  @container (max-width: 28em) {
    .layout-list .speaker {
      flex-direction: column;
      gap: 0.5em;
    }
    .portrait {
      --lectern-portrait-size: 3.5em;
    }
  }
`;
