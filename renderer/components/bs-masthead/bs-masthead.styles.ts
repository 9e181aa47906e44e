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
    gap: 1rem;
    padding: 0.5rem 1.25rem 0.6rem;
  }
  .dateline {
    font: 500 0.8rem/1.3 var(--font-ui);
    color: var(--muted);
    letter-spacing: 0.02em;
  }
  h1 {
    margin: 0;
    font: 700 2rem/1 var(--font-display);
    letter-spacing: -0.01em;
    text-align: center;
    color: var(--ink);
  }
  .tools {
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: 0.5rem;
  }
  input[type='search'] {
    width: min(16rem, 100%);
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
  @media (max-width: 900px) {
    header {
      grid-template-columns: auto 1fr;
    }
    .dateline {
      display: none;
    }
    h1 {
      text-align: left;
      font-size: 1.5rem;
    }
  }
`,
];
