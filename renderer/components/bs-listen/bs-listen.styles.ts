import { css } from 'lit';
import { visuallyHidden } from '../../styles/shared.styles.ts';

export const styles = [
  visuallyHidden,
  css`
  :host {
    display: block;
    border-bottom: 1px solid var(--rule);
    background: var(--surface-sunk);
    font: 0.85rem/1.4 var(--font-ui);
    color: var(--muted-ink);
  }
  :host([hidden]) {
    display: none;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    padding: 0.35rem 1rem;
  }
  .notice {
    margin: 0;
    padding: 0 1rem 0.45rem;
    color: var(--ink);
  }
  .voice {
    font-size: 0.8rem;
  }
  button.icon {
    display: inline-flex;
    align-items: center;
    padding: 0.3rem 0.5rem;
  }
  button.icon svg {
    display: block;
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
  button:disabled {
    color: var(--muted);
    cursor: default;
  }
  button[aria-pressed='true'] {
    border-color: var(--ink);
  }
  :is(button, select):focus-visible {
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
  @media (forced-colors: active) {
    button,
    select {
      border-color: ButtonText;
    }
  }
`,
];
