// The one policy for article HTML, applied by DOMPurify wherever an article's
// markup leaves the library: in the renderer on the browser's own DOM (the
// reading pane; the parser that sanitizes is the one that renders, so no
// parser difference in between) and in the main process on jsdom
// (core/text/sanitize.ts: exports, offline copies, the CLI). Feed markup is
// stored as the feed sent it (core/text/feed-markup.ts), so this policy, not
// the refresh, is what stands between a feed and a document.
// Do not loosen it without the XSS corpus (core/offline/testing/xss-corpus.ts)
// and its tests: e2e/specs/xss.spec.ts, core/text/sanitize.test.ts,
// core/offline/exports-xss.test.ts.
import type { Config, DOMPurify } from 'dompurify';

export const ARTICLE_HTML_CONFIG: Config = {
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

/** Width in CSS pixels × device pixels the reading pane shows images at; srcset picks the smallest candidate at least this wide. */
export const READING_IMAGE_WIDTH = 1400;

// Lazy loaders keep the real address in data-* attributes and put a placeholder
// (often a 1×1 data: GIF) in src; the stored copy wants the real picture.
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
const SUPPORTED_SOURCE_TYPES = /^image\/(png|jpeg|webp|gif|avif|svg\+xml)$/i;

interface SrcsetCandidate {
  url: string;
  width: number | null;
  density: number;
}

function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  // Candidates are separated by commas followed by whitespace; URLs themselves may contain commas.
  for (const part of value.split(/,\s+/)) {
    const [url, descriptor] = part.trim().split(/\s+/, 2);
    if (!url) continue;
    const w = descriptor && /^(\d+)w$/i.exec(descriptor);
    const x = descriptor && /^(\d+(?:\.\d+)?)x$/i.exec(descriptor);
    out.push({ url: url.replace(/,$/, ''), width: w ? Number(w[1]) : null, density: x ? Number(x[1]) : 1 });
  }
  return out;
}

/** The srcset candidate for the reading width: the smallest at least that wide, else the widest; for x descriptors, 2x if offered. */
export function bestSrcsetCandidate(srcset: string, readingWidth = READING_IMAGE_WIDTH): string | null {
  const candidates = parseSrcset(srcset);
  if (candidates.length === 0) return null;
  const widths = candidates.filter((c) => c.width !== null).sort((a, b) => a.width! - b.width!);
  if (widths.length) return (widths.find((c) => c.width! >= readingWidth) ?? widths[widths.length - 1]!).url;
  const byDensity = [...candidates].sort((a, b) => a.density - b.density);
  return (byDensity.filter((c) => c.density <= 2).pop() ?? byDensity[0]!).url;
}

function isPlaceholder(src: string | null): boolean {
  return !src || src.startsWith('data:') || /(^|\/)(blank|spacer|pixel|placeholder|transparent)\.(gif|png)$/i.test(src);
}

/** Chooses the one address an <img> should keep: lazy-load attributes, then srcset, then src. */
function settleImageSource(img: Element, extraSrcset: string | null): void {
  const src = img.getAttribute('src');
  const lazy = LAZY_SRC.map((name) => img.getAttribute(name)).find((v) => v && !v.startsWith('data:'));
  const srcset = extraSrcset ?? LAZY_SRCSET.map((name) => img.getAttribute(name)).find(Boolean) ?? img.getAttribute('srcset');
  const fromSet = srcset ? bestSrcsetCandidate(srcset) : null;
  const chosen = fromSet ?? (isPlaceholder(src) && lazy ? lazy : src) ?? lazy;
  if (chosen && chosen !== src) img.setAttribute('src', chosen);
}

/**
 * Adds the article rules DOMPurify's configuration cannot say: <picture>,
 * srcset and lazy-load attributes reduced to one plain src (so one image is
 * downloaded and stored), and addresses resolved against `base()` (the base of
 * the call in progress: hooks take no per-call options) with only http(s) and
 * mailto links and http(s) or the app's own images kept. Call once per
 * DOMPurify instance, after setConfig({ ...ARTICLE_HTML_CONFIG, … }).
 */
export function installArticleHooks(purify: DOMPurify, base: () => string | null): void {
  purify.addHook('uponSanitizeElement', (node, data) => {
    const element = node as Element;
    if (data.tagName === 'picture') {
      const img = element.querySelector('img');
      if (!img) return;
      const source = [...element.querySelectorAll('source')].find((s) => {
        const type = s.getAttribute('type');
        return (s.getAttribute('srcset') || s.getAttribute('data-srcset')) && (!type || SUPPORTED_SOURCE_TYPES.test(type));
      });
      settleImageSource(img, source ? (source.getAttribute('srcset') ?? source.getAttribute('data-srcset')) : null);
      // Mark it so the <img> hook below does not second-guess the <picture>'s choice.
      img.setAttribute('data-broadsheet-settled', '');
    } else if (data.tagName === 'img') {
      if (element.hasAttribute('data-broadsheet-settled')) element.removeAttribute('data-broadsheet-settled');
      else settleImageSource(element, null);
    }
  });

  purify.addHook('afterSanitizeAttributes', (node) => {
    const baseUrl = base();
    if (node.hasAttribute('href')) {
      const url = resolve(node.getAttribute('href')!, baseUrl);
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
      const url = resolve(src, baseUrl);
      if (url && (url.protocol === 'http:' || url.protocol === 'https:')) node.setAttribute('src', url.href);
      else node.removeAttribute('src');
    }
  });
}
