import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0.1rem 0.6rem;
    border: 1px solid var(--rule);
    border-radius: 999px;
    font: 0.75rem/1.5 var(--font-ui);
    color: var(--muted-ink);
    background: var(--surface-sunk);
    white-space: nowrap;
  }
  .dot {
    inline-size: 0.45rem;
    block-size: 0.45rem;
    border-radius: 50%;
    background: var(--muted);
  }
`;
