import { css } from 'lit';
import { buttonStyles, visuallyHidden } from '../../styles/shared.styles.ts';

export const styles = [
  visuallyHidden,
  buttonStyles,
  css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    background: var(--surface);
  }
  .heading {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    padding: 0.75rem 1rem 0.5rem;
    border-bottom: 1px solid var(--rule);
    font: 600 0.75rem/1 var(--font-ui);
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--muted);
  }
  .frame {
    flex: 1;
    min-height: 0;
  }
  [role='listbox'] {
    outline: none;
  }
  lit-virtualizer {
    height: 100%;
  }
  [role='listbox']:focus-visible .item[aria-selected='true'] {
    outline: 2px solid var(--focus);
    outline-offset: -2px;
  }
  .item {
    box-sizing: border-box;
    /* Contains the thumbnail's float. */
    display: flow-root;
    width: 100%;
    padding: 0.7rem 1rem 0.75rem 1.4rem;
    border-bottom: 1px solid var(--rule);
    cursor: pointer;
    position: relative;
    color: var(--ink);
  }
  .item:hover {
    background: var(--surface-hover);
  }
  .item[aria-selected='true'] {
    background: var(--selection);
  }
  .unread::before {
    content: '';
    position: absolute;
    left: 0.55rem;
    top: 1.05rem;
    width: 0.45rem;
    height: 0.45rem;
    border-radius: 50%;
    background: var(--accent);
  }
  .title {
    font: 600 1rem/1.3 var(--font-display);
    margin: 0 0 0.3rem;
  }
  .read .title {
    font-weight: 400;
    color: var(--muted-ink);
  }
  .thumb {
    float: right;
    width: 3.5rem;
    height: 3.5rem;
    margin: 0.1rem 0 0.3rem 0.75rem;
    object-fit: cover;
    border-radius: 4px;
    background: var(--surface-sunk);
  }
  .snippet {
    font: 0.85rem/1.4 var(--font-body);
    color: var(--muted-ink);
    margin: 0 0 0.35rem;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .snippet mark {
    background: var(--mark, color-mix(in srgb, var(--accent) 22%, transparent));
    color: inherit;
    border-radius: 2px;
    padding: 0 0.1em;
  }
  @media (forced-colors: active) {
    .snippet mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  .meta {
    display: flex;
    gap: 0.4rem;
    font: 0.78rem/1.2 var(--font-ui);
    color: var(--muted);
  }
  .star {
    color: var(--accent);
  }
  /* A folded story: its other coverage is one line under the headline, and indented rows when open. */
  .fold {
    display: inline-flex;
    align-items: baseline;
    gap: 0.25rem;
    margin-top: 0.35rem;
    font: 600 0.75rem/1.2 var(--font-ui);
    color: var(--accent-ink, var(--accent));
    cursor: pointer;
  }
  .fold:hover {
    text-decoration: underline;
  }
  .member {
    padding-left: 2.4rem;
    background: var(--surface-sunk);
  }
  .member .title {
    font-size: 0.9rem;
  }
  .member.unread::before {
    left: 1.45rem;
  }
  .state {
    padding: 2rem 1.25rem;
    font: 0.95rem/1.5 var(--font-ui);
    color: var(--muted);
  }
  .state strong {
    display: block;
    color: var(--ink);
    font: 600 1.05rem/1.3 var(--font-display);
    margin-bottom: 0.3rem;
  }
  .skeleton {
    height: 3.6rem;
    margin: 0.6rem 1rem;
    border-radius: 6px;
    background: linear-gradient(90deg, var(--surface-sunk), var(--surface-hover), var(--surface-sunk));
    background-size: 200% 100%;
    animation: shimmer 1.4s infinite linear;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  button {
    padding: 0.35rem 0.7rem;
  }
  /* Forced colours: the selected row looks like a native list's selection, text included (last, to win over .read .title). */
  @media (forced-colors: active) {
    .item[aria-selected='true'],
    .item[aria-selected='true'] * {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    [role='listbox']:focus-visible .item[aria-selected='true'] {
      outline-color: HighlightText;
    }
  }
`,
];
