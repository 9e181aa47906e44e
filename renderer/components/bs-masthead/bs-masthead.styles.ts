import { css } from 'lit';
import { buttonStyles, visuallyHidden } from '../../styles/shared.styles.ts';

export const styles = [
  visuallyHidden,
  buttonStyles,
  css`
  :host {
    display: block;
    border-bottom: 3px double var(--rule-strong);
    background: var(--surface);
  }
  header {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 1.25rem 0.6rem;
  }
  .left {
    display: flex;
    align-items: center;
    gap: 0.9rem;
    min-width: 0;
  }
  .dateline {
    font: 500 0.8rem/1.3 var(--font-ui);
    color: var(--muted);
    letter-spacing: 0.02em;
  }
  .title {
    text-align: center;
  }
  h1 {
    margin: 0;
    font: 700 2rem/1 var(--font-display);
    letter-spacing: -0.01em;
    color: var(--ink);
  }
  .tagline {
    margin: 0.2rem 0 0;
    font: italic 0.85rem/1.2 var(--font-display);
    color: var(--muted);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
  }
  /* The search field gives up width before anything wraps to a second line. */
  input[type='search'] {
    min-width: 7rem;
    max-width: 16rem;
    flex: 1 1 9rem;
    font: 0.9rem var(--font-ui);
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--rule);
    border-radius: 6px;
    background: var(--surface-sunk);
    color: var(--ink);
  }
  select {
    font: 0.85rem var(--font-ui);
    border: 1px solid var(--rule);
    border-radius: 6px;
    background: var(--surface);
    color: var(--ink);
    cursor: pointer;
  }
  select,
  button {
    padding: 0.3rem 0.55rem;
  }
  :is(input, select):focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 2px;
  }
  .font {
    display: inline-flex;
    gap: 2px;
  }
  .pane-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    white-space: nowrap;
  }
  .pane-toggle[aria-expanded='true'] {
    background: var(--selection);
  }
  @media (forced-colors: active) {
    .pane-toggle[aria-expanded='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
  /* Narrower: the name moves beside the sources toggle and the tools take the rest of the row. */
  @media (max-width: 1180px) {
    header {
      grid-template-columns: auto auto 1fr;
    }
    .dateline {
      display: none;
    }
    .title {
      text-align: left;
    }
  }
  @media (max-width: 900px) {
    header {
      padding: 0.45rem 0.75rem;
    }
    h1 {
      font-size: 1.5rem;
    }
    /* The toggles keep their names for screen readers; the icons say enough on screen. */
    .pane-toggle .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  /* A small window (or a large zoom) keeps its height for the panes: the tagline steps aside. */
  @media (max-width: 640px), (max-height: 500px) {
    .tagline {
      display: none;
    }
  }
  @media (max-width: 640px) {
    header {
      grid-template-columns: auto 1fr;
      gap: 0.4rem 0.75rem;
      padding: 0.35rem 0.6rem;
    }
    .tools {
      grid-column: 1 / -1;
      justify-content: flex-start;
    }
    input[type='search'] {
      flex: 1 1 8rem;
    }
  }
`,
];
