import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    overflow-y: auto;
    background: var(--surface);
    border-right: 1px solid var(--rule);
    padding: 0.75rem 1rem 2rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1rem;
    padding-bottom: 0.5rem;
    border-bottom: 2px solid var(--rule-strong);
  }
  h2 {
    font: 700 1.1rem/1.2 var(--font-display);
    margin: 0;
    color: var(--ink);
  }
  .range {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font: 0.8rem/1.2 var(--font-ui);
    color: var(--muted);
  }
  .range button,
  .range input {
    font: inherit;
    color: var(--ink);
    background: var(--surface-sunk);
    border: 1px solid var(--rule);
    border-radius: 4px;
    padding: 0.2rem 0.5rem;
  }
  .range button[aria-pressed='true'] {
    background: var(--ink);
    color: var(--paper);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cluster {
    border-bottom: 1px solid var(--rule);
  }
  .cluster > button,
  .articles button {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    cursor: pointer;
    padding: 0.6rem 0.25rem;
  }
  .cluster > button:hover,
  .articles button:hover {
    background: var(--surface-hover);
  }
  .cluster > button:focus-visible,
  .articles button:focus-visible,
  .range :focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: -2px;
  }
  .headline {
    display: block;
    font: 600 1rem/1.3 var(--font-display);
    color: var(--ink);
  }
  .cluster:first-child .headline {
    font-size: 1.25rem;
  }
  .meta {
    display: block;
    font: 0.75rem/1.4 var(--font-ui);
    color: var(--muted);
    margin-top: 0.2rem;
  }
  .count {
    color: var(--accent);
    font-weight: 600;
  }
  .articles {
    padding: 0 0 0.5rem 1rem;
    border-left: 3px solid var(--accent);
    margin: 0 0 0.5rem 0.25rem;
  }
  .articles .title {
    display: block;
    font: 0.9rem/1.3 var(--font-body);
    color: var(--ink);
  }
  .state {
    font: 0.9rem/1.5 var(--font-ui);
    color: var(--muted);
  }
`;
