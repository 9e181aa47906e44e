import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    overflow-y: auto;
    min-height: 0;
    background: var(--surface);
    border-left: 1px solid var(--rule);
    padding: 1rem 1rem 2rem;
  }
  h2 {
    font: 700 0.8rem/1 var(--font-ui);
    text-transform: uppercase;
    letter-spacing: 0.1em;
    margin: 0 0 0.25rem;
    padding-bottom: 0.5rem;
    border-bottom: 2px solid var(--rule-strong);
    color: var(--ink);
  }
  h3 {
    font: 600 0.75rem/1 var(--font-ui);
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--accent);
    margin: 1.1rem 0 0.35rem;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li + li {
    border-top: 1px solid var(--rule);
  }
  button {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    padding: 0.6rem 0.25rem;
    cursor: pointer;
    color: var(--ink);
  }
  button:hover .headline {
    text-decoration: underline;
  }
  button:focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 1px;
    border-radius: 3px;
  }
  .headline {
    display: block;
    font: 600 0.95rem/1.3 var(--font-display);
    margin-bottom: 0.25rem;
  }
  .meta,
  .reason {
    display: block;
    font: 0.75rem/1.35 var(--font-ui);
    color: var(--muted);
  }
  .reason {
    font-style: italic;
  }
  .state {
    font: 0.85rem/1.5 var(--font-ui);
    color: var(--muted);
    padding: 0.75rem 0;
  }
`;
