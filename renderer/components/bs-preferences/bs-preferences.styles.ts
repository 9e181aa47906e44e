import { css } from 'lit';

export const styles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0.5rem 0 0.75rem;
  }
  legend {
    padding: 0;
    font: 700 0.75rem/1 var(--font-ui);
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--accent);
  }
  .field {
    display: grid;
    gap: 0.2rem;
    margin-top: 0.7rem;
  }
  .toggle {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .number {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    flex-wrap: wrap;
  }
  input[type='number'] {
    width: 6em;
    font: inherit;
  }
  select {
    font: inherit;
    max-width: 100%;
  }
  .hint {
    margin: 0;
    color: var(--ink-muted);
    font-size: 0.85em;
  }
  [role='alert'] {
    margin: 0;
    color: var(--danger, #b3261e);
  }
`;
