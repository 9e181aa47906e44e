import { css } from 'lit';
import { visuallyHidden } from '../../styles/shared.styles.ts';

export const styles = [
  visuallyHidden,
  css`
  dialog {
    width: min(36rem, calc(100vw - 2rem));
    margin-top: 12vh;
  }
  .search {
    padding: 0.6rem;
    border-bottom: 1px solid var(--rule);
  }
  input {
    box-sizing: border-box;
    width: 100%;
    font: 1.05rem/1.4 var(--font-ui);
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--rule);
    border-radius: 4px;
    background: var(--paper);
    color: var(--ink);
  }
  input:focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 1px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0.3rem;
    overflow: auto;
  }
  li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    gap: 0.75rem;
    align-items: center;
    padding: 0.35rem 0.6rem;
    border-radius: 4px;
    cursor: pointer;
  }
  li[aria-selected='true'] {
    background: var(--selection);
    outline: 2px solid var(--focus);
    outline-offset: -2px;
  }
  .category {
    font-size: 0.8rem;
  }
  .empty {
    margin: 0;
    padding: 0.8rem 1rem;
  }
  @media (forced-colors: active) {
    li[aria-selected='true'] {
      outline: 2px solid Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`,
];
