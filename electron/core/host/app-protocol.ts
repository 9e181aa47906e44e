// Serves the renderer and the library's local files for the app:// scheme.
// The desktop shell passes this to protocol.handle; the e2e Chromium host
// fulfils page requests with it. One function, so both serve the same bytes
// under the same headers.
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export interface AppRoots {
  /** Built renderer (index.html, bundles, styles). */
  renderer: string;
  /** Bundled sample edition images. */
  editionImages: string;
  /** The library's downloaded article images (<libraryDir>/media), served at /media/<sha256>.<ext>. */
  media?: string;
}

/** Media files are named by their content hash; nothing else under /media is served. */
// Episode audio kept for a bookmark (its bytes were checked by their magic numbers, offline/episodes.ts) is served the same way.
const MEDIA_NAME = /^[0-9a-f]{64}\.(png|jpg|gif|webp|avif|svg|mp3|aac|m4a|ogg|wav|flac|weba)$/;

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.mp3': 'audio/mpeg',
  '.aac': 'audio/aac',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.flac': 'audio/flac',
  '.weba': 'audio/webm',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * The renderer's Content-Security-Policy: no inline or remote script, no
 * plugins, no framing, images only from the app itself, media from the app or https.
 * Do not loosen without re-reading Electron's security checklist; e2e/specs/security.spec.ts guards it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  // Podcast episodes stream from their host over https only (nothing loads before play is pressed:
  // bs-player uses preload="none"); kept episodes come from the app. No http:, data: or blob:.
  "media-src 'self' https:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// SVG from anywhere is served so that, even opened directly, it cannot run script.
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

function notFound(): AppResponse {
  return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found' };
}

/** Joins `relative` under `root`, or returns null if it would escape it. */
export function containedPath(root: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = normalize(join(root, decoded));
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return full.startsWith(base) ? full : null;
}

export async function serveAppRequest(roots: AppRoots, pathname: string): Promise<AppResponse> {
  let root = roots.renderer;
  let relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  if (relative.startsWith('edition-images/')) {
    root = roots.editionImages;
    relative = relative.slice('edition-images/'.length);
  } else if (relative.startsWith('media/')) {
    relative = relative.slice('media/'.length);
    if (!roots.media || !MEDIA_NAME.test(relative)) return notFound();
    root = roots.media;
  }
  const file = containedPath(root, relative);
  if (!file) return notFound();
  let body: Uint8Array;
  try {
    // The name is inside the root; the file must be too. A symlink under media/ (or the renderer) that
    // points elsewhere (/etc/passwd) is refused: containment is checked again on the real paths.
    const [realFile, realRoot] = await Promise.all([realpath(file), realpath(root)]);
    if (!realFile.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) return notFound();
    body = await readFile(realFile);
  } catch {
    return notFound();
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
  if (type.startsWith('text/html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
  if (type === 'image/svg+xml') headers['content-security-policy'] = SVG_POLICY;
  return { status: 200, headers, body };
}
