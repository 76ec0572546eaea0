import { css } from 'lit';

// The arrows ‹ › are bidi-mirrored characters: right to left the text engine draws them flipped, so
// no transform (one would flip them back). In forced colours the page dots keep their own system
// colours (forced-color-adjust: none) so the current one stays filled.

export default css`
  :host {
    --_lectern-pending: 26em;
  }
  .carousel {
    container-type: inline-size;
    --_per-view: 1;
  }
  @container (min-width: 26em) {
    .track {
      --_per-view: 2;
    }
  }
  @container (min-width: 42em) {
    .track {
      --_per-view: 3;
    }
  }
  @container (min-width: 60em) {
    .track {
      --_per-view: 4;
    }
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    line-height: 1.3;
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .control {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.25em 0.875em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .rotation {
    margin-inline-end: auto;
  }
  .control[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
  }
  .arrow {
    font-size: 1.25em;
    line-height: 1;
  }
  .track {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: calc((100% - (var(--_per-view) - 1) * var(--lectern-slide-gap, 1em)) / var(--_per-view));
    gap: var(--lectern-slide-gap, 1em);
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    /* The previous/next buttons, the arrow keys and touch scroll it: no scrollbar (Firefox drew a
       permanent one under the slides, WebKit an overlay after scrolling). */
    scrollbar-width: none;
    padding-block-end: 0.5em;
  }
  /* Without JavaScript (a server-rendered carousel) the buttons could do nothing: the row scrolls by its scrollbar. */
  @media (scripting: none) {
    .controls {
      display: none;
    }
    .track {
      scrollbar-width: auto;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .track {
      scroll-behavior: smooth;
    }
  }
  .slide {
    scroll-snap-align: start;
    min-inline-size: 0;
    /* 1,000 slides: the browser skips layout and paint of those far off-screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }
  .card {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .media {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_pending);
  }
  /* No image: a typographic tile, as the publication card's cover placeholder. */
  .placeholder {
    display: flex;
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
  .card-body {
    padding: 0.75em 1em 1em;
  }
  .label {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
  }
  .card-title {
    margin: 0.25em 0;
    font-size: 1.0625em;
    line-height: 1.3;
    font-weight: 700;
  }
  .date {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--lectern-summary-lines, 3);
    line-clamp: var(--lectern-summary-lines, 3);
    overflow: hidden;
    margin: 0;
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em;
    margin-block-start: 0.5em;
  }
  .page {
    inline-size: 1.5em;
    block-size: 1.5em;
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
  }
  .page::before {
    content: '';
    display: block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin: auto;
    border: 2px solid var(--_accent);
    border-radius: 50%;
  }
  .page[aria-current='true']::before {
    background: var(--_accent);
  }
  @media (forced-colors: active) {
    .control[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
    .page::before {
      forced-color-adjust: none;
      border-color: ButtonText;
    }
    .page[aria-current='true']::before {
      background: ButtonText;
    }
  }
`;
