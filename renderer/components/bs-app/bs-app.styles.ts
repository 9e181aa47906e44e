import { css } from 'lit';
import { visuallyHidden } from '../../styles/shared.styles.ts';

export const styles = [
  visuallyHidden,
  css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    height: 100vh;
    background: var(--paper);
    color: var(--ink);
  }
  .columns {
    display: grid;
    grid-template-columns: 13rem minmax(16rem, 22rem) minmax(0, 1fr) minmax(14rem, 18rem);
    min-height: 0;
  }
  main {
    display: grid;
    min-height: 0;
    /* The listen bar (when an article is open) above the reading pane, which keeps the scrolling row. */
    grid-template-rows: auto minmax(0, 1fr);
  }
  main > bs-reading-pane {
    grid-row: 2;
  }
  bs-article-list {
    border-right: 1px solid var(--rule);
  }
  .fatal {
    max-width: 32rem;
    margin: 20vh auto;
    font: 1rem/1.5 var(--font-ui);
    text-align: center;
  }
  .fatal strong {
    display: block;
    font: 700 1.4rem/1.3 var(--font-display);
    margin-bottom: 0.5rem;
  }
  @media (max-width: 1180px) {
    .columns {
      grid-template-columns: minmax(15rem, 20rem) minmax(0, 1fr) minmax(13rem, 16rem);
    }
    bs-nav {
      display: none;
    }
  }
  @media (max-width: 860px) {
    .columns {
      grid-template-columns: minmax(13rem, 18rem) minmax(0, 1fr);
    }
    bs-related {
      display: none;
    }
  }
`,
];
