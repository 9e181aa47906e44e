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
