import { css } from 'lit';

export const styles = css`
  :host {
    position: fixed;
    inset: auto 0 1rem 0;
    display: flex;
    justify-content: center;
    pointer-events: none;
    z-index: 20;
  }
  .toast {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    max-width: min(36rem, calc(100vw - 2rem));
    padding: 0.5rem 0.6rem 0.5rem 1rem;
    border-radius: 8px;
    background: var(--ink);
    color: var(--paper);
    font: 0.88rem/1.35 var(--font-ui);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
    pointer-events: auto;
  }
  .toast.shown {
    animation: rise 160ms ease-out;
  }
  /* Gone from view but still in the accessibility tree: the live region keeps its last words. */
  .toast.gone {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    pointer-events: none;
    /* Clipped to nothing, but checkers still read its contrast against the page behind it. */
    background: var(--paper);
    color: var(--ink);
  }
  button {
    font: 600 0.85rem var(--font-ui);
    padding: 0.3rem 0.7rem;
    border: 1px solid currentColor;
    border-radius: 6px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button:hover {
    background: rgb(255 255 255 / 0.12);
  }
  button:focus-visible {
    outline: 2px solid var(--paper);
    outline-offset: 2px;
  }
  @keyframes rise {
    from {
      transform: translateY(0.5rem);
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toast.shown {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .toast {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
