import { css } from 'lit';

export const styles = css`
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--space-2, 0.5rem) var(--space-4, 1rem);
    margin: 0;
  }
  dt {
    color: var(--ink-muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .path {
    overflow-wrap: anywhere;
    font-family: var(--font-mono, ui-monospace, monospace);
    font-size: 0.9em;
  }
  [role='alert'] {
    color: var(--danger, #b3261e);
  }
  .problem {
    margin: var(--space-4, 1rem) 0 0;
  }
`;
