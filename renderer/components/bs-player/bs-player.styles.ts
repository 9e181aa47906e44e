import { css } from 'lit';
import { visuallyHidden } from '../../styles/shared.styles.ts';

export const styles = [
  visuallyHidden,
  css`
  :host {
    display: block;
    margin: 1rem 0;
    border: 1px solid var(--rule);
    border-radius: 6px;
    background: var(--surface-sunk);
    font: 0.85rem/1.4 var(--font-ui);
    color: var(--muted-ink);
  }
  :host([hidden]) {
    display: none;
  }
  video {
    display: block;
    width: 100%;
    max-height: 60vh;
    background: #000;
    border-radius: 6px 6px 0 0;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    padding: 0.5rem 0.75rem;
  }
  .seek {
    flex: 1 1 12rem;
    min-width: 8rem;
    accent-color: var(--ink);
  }
  button,
  select {
    font: inherit;
    color: var(--ink);
    background: var(--surface);
    border: 1px solid var(--rule);
    border-radius: 4px;
    padding: 0.2rem 0.55rem;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    border-color: var(--ink);
  }
  :is(button, select, input):focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 2px;
  }
  label {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
  }
  .time {
    font-variant-numeric: tabular-nums;
  }
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
  }
  a {
    color: var(--ink);
  }
  @media (forced-colors: active) {
    button,
    select {
      border-color: ButtonText;
    }
  }
`,
];
