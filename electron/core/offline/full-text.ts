// Keeping whole articles: fetch the original page, extract it, download its
// images, and store it beside the feed's own version. The feeds ingest calls
// scheduleFullText(ctx, newIds) after each refresh; bookmarking calls it too.
import type { DatabaseSync } from 'node:sqlite';
import type { Article, ContentSource, FullTextPolicy, ReaderVersions } from '../../shared/models.ts';
import { LibraryError } from '../host/dispatch.ts';
import type { CoreContext } from '../library-core.ts';
import { decodeBody } from '../net/charset.ts';
import { fetchBounded, DEFAULT_LIMITS, type FetchLimits } from '../net/http.ts';
import { wordCount } from '../text/tokenize.ts';
import { Connectivity } from '../net/connectivity.ts';
import { extractArticle, type ExtractedArticle } from './extract.ts';
import { collectUnusedMedia, localImage, localizeImages, type ImageFetcher } from './media.ts';

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';
const PAGE_LIMITS: FetchLimits = { ...DEFAULT_LIMITS, maxCompressedBytes: 5 * 1024 * 1024, maxDecompressedBytes: 10 * 1024 * 1024 };
/** Pages fetched at once: polite to sites, and extraction is CPU work on a small machine. */
const CONCURRENCY = 2;
/** An extraction much shorter than the feed's own text found the wrong block; show the feed's. */
const FULL_MUST_REACH = 0.8;
/** Feed items shorter than this are summaries ('auto' policy fetches their full text). */
const SUMMARY_WORDS = 150;

export interface PageFetcher {
  (url: string): Promise<{ html: string; finalUrl: string }>;
}

export class PageError extends Error {
  readonly network: boolean;
  constructor(message: string, network = false) {
    super(message);
    this.network = network;
  }
}

/** Fetches an article page over the bounded HTTP client and decodes it. */
export const fetchPage: PageFetcher = async (url) => {
  let result;
  try {
    result = await fetchBounded({ url, accept: PAGE_ACCEPT }, PAGE_LIMITS);
  } catch (error) {
    const failure = (error as { failure?: string }).failure;
    const network = failure === 'network' || failure === 'connect-timeout';
    const status = (error as { status?: number | null }).status;
    throw new PageError(network ? 'The site could not be reached.' : status ? `The site answered with HTTP ${status}.` : (error as Error).message, network);
  }
  if (result.notModified) throw new PageError('The site sent no page.');
  const type = (result.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') throw new PageError(`The address is not a web page (${type}).`);
  return { html: decodeBody(result.body, result.contentType).text, finalUrl: result.finalUrl };
};

/** Everything offline reading keeps per open library. */
export interface OfflineServices {
  connectivity: Connectivity;
  fetchPage: PageFetcher;
  fetchImage?: ImageFetcher;
  /** Ids waiting or in progress. */
  readonly pending: Set<number>;
  queue: { id: number; reason: 'new' | 'bookmark' | 'asked' }[];
  running: number;
  /** Resolves when the queue is empty (tests and the CLI wait on it). */
  idle(): Promise<void>;
  idleWaiters: (() => void)[];
  closed: boolean;
}

const services = new WeakMap<CoreContext, OfflineServices>();
const servicesByDatabase = new WeakMap<DatabaseSync, OfflineServices>();

/** The offline services of the library open on `db` (tests and the CLI wait on its queue). */
export function offlineServicesOf(db: DatabaseSync): OfflineServices {
  const found = servicesByDatabase.get(db);
  if (!found) throw new Error('Offline reading has not started for this library.');
  return found;
}

/** The offline services of a library, created on first use. Tests may pass fetchers that talk to their fixture server only. */
export function offlineServices(ctx: CoreContext, overrides: Partial<Pick<OfflineServices, 'fetchPage' | 'fetchImage' | 'connectivity'>> = {}): OfflineServices {
  let existing = services.get(ctx);
  if (!existing) {
    const created: OfflineServices = {
      connectivity: overrides.connectivity ?? new Connectivity({ now: ctx.now, onChange: (state) => ctx.emit('connectivityChanged', state) }),
      fetchPage: overrides.fetchPage ?? fetchPage,
      fetchImage: overrides.fetchImage,
      pending: new Set(),
      queue: [],
      running: 0,
      idleWaiters: [],
      closed: false,
      idle() {
        if (created.running === 0 && created.queue.length === 0) return Promise.resolve();
        return new Promise((resolve) => created.idleWaiters.push(resolve));
      },
    };
    ctx.onClose(() => {
      created.closed = true;
      created.queue.length = 0;
      created.connectivity.close();
    });
    services.set(ctx, created);
    servicesByDatabase.set(ctx.db, created);
    existing = created;
  } else {
    Object.assign(existing, Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)));
  }
  return existing;
}

interface OfflineRow {
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

function row(db: DatabaseSync, id: number): OfflineRow {
  const found = db.prepare(`SELECT id, url, html, text, word_count, image, content_source, feed_html, feed_text, feed_word_count,
    full_html, full_status, full_error, site_name, media_stale FROM articles WHERE id = ?`).get(id) as OfflineRow | undefined;
  if (!found) throw new LibraryError('NOT_FOUND', `Article ${id} is not in the library.`);
  return found;
}

/** Takes note of the feed's version before anything replaces what the reader sees. */
/**
 * Articles of the bundled sample edition are complete and their images ship
 * with the app; their web addresses are fictional (.example), so never fetch them.
 */
function isBundled(db: DatabaseSync, id: number): boolean {
  return db.prepare("SELECT 1 FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ? AND s.kind = 'edition'").get(id) !== undefined;
}

function captureFeedVersion(db: DatabaseSync, id: number): OfflineRow {
  db.prepare(`UPDATE articles SET content_source = 'feed', feed_origin_html = html, feed_html = html, feed_text = text,
    feed_word_count = word_count WHERE id = ? AND content_source IS NULL`).run(id);
  return row(db, id);
}

export interface FullTextOutcome {
  id: number;
  status: 'ok' | 'failed' | 'offline' | 'no-url';
  showing: ContentSource;
  error: string | null;
  images: number;
  imageFailures: { url: string; reason: string }[];
}

/**
 * Fetches, extracts and stores the full article and every image of both
 * versions. Never throws for a page that cannot be had: the feed's version
 * stays, and the outcome says why.
 */
export async function fetchFullArticle(ctx: CoreContext, id: number, options: { fetchPage?: boolean } = {}): Promise<FullTextOutcome> {
  const offline = offlineServices(ctx);
  const { db } = ctx;
  if (isBundled(db, id)) return { id, status: 'ok', showing: 'feed', error: null, images: 0, imageFailures: [] };
  let current = captureFeedVersion(db, id);
  const connectivity = offline.connectivity;
  let extracted: ExtractedArticle | null = null;
  let error: string | null = null;
  let status: FullTextOutcome['status'] = 'ok';
  const wantPage = options.fetchPage !== false;

  if (!wantPage) status = current.full_status === 'ok' ? 'ok' : 'failed';
  else if (!current.url) {
    status = 'no-url';
    error = 'This article has no web address to fetch it from.';
  }
  else {
    try {
      const page = await offline.fetchPage(current.url);
      connectivity.noteSuccess();
      extracted = await extractArticle(page.html, page.finalUrl);
    } catch (caught) {
      const network = caught instanceof PageError && caught.network;
      if (network) connectivity.noteFailure(current.url);
      status = network ? 'offline' : 'failed';
      error = (caught as Error).message;
    }
  }

  const imageOptions = {
    db,
    libraryDir: ctx.libraryDir,
    articleId: id,
    now: ctx.now(),
    fetcher: offline.fetchImage,
    onNetworkError: (url: string) => connectivity.noteFailure(url),
    onNetworkSuccess: () => connectivity.noteSuccess(),
  };
  // The page's work may have taken a while: a feed refresh can have rewritten the row meanwhile.
  current = row(db, id);
  const feed = await localizeImages(current.feed_html ?? current.html, { ...imageOptions, extra: [current.image] });
  const full = extracted ? await localizeImages(extracted.html, { ...imageOptions, extra: [extracted.leadImage] }) : null;
  current = row(db, id);

  const feedWords = current.feed_word_count ?? current.word_count;
  if (full && extracted) {
    const fullWords = wordCount(extracted.text);
    const firstTime = current.full_status !== 'ok';
    const good = fullWords >= feedWords * FULL_MUST_REACH;
    const showing: ContentSource = firstTime ? (good ? 'full' : 'feed') : (current.content_source ?? 'feed');
    db.prepare(`UPDATE articles SET
        full_html = ?, full_text = ?, full_word_count = ?, full_status = 'ok', full_error = NULL, full_fetched_at = ?,
        site_name = ?, excerpt = ?, byline = COALESCE(byline, ?), lang = COALESCE(lang, ?),
        image = COALESCE(image, ?), feed_html = ?, media_stale = 0, content_source = ?,
        html = CASE ? WHEN 'full' THEN ? ELSE ? END,
        text = CASE ? WHEN 'full' THEN ? ELSE feed_text END,
        word_count = CASE ? WHEN 'full' THEN ? ELSE feed_word_count END
      WHERE id = ?`).run(
      full.html, extracted.text, fullWords, ctx.now(),
      extracted.siteName, extracted.excerpt, extracted.byline, extracted.lang,
      extracted.leadImage, feed.html, showing,
      showing, full.html, feed.html,
      showing, extracted.text,
      showing, fullWords,
      id,
    );
  } else {
    db.prepare(`UPDATE articles SET feed_html = ?, media_stale = 0,
        html = CASE content_source WHEN 'full' THEN html ELSE ? END,
        full_status = CASE WHEN ? AND full_status <> 'ok' THEN 'failed' ELSE full_status END,
        full_error = CASE WHEN ? AND full_status <> 'ok' THEN ? ELSE full_error END
      WHERE id = ?`).run(feed.html, feed.html, Number(status === 'failed' || status === 'no-url'), Number(status === 'failed' || status === 'no-url'), error, id);
  }
  const after = row(db, id);
  ctx.emit('libraryChanged', { reason: 'full-text', articleIds: [id] });
  return {
    id,
    status: extracted ? 'ok' : status,
    showing: after.content_source ?? 'feed',
    error,
    images: feed.stored.size + (full?.stored.size ?? 0),
    imageFailures: [...feed.failed, ...(full?.failed ?? [])],
  };
}

/** True when the feed gave only a summary (short, or trailing off with an ellipsis or "read more"). */
function looksLikeSummary(text: string, words: number): boolean {
  return words < SUMMARY_WORDS || /(\u2026|\.\.\.|\[\u2026\]|read more|continue reading)\s*$/i.test(text.trim());
}

/** Whether the policy wants the page fetched for an article (images of the feed version are kept unless 'off'). */
function wantsPage(policy: FullTextPolicy, reason: 'new' | 'bookmark' | 'asked', current: OfflineRow): boolean {
  if (reason === 'asked') return true;
  if (policy === 'off') return false;
  if (reason === 'bookmark') return current.full_status !== 'ok';
  if (policy === 'bookmarked') return false;
  if (policy === 'all') return current.full_status === 'none';
  return current.full_status === 'none' && looksLikeSummary(current.feed_text ?? current.text, current.feed_word_count ?? current.word_count);
}

/**
 * Queues articles for their offline copy. Call after a feed refresh with the
 * ids that were inserted or changed; the work runs in the background, two
 * pages at a time, and waits while the network is down.
 */
export function scheduleFullText(ctx: CoreContext, ids: number[], reason: 'new' | 'bookmark' | 'asked' = 'new'): void {
  const offline = offlineServices(ctx);
  if (offline.closed) return;
  for (const id of ids) {
    if (isBundled(ctx.db, id)) continue;
    if (offline.pending.has(id)) continue;
    offline.pending.add(id);
    offline.queue.push({ id, reason });
  }
  pump(ctx, offline);
}

function pump(ctx: CoreContext, offline: OfflineServices): void {
  while (offline.running < CONCURRENCY && offline.queue.length > 0 && !offline.closed) {
    const job = offline.queue.shift()!;
    offline.running++;
    void (async () => {
      try {
        await offline.connectivity.whenOnline();
        if (offline.closed) return;
        let current: OfflineRow;
        try {
          current = captureFeedVersion(ctx.db, job.id);
        } catch {
          return; // Purged while waiting.
        }
        const policy = ctx.preferences.get().fullText;
        const page = wantsPage(policy, job.reason, current);
        if (!page && (policy === 'off' && job.reason === 'new')) return;
        await fetchFullArticle(ctx, job.id, { fetchPage: page });
      } catch (error) {
        if (!offline.closed) console.error(`[offline] article ${job.id}:`, error);
      } finally {
        offline.running--;
        offline.pending.delete(job.id);
        if (!offline.closed) pump(ctx, offline);
        if (offline.running === 0 && offline.queue.length === 0) for (const resolve of offline.idleWaiters.splice(0)) resolve();
      }
    })();
  }
}

/** Reader information for an article: which version is shown and which exist; lead image made local when kept. */
export function readerVersions(ctx: CoreContext, article: Article): Article {
  const current = row(ctx.db, article.id);
  const reader: ReaderVersions = {
    showing: current.content_source ?? 'feed',
    hasFull: current.full_status === 'ok' && !!current.full_html,
    hasFeed: !!(current.feed_html ?? current.html).trim(),
    fullStatus: current.full_status,
    fullError: current.full_error,
    siteName: current.site_name,
  };
  const image = localImage(ctx.db, article.id, article.image);
  return { ...article, image: image ?? article.image, reader };
}

/** Shows the extracted article or the feed's own content. */
export function setArticleVersion(ctx: CoreContext, id: number, source: ContentSource): void {
  const current = captureFeedVersion(ctx.db, id);
  if (source === 'full' && current.full_status !== 'ok') {
    throw new LibraryError('NOT_FOUND', 'The full article has not been fetched yet.');
  }
  ctx.db.prepare(`UPDATE articles SET content_source = ?,
      html = CASE ? WHEN 'full' THEN full_html ELSE feed_html END,
      text = CASE ? WHEN 'full' THEN full_text ELSE feed_text END,
      word_count = CASE ? WHEN 'full' THEN full_word_count ELSE feed_word_count END
    WHERE id = ?`).run(source, source, source, source, id);
}

/** Removes stored images no article refers to (after the feeds' retention deleted articles). Bookmarked articles are never deleted, so theirs stay. */
export function purgeUnusedMedia(ctx: CoreContext): { files: number; bytes: number } {
  return collectUnusedMedia(ctx.db, ctx.libraryDir);
}
