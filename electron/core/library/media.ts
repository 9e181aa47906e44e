// Images kept for offline reading: stored once by content hash under
// <libraryDir>/media (served by the app protocol at /media/<sha256>.<ext>),
// with a row per file and a link per article that uses it. Fetching and
// checking images is the offline feature's work; keeping them is the library's.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { MEDIA_DIR, mediaDir } from '../kernel/paths.ts';
import { statementCache } from './statements.ts';

export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif' | 'image/svg+xml';
/** Podcast audio kept for a bookmarked episode (electron/core/offline/episodes.ts). */
export type AudioType = 'audio/mpeg' | 'audio/aac' | 'audio/mp4' | 'audio/ogg' | 'audio/wav' | 'audio/flac' | 'audio/webm';
export type MediaType = ImageType | AudioType;

export const EXTENSIONS: Record<MediaType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'audio/mpeg': 'mp3',
  'audio/aac': 'aac',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/flac': 'flac',
  'audio/webm': 'weba',
};

export interface StoredMedia {
  sha256: string;
  ext: string;
  type: MediaType;
  bytes: number;
  /** Path the app protocol serves it at. */
  path: string;
}

export function mediaPath(sha256: string, ext: string): string {
  return `/${MEDIA_DIR}/${sha256}.${ext}`;
}

/** Already a path the app serves (kept media, or the sample edition's own images). */
export function isLocalImage(src: string): boolean {
  return src.startsWith(`/${MEDIA_DIR}/`) || src.startsWith('/edition-images/');
}

export class MediaStore {
  readonly #db: DatabaseSync;
  readonly #libraryDir: string;
  readonly #sql: (text: string) => StatementSync;

  constructor(db: DatabaseSync, libraryDir: string) {
    this.#db = db;
    this.#sql = statementCache(db);
    this.#libraryDir = libraryDir;
  }


  /** Whether the file behind a served path is on disk. */
  hasFile(path: string): boolean {
    return existsSync(join(this.#libraryDir, path));
  }

  /** Writes bytes under their hash (once: the same picture in two articles is stored once). */
  store(bytes: Uint8Array, type: MediaType, now: number): StoredMedia {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const ext = EXTENSIONS[type];
    const dir = mediaDir(this.#libraryDir);
    const file = join(dir, `${sha256}.${ext}`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, bytes);
        // Rename is atomic: a crash never leaves half an image under its final name.
        renameSync(temp, file);
      } catch (error) {
        // A full disk leaves part of the file behind: it is no image, and the space is wanted back.
        rmSync(temp, { force: true });
        throw error;
      }
    }
    this.#sql('INSERT INTO media (sha256, ext, type, bytes, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(
      sha256, ext, type, bytes.length, now,
    );
    return { sha256, ext, type, bytes: bytes.length, path: mediaPath(sha256, ext) };
  }

  /**
   * Removes half-written downloads (`*.tmp`) that a killed process or a full
   * disk left behind. A temp file of a process still running and writing is
   * left alone (its name carries the process id).
   */
  removePartialFiles(now = Date.now()): number {
    const dir = mediaDir(this.#libraryDir);
    if (!existsSync(dir)) return 0;
    let removed = 0;
    for (const name of readdirSync(dir)) {
      const match = /\.(\d+)\.tmp$/.exec(name);
      if (!match && !name.endsWith('.tmp')) continue;
      try {
        if (match && now - lstatSync(join(dir, name)).mtimeMs < 3600_000) {
          // This process (another library object over the same folder) or another live one may be writing it.
          if (Number(match[1]) === process.pid) continue;
          process.kill(Number(match[1]), 0);
          continue; // its writer is alive and recent
        }
      } catch {
        // No such process: the file is abandoned.
      }
      rmSync(join(dir, name), { force: true });
      removed++;
    }
    return removed;
  }

  /** Kept images of an article whose file is no longer on disk (deleted by hand, a disk tool, a sync app). */
  lostFiles(articleId: number): number {
    let lost = 0;
    for (const path of this.linksOf(articleId).values()) if (!this.hasFile(path)) lost++;
    return lost;
  }

  /** The articles that show the image served at `path` (/media/<sha256>.<ext>). */
  articlesUsing(path: string): number[] {
    const sha256 = /^\/media\/([0-9a-f]{64})\.[a-z]+$/.exec(path)?.[1];
    if (!sha256) return [];
    return (this.#sql('SELECT DISTINCT article_id FROM article_media WHERE sha256 = ? LIMIT 100').all(sha256) as { article_id: number }[]).map((r) => r.article_id);
  }

  /** Records that `articleId` shows the image it found at `sourceUrl` from this file. */
  link(articleId: number, sourceUrl: string, sha256: string): void {
    this.#sql('INSERT INTO article_media (article_id, source_url, sha256) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET sha256 = excluded.sha256').run(
      articleId, sourceUrl, sha256,
    );
  }

  /** Every image an article kept: its original address → the path it is served at. */
  linksOf(articleId: number): Map<string, string> {
    const rows = this.#sql('SELECT am.source_url, m.sha256, m.ext FROM article_media am JOIN media m ON m.sha256 = am.sha256 WHERE am.article_id = ?')
      .all(articleId) as { source_url: string; sha256: string; ext: string }[];
    return new Map(rows.map((r) => [r.source_url, mediaPath(r.sha256, r.ext)]));
  }

  /** The local path of an image the article kept, for a remote URL (lead images). */
  localImage(articleId: number, url: string | null): string | null {
    if (!url) return null;
    if (isLocalImage(url)) return url;
    const row = this.#sql('SELECT m.sha256, m.ext FROM article_media am JOIN media m ON m.sha256 = am.sha256 WHERE am.article_id = ? AND am.source_url = ?')
      .get(articleId, url) as { sha256: string; ext: string } | undefined;
    return row ? mediaPath(row.sha256, row.ext) : null;
  }

  /** Bytes of episode audio kept for articles (the offlineAudioMb preference caps it). */
  keptAudioBytes(): number {
    const row = this.#sql(`SELECT coalesce(sum(bytes), 0) AS n FROM media WHERE type LIKE 'audio/%' AND sha256 IN (SELECT sha256 FROM article_media)`).get() as { n: number };
    return row.n;
  }

  /** Lets go of episode audio kept for articles that are no longer bookmarked, and deletes the files; returns bytes freed. */
  releaseUnbookmarkedAudio(): number {
    this.#sql(`DELETE FROM article_media WHERE sha256 IN (SELECT sha256 FROM media WHERE type LIKE 'audio/%')
      AND article_id NOT IN (SELECT article_id FROM bookmarks WHERE article_id IS NOT NULL)`).run();
    return this.collectUnused().bytes;
  }

  /**
   * Deletes media no article refers to any more (their articles were purged).
   * Bookmarked articles keep their rows, so their images are never collected.
   */
  collectUnused(): { files: number; bytes: number } {
    const unused = this.#sql('SELECT sha256, ext, bytes FROM media WHERE sha256 NOT IN (SELECT sha256 FROM article_media)').all() as {
      sha256: string; ext: string; bytes: number;
    }[];
    let bytes = 0;
    const dir = mediaDir(this.#libraryDir);
    for (const row of unused) {
      rmSync(join(dir, `${row.sha256}.${row.ext}`), { force: true });
      this.#sql('DELETE FROM media WHERE sha256 = ?').run(row.sha256);
      bytes += row.bytes;
    }
    // Files with no row (a crash between write and insert) go too.
    if (existsSync(dir)) {
      const knownFiles = new Set((this.#sql("SELECT sha256 || '.' || ext AS name FROM media").all() as { name: string }[]).map((r) => r.name));
      for (const name of readdirSync(dir)) {
        if (knownFiles.has(name)) continue;
        bytes += statSync(join(dir, name)).size;
        rmSync(join(dir, name), { force: true });
      }
    }
    return { files: unused.length, bytes };
  }
}
