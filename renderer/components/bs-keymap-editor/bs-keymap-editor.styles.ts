import { css } from 'lit';

export const styles = css`
  dialog {
    width: min(48rem, calc(100vw - 2rem));
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: 0.8rem;
  }
  th {
    text-align: left;
    font-weight: 400;
    padding: 0.25rem 0.5rem 0.25rem 0;
  }
  td {
    padding: 0.25rem 0;
  }
  tr + tr {
    border-top: 1px solid var(--rule);
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
  .binding {
    display: inline-flex;
    align-items: center;
    gap: 0.1rem;
  }
  .remove {
    border: none;
    padding: 0 0.3rem;
    color: var(--muted);
  }
  .actions {
    text-align: right;
    white-space: nowrap;
  }
  .message {
    margin: 0;
    padding: 0.3rem 1rem 0;
    min-height: 1.2em;
  }
  .conflict {
    margin: 0.6rem 1rem 0;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--accent);
    border-radius: 6px;
  }
  .conflict p {
    margin: 0 0 0.5rem;
  }
  button:disabled {
    color: var(--muted);
    cursor: default;
  }
`;
