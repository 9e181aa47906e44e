// Images for offline reading: downloaded once, checked to be the image type
// they claim, stored by content hash under <libraryDir>/media and served by
// the app protocol at /media/<sha256>.<ext>, so the reading pane never needs
// the network (and the renderer's CSP, img-src 'self', would refuse it anyway).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { jsdom } from '../text/dom.ts';
import { fetchBounded, type FetchLimits, DEFAULT_LIMITS } from '../net/http.ts';

import { MEDIA_DIR, mediaDir } from '../kernel/paths.ts';

export { MEDIA_DIR, mediaDir };
/** One picture larger than this is a poster or a mistake, not an article image. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** What one article may add to the library in images. */
export const MAX_ARTICLE_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGES_PER_ARTICLE = 40;

export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif' | 'image/svg+xml';

export const EXTENSIONS: Record<ImageType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};

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

export interface StoredMedia {
  sha256: string;
  ext: string;
  type: ImageType;
  bytes: number;
  /** Path the app protocol serves it at. */
  path: string;
}

export function mediaPath(sha256: string, ext: string): string {
  return `/${MEDIA_DIR}/${sha256}.${ext}`;
}

/** Writes bytes under their hash (once: the same picture in two articles is stored once). */
export function storeMedia(db: DatabaseSync, libraryDir: string, bytes: Uint8Array, type: ImageType, now: number): StoredMedia {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = EXTENSIONS[type];
  const dir = mediaDir(libraryDir);
  const file = join(dir, `${sha256}.${ext}`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    // Rename is atomic: a crash never leaves half an image under its final name.
    renameSync(temp, file);
  }
  db.prepare('INSERT INTO media (sha256, ext, type, bytes, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(
    sha256, ext, type, bytes.length, now,
  );
  return { sha256, ext, type, bytes: bytes.length, path: mediaPath(sha256, ext) };
}

export interface ImageFetcher {
  (url: string, maxBytes: number): Promise<{ body: Uint8Array; contentType: string | null; finalUrl: string }>;
}

const IMAGE_ACCEPT = 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml;q=0.9,*/*;q=0.5';

/** Fetches an image over the bounded HTTP client (deadlines, redirect and byte caps). */
export const fetchImage: ImageFetcher = async (url, maxBytes) => {
  const limits: FetchLimits = { ...DEFAULT_LIMITS, maxCompressedBytes: maxBytes, maxDecompressedBytes: maxBytes, totalTimeoutMs: 20_000 };
  const result = await fetchBounded({ url, accept: IMAGE_ACCEPT }, limits);
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
  db: DatabaseSync;
  libraryDir: string;
  articleId: number;
  now: number;
  fetcher?: ImageFetcher;
  /** Extra images to keep (the lead image) that are not in the HTML. */
  extra?: (string | null)[];
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
 * Images that fail (wrong type, too big, unreachable) are taken out of the
 * HTML: the reading pane could not show them anyway.
 */
export async function localizeImages(html: string, options: LocalizeOptions): Promise<LocalizeResult> {
  const fetcher = options.fetcher ?? fetchImage;
  const { document } = new (jsdom().JSDOM)('').window;
  const template = document.createElement('template');
  template.innerHTML = html;
  const images = [...template.content.querySelectorAll('img[src]')];
  const known = new Map(
    (options.db.prepare('SELECT am.source_url, m.sha256, m.ext FROM article_media am JOIN media m ON m.sha256 = am.sha256 WHERE am.article_id = ?')
      .all(options.articleId) as { source_url: string; sha256: string; ext: string }[]).map((r) => [r.source_url, mediaPath(r.sha256, r.ext)]),
  );
  const wanted = [...new Set([...images.map((img) => img.getAttribute('src')!), ...(options.extra ?? []).filter((u): u is string => !!u)])]
    .filter((src) => /^https?:\/\//i.test(src))
    .slice(0, MAX_IMAGES_PER_ARTICLE);
  const stored = new Map<string, string>();
  const failed: { url: string; reason: string }[] = [];
  let bytes = 0;
  const record = options.db.prepare('INSERT INTO article_media (article_id, source_url, sha256) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET sha256 = excluded.sha256');
  for (const url of wanted) {
    const already = known.get(url);
    if (already && existsSync(join(options.libraryDir, already))) {
      stored.set(url, already);
      continue;
    }
    const budget = Math.min(MAX_IMAGE_BYTES, MAX_ARTICLE_IMAGE_BYTES - bytes);
    if (budget <= 0) {
      failed.push({ url, reason: 'The article has reached its image allowance.' });
      continue;
    }
    try {
      const response = await fetcher(url, budget);
      options.onNetworkSuccess?.();
      const type = checkImage(response.body, response.contentType, response.finalUrl);
      const media = storeMedia(options.db, options.libraryDir, response.body, type, options.now);
      record.run(options.articleId, url, media.sha256);
      stored.set(url, media.path);
      bytes += media.bytes;
    } catch (error) {
      if (isNetworkFailure(error)) options.onNetworkError?.(url, error);
      failed.push({ url, reason: (error as Error).message });
    }
  }
  for (const img of images) {
    const src = img.getAttribute('src')!;
    if (src.startsWith(`/${MEDIA_DIR}/`) || src.startsWith('/edition-images/')) continue;
    const local = stored.get(src);
    if (local) {
      img.setAttribute('src', local);
      continue;
    }
    // An empty figure left behind would show as a gap; one with a caption keeps the words.
    const figure = img.closest('figure');
    if (figure && figure.querySelectorAll('img').length === 1 && !figure.querySelector('figcaption')) figure.remove();
    else img.remove();
  }
  return { html: template.innerHTML, stored, failed, bytes };
}

/** The local path of an image the article kept, for a remote URL (lead images). */
export function localImage(db: DatabaseSync, articleId: number, url: string | null): string | null {
  if (!url) return null;
  if (url.startsWith(`/${MEDIA_DIR}/`) || url.startsWith('/edition-images/')) return url;
  const row = db.prepare('SELECT m.sha256, m.ext FROM article_media am JOIN media m ON m.sha256 = am.sha256 WHERE am.article_id = ? AND am.source_url = ?')
    .get(articleId, url) as { sha256: string; ext: string } | undefined;
  return row ? mediaPath(row.sha256, row.ext) : null;
}

/**
 * Deletes media no article refers to any more (their articles were purged).
 * Bookmarked articles keep their rows, so their images are never collected.
 */
export function collectUnusedMedia(db: DatabaseSync, libraryDir: string): { files: number; bytes: number } {
  const unused = db.prepare('SELECT sha256, ext, bytes FROM media WHERE sha256 NOT IN (SELECT sha256 FROM article_media)').all() as {
    sha256: string; ext: string; bytes: number;
  }[];
  let bytes = 0;
  for (const row of unused) {
    rmSync(join(mediaDir(libraryDir), `${row.sha256}.${row.ext}`), { force: true });
    db.prepare('DELETE FROM media WHERE sha256 = ?').run(row.sha256);
    bytes += row.bytes;
  }
  // Files with no row (a crash between write and insert) go too.
  const dir = mediaDir(libraryDir);
  if (existsSync(dir)) {
    const knownFiles = new Set((db.prepare('SELECT sha256 || \'.\' || ext AS name FROM media').all() as { name: string }[]).map((r) => r.name));
    for (const name of readdirSync(dir)) {
      if (knownFiles.has(name)) continue;
      bytes += statSync(join(dir, name)).size;
      rmSync(join(dir, name), { force: true });
    }
  }
  return { files: unused.length, bytes };
}
