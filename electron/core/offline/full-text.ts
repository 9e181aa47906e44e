// Keeping whole articles: fetch the original page, extract it, download its
// images, and store it beside the feed's own version. One FullTextQueue per
// open library does this in the background; the composition root hands it the
// articles feeds announce as added and the articles bookmarked.
import type { ContentSource, FullTextPolicy } from '../../shared/models.ts';
import type { LibraryContext } from '../library/context.ts';
import type { ReaderCopyRow } from '../library/reader-copies.ts';
import { guardAllowing, type AddressGuard } from '../net/address-guard.ts';
import { decodePage } from '../net/charset.ts';
import type { Connectivity } from '../net/connectivity.ts';
import { fetchBounded, DEFAULT_LIMITS, type FetchLimits } from '../net/http.ts';
import { sanitizeArticle } from '../text/sanitize.ts';
import { storageCause } from '../kernel/errors.ts';
import { wordCount } from '../text/tokenize.ts';
import { ArticleExtractor } from './extract-pool.ts';
import type { ExtractedArticle } from './extract.ts';
import { fetchImage as fetchImageOverHttp, localizeImages, type ImageFetcher } from './media.ts';

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';
const PAGE_LIMITS: FetchLimits = { ...DEFAULT_LIMITS, maxCompressedBytes: 5 * 1024 * 1024, maxDecompressedBytes: 10 * 1024 * 1024 };
/** Pages fetched at once: polite to sites, and extraction is CPU work on a small machine. */
const CONCURRENCY = 2;
/** An extraction much shorter than the feed's own text found the wrong block; show the feed's. */
const FULL_MUST_REACH = 0.8;
/** Feed items shorter than this are summaries ('auto' policy fetches their full text). */
const SUMMARY_WORDS = 150;

export interface PageFetcher {
  /** `guard` refuses local-network addresses the article's reader did not choose (net/address-guard.ts). */
  (url: string, guard?: AddressGuard): Promise<{ html: string; finalUrl: string }>;
}

export class PageError extends Error {
  readonly network: boolean;
  constructor(message: string, network = false) {
    super(message);
    this.network = network;
  }
}

/** Fetches an article page over the bounded HTTP client and decodes it. */
export const fetchPage: PageFetcher = async (url, guard) => {
  let result;
  try {
    result = await fetchBounded({ url, accept: PAGE_ACCEPT, guard }, PAGE_LIMITS);
  } catch (error) {
    const failure = (error as { failure?: string }).failure;
    const network = failure === 'network' || failure === 'connect-timeout';
    const status = (error as { status?: number | null }).status;
    throw new PageError(network ? 'The site could not be reached.' : failure !== 'blocked' && status ? `The site answered with HTTP ${status}.` : (error as Error).message, network);
  }
  if (result.notModified) throw new PageError('The site sent no page.');
  const type = (result.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') throw new PageError(`The address is not a web page (${type}).`);
  // A page's encoding is sniffed as browsers do; an odd label never loses the page.
  return { html: decodePage(result.body, result.contentType).text, finalUrl: result.finalUrl };
};

/** Why an article is queued; 'repair': a kept picture went missing from disk (its pictures again, no page). */
export type FullTextReason = 'new' | 'bookmark' | 'asked' | 'repair';

export interface FullTextOutcome {
  id: number;
  status: 'ok' | 'failed' | 'offline' | 'no-url';
  showing: ContentSource;
  error: string | null;
  images: number;
  imageFailures: { url: string; reason: string }[];
}

/** True when the feed gave only a summary (short, or trailing off with an ellipsis or "read more"). */
function looksLikeSummary(text: string, words: number): boolean {
  return words < SUMMARY_WORDS || /(\u2026|\.\.\.|\[\u2026\]|read more|continue reading)\s*$/i.test(text.trim());
}

/** Whether the policy wants the page fetched for an article (images of the feed version are kept unless 'off'). */
function wantsPage(policy: FullTextPolicy, reason: FullTextReason, current: ReaderCopyRow): boolean {
  if (reason === 'repair') return false;
  if (reason === 'asked') return true;
  if (policy === 'off') return false;
  if (reason === 'bookmark') return current.full_status !== 'ok';
  if (policy === 'bookmarked') return false;
  if (policy === 'all') return current.full_status === 'none';
  return current.full_status === 'none' && looksLikeSummary(current.feed_text ?? current.text, current.feed_word_count ?? current.word_count);
}

export interface FullTextQueueOptions {
  /** Pages go unfetched while the network is down; fetch failures are evidence for it. */
  connectivity: Connectivity;
  /** Tests and the bench pass fetchers that talk to their fixture server only. */
  fetchPage?: PageFetcher;
  fetchImage?: ImageFetcher;
}

export interface IdleOptions {
  /** Give up waiting after this long (default 10 minutes): idle() never waits forever. */
  timeoutMs?: number;
  /** Resolve as soon as everything left is waiting for the network (the CLI: it reports those and exits). */
  returnWhenOffline?: boolean;
}

export interface IdleResult {
  /** Nothing is queued or under way. */
  settled: boolean;
  /** Articles still queued or under way (waiting for the network, or cut off by the timeout). */
  pending: number;
}

interface IdleWaiter {
  resolve: (result: IdleResult) => void;
  returnWhenOffline: boolean;
  timer: ReturnType<typeof setTimeout>;
}

/** The longest idle() waits unless told otherwise. */
const IDLE_TIMEOUT_MS = 10 * 60_000;
/** Articles read from the library per step when resuming what a crash or quit left (ReaderCopies.missingCopies). */
const BACKLOG_PAGE = 200;
/** A copy that failed on a full, read-only or busy disk is tried again after these pauses (and at the next start). */
const STORAGE_RETRY_MS = [60_000, 10 * 60_000, 60 * 60_000];

/**
 * The offline copies of one library: articles queued for their full text and
 * images, fetched two pages at a time in the background, waiting while the
 * network is down.
 */
export class FullTextQueue {
  readonly #ctx: LibraryContext;
  readonly #connectivity: Connectivity;
  readonly #fetchPage: PageFetcher;
  readonly #fetchImage: ImageFetcher;
  /** Ids waiting or in progress. */
  readonly #pending = new Set<number>();
  readonly #queue: { id: number; reason: FullTextReason }[] = [];
  #running = 0;
  /** Jobs under way that are waiting for the network to return. */
  #waitingForNetwork = 0;
  readonly #idleWaiters: IdleWaiter[] = [];
  #closed = false;
  /** Extraction runs in a worker with caps and a time limit (extract-pool.ts); started on the first page. */
  #extractor: ArticleExtractor | null = null;
  /** Resuming: the library is read for articles lacking their copy, a page at a time, after this id. */
  #backlog: { afterId: number; recentSince: number | null } | null = null;
  /** Why an article's copy could not be saved this session (storage failures), until it is saved. */
  readonly #problems = new Map<number, string>();
  /** Copies waiting to be tried again after a storage failure, with their attempts so far. */
  readonly #retries = new Map<number, { reason: FullTextReason; attempts: number; timer: ReturnType<typeof setTimeout> }>();

  constructor(ctx: LibraryContext, options: FullTextQueueOptions) {
    this.#ctx = ctx;
    this.#connectivity = options.connectivity;
    this.#fetchPage = options.fetchPage ?? fetchPage;
    this.#fetchImage = options.fetchImage ?? fetchImageOverHttp;
  }

  /**
   * Resolves when the queue is empty (tests and the CLI wait on it), or when
   * only work waiting for the network is left and `returnWhenOffline` says so,
   * or after the timeout: it never waits forever.
   */
  idle(options: IdleOptions = {}): Promise<IdleResult> {
    return new Promise((resolve) => {
      const waiter = {
        resolve,
        returnWhenOffline: options.returnWhenOffline ?? false,
        timer: setTimeout(() => this.#settleWaiter(waiter), options.timeoutMs ?? IDLE_TIMEOUT_MS),
      };
      waiter.timer.unref?.();
      this.#idleWaiters.push(waiter);
      this.#checkIdle();
    });
  }

  #pendingCount(): number {
    return this.#running + this.#queue.length;
  }

  #settleWaiter(waiter: IdleWaiter): void {
    const at = this.#idleWaiters.indexOf(waiter);
    if (at === -1) return;
    this.#idleWaiters.splice(at, 1);
    clearTimeout(waiter.timer);
    const pending = this.#pendingCount();
    waiter.resolve({ settled: pending === 0, pending });
  }

  #checkIdle(): void {
    const empty = this.#running === 0 && this.#queue.length === 0;
    // Everything under way waits for the network and nothing else can start.
    const stalled = this.#running > 0 && this.#waitingForNetwork === this.#running;
    for (const waiter of [...this.#idleWaiters]) if (empty || this.#closed || (stalled && waiter.returnWhenOffline)) this.#settleWaiter(waiter);
  }

  /**
   * Queues again, a page at a time, what should have an offline copy and has
   * none (ReaderCopies.missingCopies): the in-memory queue is lost when the app
   * quits or crashes, so the next start finds the work in the library itself.
   * `recentSince`: also feed articles published since then that the queue never reached.
   */
  resume(options: { recentSince: number | null } = { recentSince: null }): void {
    if (this.#closed) return;
    this.#backlog = { afterId: 0, recentSince: options.recentSince };
    this.#refill();
  }

  #refill(): void {
    // A few pages at most per call: ids already queued are skipped, and the queue refills as it drains.
    for (let pages = 0; pages < 5; pages++) {
      const backlog = this.#backlog;
      if (!backlog || this.#closed || this.#queue.length >= CONCURRENCY * 2) return;
      let page: { id: number; bookmarked: boolean }[];
      try {
        page = this.#ctx.readerCopies.missingCopies(backlog.afterId, BACKLOG_PAGE, { offMode: this.#ctx.preferences.get().fullText === 'off', recentSince: backlog.recentSince });
      } catch {
        this.#backlog = null; // Busy or closing: the next start looks again.
        return;
      }
      if (page.length === 0) {
        this.#backlog = null;
        return;
      }
      backlog.afterId = page[page.length - 1]!.id;
      this.schedule(page.filter((p) => p.bookmarked).map((p) => p.id), 'bookmark');
      this.schedule(page.filter((p) => !p.bookmarked).map((p) => p.id), 'new');
    }
  }

  /** Why this article's offline copy could not be saved in this session (a full disk, say), or null. */
  problem(id: number): string | null {
    return this.#problems.get(id) ?? null;
  }

  /** Copies that could not be saved in this session, and the first cause. */
  problems(): { count: number; first: string | null } {
    return { count: this.#problems.size, first: this.#problems.values().next().value ?? null };
  }

  /** A storage failure: try again later in this session; a quit before then leaves it to the next start (resume). */
  #retryLater(id: number, reason: FullTextReason): void {
    const attempts = (this.#retries.get(id)?.attempts ?? 0) + 1;
    clearTimeout(this.#retries.get(id)?.timer);
    if (attempts > STORAGE_RETRY_MS.length) {
      this.#retries.delete(id);
      return;
    }
    const timer = setTimeout(() => {
      const retry = this.#retries.get(id);
      if (!retry || this.#closed) return;
      this.schedule([id], retry.reason);
    }, STORAGE_RETRY_MS[attempts - 1]);
    timer.unref?.();
    this.#retries.set(id, { reason, attempts, timer });
  }

  /** Drops what is waiting; work under way stores nothing more. */
  close(): void {
    this.#closed = true;
    this.#queue.length = 0;
    this.#backlog = null;
    for (const retry of this.#retries.values()) clearTimeout(retry.timer);
    this.#retries.clear();
    this.#extractor?.close();
    this.#extractor = null;
    this.#checkIdle();
  }

  /** Which local-network hosts this article's page and images may come from: its own source's feed host, or all with the preference. */
  #guardFor(id: number): AddressGuard {
    return guardAllowing([this.#ctx.readerCopies.sourceFeedUrl(id)], this.#ctx.preferences.get().allowLocalNetwork);
  }

  /**
   * Queues articles for their offline copy: the ids a feed refresh inserted,
   * bookmarked articles, or ones asked for. The work runs in the background.
   */
  schedule(ids: number[], reason: FullTextReason = 'new'): void {
    if (this.#closed) return;
    for (const id of ids) {
      if (this.#ctx.readerCopies.isBundled(id)) continue;
      if (this.#pending.has(id)) continue;
      this.#pending.add(id);
      this.#queue.push({ id, reason });
    }
    this.#pump();
  }

  #pump(): void {
    while (this.#running < CONCURRENCY && this.#queue.length > 0 && !this.#closed) {
      const job = this.#queue.shift()!;
      this.#running++;
      void (async () => {
        try {
          // One job per turn of the event loop: jobs that need no I/O would otherwise all run in one
          // macrotask, and the jsdom windows each builds are freed only when the loop turns (issue #13 item 3).
          await new Promise((resolve) => setImmediate(resolve));
          if (!this.#connectivity.online) {
            this.#waitingForNetwork++;
            this.#checkIdle();
            try {
              await this.#connectivity.whenOnline();
            } finally {
              this.#waitingForNetwork--;
            }
          }
          if (this.#closed) return;
          let current: ReaderCopyRow;
          try {
            current = this.#ctx.readerCopies.captureFeedVersion(job.id);
          } catch {
            return; // Purged while waiting.
          }
          const policy = this.#ctx.preferences.get().fullText;
          const page = wantsPage(policy, job.reason, current);
          if (!page && (policy === 'off' && job.reason === 'new')) return;
          await this.fetchFullArticle(job.id, { fetchPage: page });
          this.#problems.delete(job.id);
          const retry = this.#retries.get(job.id);
          if (retry) clearTimeout(retry.timer);
          this.#retries.delete(job.id);
        } catch (error) {
          if (this.#closed) return;
          // A full, read-only or busy disk: remembered (the CLI says it in one line), tried again later.
          const cause = storageCause(error);
          if (cause) {
            this.#problems.set(job.id, cause);
            this.#retryLater(job.id, job.reason);
          } else console.error(`[offline] article ${job.id}:`, error);
        } finally {
          this.#running--;
          this.#pending.delete(job.id);
          if (!this.#closed) this.#refill();
          if (!this.#closed) this.#pump();
          this.#checkIdle();
        }
      })();
    }
  }

  /**
   * Fetches, extracts and stores the full article and every image of both
   * versions. Never throws for a page that cannot be had: the feed's version
   * stays, and the outcome says why.
   */
  async fetchFullArticle(id: number, options: { fetchPage?: boolean } = {}): Promise<FullTextOutcome> {
    const ctx = this.#ctx;
    const copies = ctx.readerCopies;
    if (copies.isBundled(id)) return { id, status: 'ok', showing: 'feed', error: null, images: 0, imageFailures: [] };
    let current = copies.captureFeedVersion(id);
    const connectivity = this.#connectivity;
    const guard = this.#guardFor(id);
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
        const page = await this.#fetchPage(current.url, guard);
        connectivity.noteSuccess();
        extracted = await (this.#extractor ??= new ArticleExtractor()).extract(page.html, page.finalUrl);
      } catch (caught) {
        const network = caught instanceof PageError && caught.network;
        // An article's host was chosen by the feed, not the reader: alone it never decides that the network is down.
        if (network) connectivity.noteFailure(current.url, 'content');
        status = network ? 'offline' : 'failed';
        error = (caught as Error).message;
      }
    }

    const imageOptions = {
      media: ctx.media,
      articleId: id,
      now: ctx.now(),
      fetcher: this.#fetchImage,
      guard,
      onNetworkError: (url: string) => connectivity.noteFailure(url, 'content'),
      onNetworkSuccess: () => connectivity.noteSuccess(),
    };
    // The page's work may have taken a while: a feed refresh can have rewritten the row meanwhile.
    current = copies.row(id);
    // A feed's markup is stored as it came (core/text/feed-markup.ts); its offline copy is sanitized, lazy
    // images settled to one src, before its images are looked for.
    const feed = await localizeImages(sanitizeArticle(current.feed_html ?? current.html, current.url).html, { ...imageOptions, extra: [current.image] });
    const full = extracted ? await localizeImages(extracted.html, { ...imageOptions, extra: [extracted.leadImage] }) : null;
    // A kept full text whose pictures went missing from disk gets them back; its page is not fetched again.
    const keptFull = !extracted && current.full_status === 'ok' && current.full_html && ctx.media.lostFiles(id) > 0 ? await localizeImages(current.full_html, imageOptions) : null;
    current = copies.row(id);

    const feedWords = current.feed_word_count ?? current.word_count;
    if (full && extracted) {
      const fullWords = wordCount(extracted.text);
      const firstTime = current.full_status !== 'ok';
      const good = fullWords >= feedWords * FULL_MUST_REACH;
      const showing: ContentSource = firstTime ? (good ? 'full' : 'feed') : (current.content_source ?? 'feed');
      copies.storeFull(
        id,
        {
          html: full.html,
          text: extracted.text,
          wordCount: fullWords,
          fetchedAt: ctx.now(),
          siteName: extracted.siteName,
          excerpt: extracted.excerpt,
          byline: extracted.byline,
          lang: extracted.lang,
          leadImage: extracted.leadImage,
        },
        feed.html,
        showing,
      );
    } else {
      // Only a page that was wanted and could not be had counts as failed (a picture repair asks for none).
      copies.storeFeedOnly(id, feed.html, error, wantPage && (status === 'failed' || status === 'no-url'));
      if (keptFull) copies.replaceFullHtml(id, keptFull.html);
    }
    const after = copies.row(id);
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
}
