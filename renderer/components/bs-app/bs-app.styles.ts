import { css } from 'lit';
import { visuallyHidden } from '../../styles/shared.styles.ts';

export const styles = [
  visuallyHidden,
  css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    height: 100vh;
    background: var(--paper);
    color: var(--ink);
  }
  /* The row of panes; PaneLayout (renderer/state/pane-layout.ts) sets its columns for the window's width. */
  .columns {
    position: relative;
    display: grid;
    min-height: 0;
    /* The shade behind a pane opened over the others stays inside the row. */
    overflow: clip;
  }
  /* A pane out of view: folded away, or waiting its turn on a narrow window. */
  .columns > .off {
    display: none;
  }
  /* A side pane opened over the others by its toggle, when the row has no room for it. */
  .columns > .overlay {
    position: absolute;
    inset: 0 auto 0 0;
    z-index: 10;
    width: min(var(--overlay-width, 17rem), calc(100% - 3rem));
    box-sizing: border-box;
    box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.25), 0 8px 32px rgb(0 0 0 / 0.3);
  }
  .columns > bs-related.overlay {
    inset: 0 0 0 auto;
    background: var(--surface);
    overflow-y: auto;
  }
  /* The dividers lie over the panes' edges: wide enough to grab, drawing nothing but the focus ring. */
  .divider {
    position: absolute;
    top: 0;
    bottom: 0;
    z-index: 5;
    width: 9px;
    margin-left: -4px;
    margin-right: -5px;
    cursor: col-resize;
    touch-action: none;
  }
  .divider:hover,
  .divider:focus-visible {
    background: linear-gradient(to right, transparent 3px, var(--focus) 3px, var(--focus) 6px, transparent 6px);
  }
  .divider:focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: -2px;
  }
  main {
    display: grid;
    min-height: 0;
    /* The listen bar (when an article is open) above the reading pane, which keeps the scrolling row. */
    grid-template-rows: auto minmax(0, 1fr);
  }
  main > bs-reading-pane {
    grid-row: 2;
  }
  bs-article-list {
    border-right: 1px solid var(--rule);
  }
  .fatal {
    max-width: 32rem;
    margin: 20vh auto;
    font: 1rem/1.5 var(--font-ui);
    text-align: center;
  }
  .fatal strong {
    display: block;
    font: 700 1.4rem/1.3 var(--font-display);
    margin-bottom: 0.5rem;
  }
  @media (forced-colors: active) {
    .divider:hover,
    .divider:focus-visible {
      background: Highlight;
    }
    .columns > .overlay {
      border: 2px solid CanvasText;
    }
  }
`,
];
