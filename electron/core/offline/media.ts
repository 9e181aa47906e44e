// Images for offline reading: downloaded once, checked to be the image type
// they claim, and handed to the library's MediaStore, which keeps them by
// content hash and serves them at /media/<sha256>.<ext>, so the reading pane
// never needs the network (and the renderer's CSP, img-src 'self', would refuse it anyway).
import type { ImageType, MediaStore } from '../library/media.ts';
import type { AddressGuard } from '../net/address-guard.ts';
import { fetchBounded, type FetchLimits, DEFAULT_LIMITS } from '../net/http.ts';
import { storageFailure } from '../kernel/errors.ts';
import { jsdom } from '../text/dom.ts';

/** One picture larger than this is a poster or a mistake, not an article image. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** What one article may add to the library in images. */
export const MAX_ARTICLE_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGES_PER_ARTICLE = 40;

const ascii = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');

/** The image type the bytes really are, by their magic numbers; null when they are no image we keep. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG' && bytes[4] === 0x0d && bytes[5] === 0x0a) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'image/gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 12))) return 'image/avif';
  // SVG is text: after an optional BOM, XML declaration, comments and doctype, the root must be <svg.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '');
  const rest = head.replace(/^\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i, '');
  if (/^<svg[\s>]/i.test(rest)) return 'image/svg+xml';
  return null;
}

const CLAIMS: Record<string, ImageType> = {
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/gif': 'image/gif',
  'image/webp': 'image/webp',
  'image/avif': 'image/avif',
  'image/svg+xml': 'image/svg+xml',
};

const EXTENSION_CLAIMS: Record<string, ImageType> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml',
};

export class ImageRejected extends Error {}

/**
 * Checks downloaded bytes against what the server (or, when it says nothing
 * useful, the address's extension) claims. A mismatch is refused: it is either
 * a broken server or something pretending to be an image.
 */
export function checkImage(bytes: Uint8Array, contentType: string | null, url: string): ImageType {
  const actual = sniffImageType(bytes);
  if (!actual) throw new ImageRejected('The file is not an image Broadsheet keeps.');
  const header = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  let claimed: ImageType | undefined = CLAIMS[header];
  if (!claimed) {
    if (header && header !== 'application/octet-stream' && header !== 'binary/octet-stream') {
      throw new ImageRejected(`The server sent ${header}, not an image.`);
    }
    const ext = /\.([a-z]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
    claimed = ext ? EXTENSION_CLAIMS[ext] : undefined;
    if (!claimed) return actual;
  }
  if (claimed !== actual) throw new ImageRejected(`The server said ${claimed}, but the bytes are ${actual}.`);
  return actual;
}

export interface ImageFetcher {
  /** `guard` refuses local-network addresses the article's reader did not choose (net/address-guard.ts). */
  (url: string, maxBytes: number, guard?: AddressGuard): Promise<{ body: Uint8Array; contentType: string | null; finalUrl: string }>;
}

const IMAGE_ACCEPT = 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml;q=0.9,*/*;q=0.5';

/** Fetches an image over the bounded HTTP client (deadlines, redirect and byte caps). */
export const fetchImage: ImageFetcher = async (url, maxBytes, guard) => {
  const limits: FetchLimits = { ...DEFAULT_LIMITS, maxCompressedBytes: maxBytes, maxDecompressedBytes: maxBytes, totalTimeoutMs: 20_000 };
  const result = await fetchBounded({ url, accept: IMAGE_ACCEPT, guard }, limits);
  if (result.notModified) throw new ImageRejected('The server sent no image.');
  return { body: result.body, contentType: result.contentType, finalUrl: result.finalUrl };
};

export interface LocalizeResult {
  html: string;
  /** Source URL → local path for every image now stored. */
  stored: Map<string, string>;
  failed: { url: string; reason: string }[];
  bytes: number;
}

export interface LocalizeOptions {
  media: MediaStore;
  articleId: number;
  now: number;
  fetcher?: ImageFetcher;
  /** Extra images to keep (the lead image) that are not in the HTML. */
  extra?: (string | null)[];
  /** Passed to the fetcher: which local-network hosts images may come from. */
  guard?: AddressGuard;
  /** Called for network-level failures, so connectivity can be judged. */
  onNetworkError?: (url: string, error: unknown) => void;
  onNetworkSuccess?: () => void;
}

function isNetworkFailure(error: unknown): boolean {
  const failure = (error as { failure?: string }).failure;
  return failure === 'network' || failure === 'connect-timeout';
}

/**
 * Downloads the images `html` references, stores them, records them for the
 * article and returns the HTML with each kept image's src pointing at /media.
 * Images that fail (wrong type, too big, unreachable) keep their web address:
 * the reading pane never loads one (its CSP refuses the web) but shows a
 * placeholder that says so and links to it, and a later pass may keep it.
 */
export async function localizeImages(html: string, options: LocalizeOptions): Promise<LocalizeResult> {
  const fetcher = options.fetcher ?? fetchImage;
  const extra = (options.extra ?? []).filter((u): u is string => !!u);
  // No image to look at: no DOM to build (a long queue of such articles must not pile up jsdom windows).
  if (!/<img/i.test(html) && extra.length === 0) return { html, stored: new Map(), failed: [], bytes: 0 };
  const { window } = new (jsdom().JSDOM)('');
  try {
    return await localizeIn(window.document, html, fetcher, extra, options);
  } finally {
    // Otherwise a jsdom window is freed only when the event loop next turns.
    window.close();
  }
}

async function localizeIn(document: Document, html: string, fetcher: ImageFetcher, extra: string[], options: LocalizeOptions): Promise<LocalizeResult> {
  const template = document.createElement('template');
  template.innerHTML = html;
  const images = [...template.content.querySelectorAll('img[src]')];
  const { media } = options;
  const known = media.linksOf(options.articleId);
  // A kept picture whose file was deleted from disk is fetched again from where it came from.
  const lostFrom = new Map<string, string>();
  for (const [sourceUrl, path] of known) if (!media.hasFile(path)) lostFrom.set(path, sourceUrl);
  const srcOf = (img: Element) => {
    const src = img.getAttribute('src')!;
    return lostFrom.get(src) ?? src;
  };
  const wanted = [...new Set([...images.map(srcOf), ...extra])]
    .filter((src) => /^https?:\/\//i.test(src))
    .slice(0, MAX_IMAGES_PER_ARTICLE);
  const stored = new Map<string, string>();
  const failed: { url: string; reason: string }[] = [];
  // Addresses the guard refused (loopback, private, link-local) are not kept even as a link:
  // an exported bookmark opened in a browser would fetch them.
  const refused = new Set<string>();
  let bytes = 0;
  for (const url of wanted) {
    const already = known.get(url);
    if (already && media.hasFile(already)) {
      stored.set(url, already);
      continue;
    }
    const budget = Math.min(MAX_IMAGE_BYTES, MAX_ARTICLE_IMAGE_BYTES - bytes);
    if (budget <= 0) {
      failed.push({ url, reason: 'The article has reached its image allowance.' });
      continue;
    }
    try {
      const response = await fetcher(url, budget, options.guard);
      options.onNetworkSuccess?.();
      const type = checkImage(response.body, response.contentType, response.finalUrl);
      const kept = media.store(response.body, type, options.now);
      media.link(options.articleId, url, kept.sha256);
      stored.set(url, kept.path);
      bytes += kept.bytes;
    } catch (error) {
      // A full or read-only disk is not this picture's fault: the whole copy fails, to be tried again.
      if (storageFailure(error)) throw error;
      if (isNetworkFailure(error)) options.onNetworkError?.(url, error);
      if ((error as { failure?: string }).failure === 'blocked') refused.add(url);
      failed.push({ url, reason: (error as Error).message });
    }
  }
  for (const img of images) {
    const source = srcOf(img);
    const local = stored.get(source);
    if (local) img.setAttribute('src', local);
    else if (refused.has(source)) img.remove();
    // Lost and not fetched again: its web address, as for any picture not kept.
    else if (source !== img.getAttribute('src')) img.setAttribute('src', source);
  }
  return { html: template.innerHTML, stored, failed, bytes };
}
