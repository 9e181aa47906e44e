// Article HTML comes from the web and is hostile until cleaned. DOMPurify does
// the cleaning on a jsdom window (DOMPurify's supported server-side DOM); the
// rules below narrow it to what a reading pane needs.
import createDOMPurify, { type Config } from 'dompurify';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'iframe',
    'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'video', 'audio', 'source', 'track', 'template', 'dialog'],
  // Inline styles can load remote resources (url(...)) and overlay the UI; classes and ids can collide with ours.
  FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'sizes', 'target', 'ping', 'background', 'formaction', 'action'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
};

/** Paths the app itself serves; images may point there without a base URL. */
const APP_PATHS = /^\/(edition-images|media)\/[\w.-]+$/;

function resolve(value: string, base: string | null): URL | null {
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}

// DOMPurify hooks take no per-call options, so the base URL of the call in progress lives here.
let currentBase: string | null = null;

purify.addHook('afterSanitizeAttributes', (node) => {
  const base = currentBase;
  if (node.hasAttribute('href')) {
    const url = resolve(node.getAttribute('href')!, base);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:')) {
      node.setAttribute('href', url.href);
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('href');
    }
  }
  if (node.hasAttribute('src')) {
    const src = node.getAttribute('src')!;
    if (APP_PATHS.test(src)) return;
    const url = resolve(src, base);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) node.setAttribute('src', url.href);
    else node.removeAttribute('src');
  }
});

export interface SanitizedArticle {
  html: string;
  text: string;
}

/**
 * Sanitizes article HTML and returns it with its plain text. Relative links
 * resolve against `baseUrl` when given; `javascript:` and `data:` URLs, scripts,
 * frames, forms, event handlers and inline styles are removed.
 */
export function sanitizeArticle(html: string, baseUrl: string | null = null): SanitizedArticle {
  currentBase = baseUrl;
  let fragment: DocumentFragment;
  try {
    fragment = purify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
  } finally {
    currentBase = null;
  }
  const container = window.document.createElement('div');
  container.append(fragment);
  const clean = container.innerHTML;
  return { html: clean, text: blockText(container) };
}

/** Plain text with paragraph breaks kept, so word counts and search see separate words. */
function blockText(root: Element): string {
  const blocks = root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, th');
  for (const block of blocks) block.append(root.ownerDocument.createTextNode('\n'));
  return (root.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** Sanitizes a plain-text field such as a title: no markup survives. */
export function plainText(value: string): string {
  const fragment = purify.sanitize(value, { ALLOWED_TAGS: ['#text'], RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trim();
}
