import { css } from 'lit';
import { buttonStyles } from '../../styles/shared.styles.ts';

export const styles = [
  buttonStyles,
  css`
  :host {
    display: block;
    overflow-y: auto;
    min-height: 0;
    background: var(--paper);
    color: var(--ink);
    outline: none;
  }
  :host(:focus-visible) {
    outline: 2px solid var(--focus);
    outline-offset: -2px;
  }
  /* The close button floats at the top right and stays there as the article scrolls; it takes no room of its own. */
  .close-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    height: 0;
  }
  .close-bar .close {
    margin: 0.5rem 0.6rem 0 0;
    width: 2rem;
    height: 2rem;
    padding: 0;
    font: 1.3rem/1 var(--font-ui);
    color: var(--muted);
    background: var(--paper);
  }
  .close-bar .close:hover {
    color: var(--ink);
    background: var(--surface-hover);
  }
  article {
    max-width: 40rem;
    margin: 0 auto;
    padding: 2rem 2rem 4rem;
    font-size: var(--reading-size, 18px);
  }
  .kicker {
    font: 700 0.75rem/1 var(--font-ui);
    text-transform: uppercase;
    letter-spacing: 0.1em;
    color: var(--accent);
    margin: 0 0 0.75rem;
  }
  h1 {
    font: 700 2.1em/1.15 var(--font-display);
    margin: 0 0 0.6rem;
    letter-spacing: -0.01em;
  }
  .standfirst {
    font: 400 1.15em/1.45 var(--font-body);
    color: var(--muted-ink);
    margin: 0 0 1rem;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.6rem;
    font: 0.85rem/1.4 var(--font-ui);
    color: var(--muted);
    border-top: 1px solid var(--rule);
    border-bottom: 1px solid var(--rule);
    padding: 0.55rem 0;
    margin-bottom: 1.25rem;
  }
  .byline strong {
    color: var(--ink);
    font-weight: 600;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    margin: 0 0 1.5rem;
  }
  button {
    padding: 0.4rem 0.8rem;
  }
  .lead {
    margin: 0 0 1.5rem;
  }
  img {
    max-width: 100%;
    height: auto;
    border-radius: 4px;
    display: block;
  }
  .body {
    font: 400 1em/1.65 var(--font-body);
  }
  .body p {
    margin: 0 0 1.1em;
  }
  /* Headings in a body sit below the headline (2.1em), whatever level the feed gave them. */
  .body :is(h1, h2) {
    font: 700 1.3em/1.3 var(--font-display);
    margin: 1.6em 0 0.6em;
  }
  .body h3 {
    font: 700 1.15em/1.35 var(--font-display);
    margin: 1.4em 0 0.5em;
  }
  .body :is(h4, h5, h6) {
    font: 700 1em/1.4 var(--font-body);
    margin: 1.2em 0 0.4em;
  }
  .image-placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    box-sizing: border-box;
    min-height: 7rem;
    padding: 1rem 1.25rem;
    border: 1px dashed var(--rule);
    border-radius: 4px;
    background: var(--surface-sunk);
    font: 0.8rem/1.4 var(--font-ui);
    color: var(--muted);
    text-align: center;
  }
  .image-placeholder .label {
    font-weight: 600;
    color: var(--muted-ink);
  }
  .image-placeholder a {
    color: var(--link);
  }
  .body blockquote {
    margin: 1.4em 0;
    padding: 0 0 0 1.1em;
    border-left: 3px solid var(--accent);
    font-style: italic;
    color: var(--muted-ink);
  }
  .body figure {
    margin: 1.6em 0;
  }
  .body figcaption {
    font: 0.8rem/1.4 var(--font-ui);
    color: var(--muted);
    margin-top: 0.4rem;
  }
  .body a {
    color: var(--link);
  }
  .state {
    max-width: 30rem;
    margin: 18vh auto 0;
    padding: 0 2rem;
    text-align: center;
    font: 0.95rem/1.5 var(--font-ui);
    color: var(--muted);
  }
  .state strong {
    display: block;
    font: 600 1.3rem/1.3 var(--font-display);
    color: var(--ink);
    margin-bottom: 0.5rem;
  }
  kbd {
    font: 0.8rem var(--font-mono);
    border: 1px solid var(--rule);
    border-bottom-width: 2px;
    border-radius: 4px;
    padding: 0 0.3rem;
  }
`,
];
