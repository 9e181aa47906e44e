// The two versions of an article the reader can switch between (schema
// version 4): the feed's own and the full text extracted from the page. The
// row's html/text always hold the version shown, so search covers it; the
// feed's version is captured before anything replaces it.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Article, ContentSource, ReaderVersions } from '../../shared/models.ts';
import { LibraryError } from '../kernel/errors.ts';
import type { MediaStore } from './media.ts';
import { statementCache } from './statements.ts';

export interface ReaderCopyRow {
  id: number;
  url: string | null;
  html: string;
  text: string;
  word_count: number;
  image: string | null;
  content_source: ContentSource | null;
  feed_html: string | null;
  feed_text: string | null;
  feed_word_count: number | null;
  full_html: string | null;
  full_status: 'none' | 'ok' | 'failed';
  full_error: string | null;
  site_name: string | null;
  media_stale: number;
}

/** A page's article as extraction found it, with its images already made local. */
export interface FullCopy {
  html: string;
  text: string;
  wordCount: number;
  siteName: string | null;
  excerpt: string | null;
  byline: string | null;
  lang: string | null;
  leadImage: string | null;
  fetchedAt: number;
}

export class ReaderCopies {
  readonly #db: DatabaseSync;
  readonly #media: MediaStore;
  readonly #sql: (text: string) => StatementSync;

  constructor(db: DatabaseSync, media: MediaStore) {
    this.#db = db;
    this.#sql = statementCache(db);
    this.#media = media;
  }


  row(id: number): ReaderCopyRow {
    const found = this.#sql(`SELECT id, url, html, text, word_count, image, content_source, feed_html, feed_text, feed_word_count,
      full_html, full_status, full_error, site_name, media_stale FROM articles WHERE id = ?`).get(id) as ReaderCopyRow | undefined;
    if (!found) throw new LibraryError('NOT_FOUND', `Article ${id} is not in the library.`);
    return found;
  }

  /**
   * Articles of the bundled sample edition are complete and their images ship
   * with the app; their web addresses are fictional (.example), so never fetch them.
   */
  isBundled(id: number): boolean {
    return this.#sql("SELECT 1 FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ? AND s.kind = 'edition'").get(id) !== undefined;
  }

  /** Takes note of the feed's version before anything replaces what the reader sees. */
  captureFeedVersion(id: number): ReaderCopyRow {
    this.#sql(`UPDATE articles SET content_source = 'feed', feed_origin_html = html, feed_html = html, feed_text = text,
      feed_word_count = word_count WHERE id = ? AND content_source IS NULL`).run(id);
    return this.row(id);
  }

  /** The feed address of the article's source: the host its reader chose, the one its pages and images may come from even on a local network. */
  sourceFeedUrl(id: number): string | null {
    const found = this.#sql('SELECT s.feed_url AS feed_url FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?').get(id) as { feed_url: string | null } | undefined;
    return found?.feed_url ?? null;
  }

  /**
   * Articles that should have an offline copy and have none, `limit` at a time
   * after `afterId`: bookmarked ones whose copy was never made or whose
   * pictures changed (with `offMode`, only those never looked at), and feed
   * articles published since `recentSince` that the queue never reached. A
   * crash or quit drops the in-memory queue; this is how the next start finds
   * its work again. Pages that failed (full_status 'failed') are not retried.
   */
  missingCopies(afterId: number, limit: number, options: { offMode: boolean; recentSince: number | null }): { id: number; bookmarked: boolean }[] {
    const bookmarkedNeed = options.offMode ? 'a.content_source IS NULL OR a.media_stale = 1' : "a.content_source IS NULL OR a.full_status = 'none' OR a.media_stale = 1";
    const rows = this.#sql(`
      SELECT id, bookmarked FROM (
        SELECT a.id, 1 AS bookmarked FROM bookmarks b JOIN articles a ON a.id = b.article_id JOIN sources s ON s.id = a.source_id
        WHERE a.id > ?1 AND s.kind <> 'edition' AND (${bookmarkedNeed})
        UNION
        SELECT a.id, 0 FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE ?2 IS NOT NULL AND a.published >= ?2 AND a.id > ?1 AND s.kind <> 'edition' AND a.content_source IS NULL
          AND NOT EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id)
      ) ORDER BY id LIMIT ?3`).all(afterId, options.recentSince, limit) as { id: number; bookmarked: number }[];
    return rows.map((r) => ({ id: r.id, bookmarked: r.bookmarked === 1 }));
  }

  /** Puts back the kept full text with its pictures made local again (after files went missing from disk). */
  replaceFullHtml(id: number, html: string): void {
    this.#sql(`UPDATE articles SET full_html = ?1, html = CASE content_source WHEN 'full' THEN ?1 ELSE html END WHERE id = ?2 AND full_status = 'ok'`).run(html, id);
  }

  /** Stores the full text beside the feed's version (with its images made local) and shows `showing`. */
  storeFull(id: number, full: FullCopy, feedHtml: string, showing: ContentSource): void {
    this.#sql(`UPDATE articles SET
        full_html = ?, full_text = ?, full_word_count = ?, full_status = 'ok', full_error = NULL, full_fetched_at = ?,
        site_name = ?, excerpt = ?, byline = COALESCE(byline, ?), lang = COALESCE(lang, ?),
        image = COALESCE(image, ?), feed_html = ?, media_stale = 0, content_source = ?,
        html = CASE ? WHEN 'full' THEN ? ELSE ? END,
        text = CASE ? WHEN 'full' THEN ? ELSE feed_text END,
        word_count = CASE ? WHEN 'full' THEN ? ELSE feed_word_count END
      WHERE id = ?`).run(
      full.html, full.text, full.wordCount, full.fetchedAt,
      full.siteName, full.excerpt, full.byline, full.lang,
      full.leadImage, feedHtml, showing,
      showing, full.html, feedHtml,
      showing, full.text,
      showing, full.wordCount,
      id,
    );
  }

  /**
   * Stores the feed's version with its images made local, when no full text
   * came; `failure` (when the page was wanted and could not be had) is recorded
   * unless an earlier full text is kept.
   */
  storeFeedOnly(id: number, feedHtml: string, failure: string | null, failed: boolean): void {
    this.#sql(`UPDATE articles SET feed_html = ?, media_stale = 0,
        html = CASE content_source WHEN 'full' THEN html ELSE ? END,
        full_status = CASE WHEN ? AND full_status <> 'ok' THEN 'failed' ELSE full_status END,
        full_error = CASE WHEN ? AND full_status <> 'ok' THEN ? ELSE full_error END
      WHERE id = ?`).run(feedHtml, feedHtml, Number(failed), Number(failed), failure, id);
  }

  /** Shows the extracted article or the feed's own content. */
  setVersion(id: number, source: ContentSource): void {
    const current = this.captureFeedVersion(id);
    if (source === 'full' && current.full_status !== 'ok') {
      throw new LibraryError('NOT_FOUND', 'The full article has not been fetched yet.');
    }
    this.#sql(`UPDATE articles SET content_source = ?,
        html = CASE ? WHEN 'full' THEN full_html ELSE feed_html END,
        text = CASE ? WHEN 'full' THEN full_text ELSE feed_text END,
        word_count = CASE ? WHEN 'full' THEN full_word_count ELSE feed_word_count END
      WHERE id = ?`).run(source, source, source, source, id);
  }

  /** Reader information for an article: which version is shown and which exist; lead image made local when kept. */
  withReaderVersions(article: Article): Article {
    const current = this.row(article.id);
    const reader: ReaderVersions = {
      showing: current.content_source ?? 'feed',
      hasFull: current.full_status === 'ok' && !!current.full_html,
      hasFeed: !!(current.feed_html ?? current.html).trim(),
      fullStatus: current.full_status,
      fullError: current.full_error,
      siteName: current.site_name,
    };
    const image = this.#media.localImage(article.id, article.image);
    return { ...article, image: image ?? article.image, reader };
  }
}
