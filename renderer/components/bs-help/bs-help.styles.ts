import { css } from 'lit';

export const styles = css`
  .body {
    columns: 2 19rem;
    column-gap: 2rem;
  }
  .body > p {
    column-span: all;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin: 0 0 1rem;
    break-inside: avoid;
  }
  caption {
    text-align: left;
    font: 700 0.75rem/1 var(--font-ui);
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--accent);
    padding: 0.6rem 0 0.4rem;
  }
  th {
    text-align: left;
    font-weight: 400;
    padding: 0.2rem 0.5rem 0.2rem 0;
  }
  td {
    text-align: right;
    white-space: nowrap;
    padding: 0.2rem 0;
  }
  tr + tr {
    border-top: 1px solid var(--rule);
  }
`;
