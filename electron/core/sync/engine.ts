// The sync engine: one per open library, made by the composition root. It owns
// the account's life (add after a successful test, remove), runs syncs (on the
// schedule, when asked, soon after a change made here) and sends what the queue
// holds. The protocol clients do the talking; the SyncStore keeps every piece
// of state, so a sync stopped anywhere (process killed, network cut, server
// restarted) resumes without losing or duplicating anything:
//
// 1. queued subscribe/unsubscribe go out, in order;
// 2. the server's subscriptions come in (added, renamed, refiled; removed ones
//    go, their bookmarked articles kept in a local source);
// 3. new items come in page by page, each page stored with its cursor in one
//    transaction;
// 4. the server's unread and starred ids are compared with what we last saw
//    (sync_articles) and with the queue: a change made only on one side wins;
//    where both sides changed the same mark since the last sync, the most
//    recent wins, a server change counting from the moment this sync saw it
//    (so it beats changes queued here before the sync, and loses to ones made
//    here while the sync runs);
// 5. queued read and star changes go out in batches; each acknowledged batch
//    leaves the queue and updates the last-seen marks in one transaction.
// Every change is a "set", never a toggle, so a batch sent twice (acknowledged
// by the server, then the process killed before we recorded it) is harmless.
import type {
  SourceInfo,
  SubscribeResult,
  SyncAccountInfo,
  SyncAccountInput,
  SyncConnectionTest,
  SyncProgress,
  SyncService,
  SyncSummary,
} from '../../shared/models.ts';
import { LibraryError } from '../kernel/errors.ts';
import { KeyFileSecretStore, SecretUnavailableError, sealedKind, defaultKeyFile, type SecretStore } from '../kernel/secrets.ts';
import type { LibraryContext } from '../library/context.ts';
import type { QueuedChange, SyncAccountRow, SyncStore } from '../library/sync-store.ts';
import { WorkerPool } from '../kernel/worker-pool.ts';
import { boundedTransport, chunks, SyncError, type ApiTransport } from './api-request.ts';
import { FeverClient } from './fever.ts';
import { GReaderClient } from './greader.ts';
import { cleanText, prepareItems, type ItemToPrepare, type PreparedItem } from './prepare.ts';
import { SERVICE_NAMES, type RemoteItem, type SyncClient } from './protocol.ts';
import { TtrssClient } from './ttrss.ts';
import { workerScript } from '../kernel/paths.ts';

export type ClientFactory = (account: { service: SyncService; serverUrl: string; user: string }, password: string, transport: ApiTransport) => SyncClient;

export const makeClient: ClientFactory = (account, password, transport) => {
  switch (account.service) {
    case 'ttrss':
      return new TtrssClient(account.serverUrl, account.user, password, transport);
    case 'greader':
      return new GReaderClient(account.serverUrl, account.user, password, transport);
    case 'fever':
      return new FeverClient(account.serverUrl, account.user, password, transport);
  }
};

export interface SyncOptions {
  /** Seals the password before it is stored (the shell passes the system keychain; default: the key file). */
  secrets?: SecretStore;
  /** A password to use where the sealed one cannot be opened (the CLI passes $BROADSHEET_SYNC_PASSWORD). */
  passwordOverride?: () => string | null;
  /** Sync on start-up and every refresh interval (the desktop app); off unless asked, so tests never sync by accident. */
  schedule?: boolean;
  /** How often the schedule looks whether a sync is due. */
  tickMs?: number;
  /** Send a change made here this long after it was made (changes close together go in one batch); 0: only when asked (the CLI). */
  pushDelayMs?: number;
  /** How far back the first sync fetches, where the protocol can say (Google Reader's `ot`). */
  firstSyncDays?: number;
  /** Items stored per transaction; between transactions the event loop serves the window. */
  itemsPerTransaction?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Sanitize and index items in a worker thread (default); false: on the calling thread. */
  prepareInWorker?: boolean;
  /** Tests: their own transport (fixture quirks) or client. */
  transport?: ApiTransport;
  makeClient?: ClientFactory;
}

const DEFAULTS = {
  tickMs: 60_000,
  pushDelayMs: 2_000,
  firstSyncDays: 90,
  itemsPerTransaction: 25,
  minBackoffMs: 60_000,
  maxBackoffMs: 6 * 3600_000,
};

/**
 * The worker's code: beside this module when the core runs from source (.ts),
 * beside the bundle when built (scripts/build.ts writes dist/main/sync-prepare-worker.js).
 */
export const SYNC_PREPARE_WORKER_URL = workerScript(import.meta.url, 'prepare-worker.ts', 'sync-prepare-worker.js');

/** Synced articles whose marks are weighed per transaction. */
const MARKS_PER_TRANSACTION = 500;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function emptySummary(): SyncSummary {
  return { ok: true, newArticles: 0, sent: 0, pending: 0, marksFromServer: 0, sourcesAdded: 0, sourcesRemoved: 0, error: null };
}

/**
 * A server address as stored: http(s) only, no user name or password inside
 * it (they have their own fields, and an address is shown and logged).
 */
export function normaliseServerUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) ? value.trim() : `https://${value.trim()}`);
  } catch {
    throw new LibraryError('INVALID_ARGUMENT', 'That is not a server address. Use the address of your server, for example https://rss.example.net/api/greader.php.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new LibraryError('INVALID_ARGUMENT', 'The server address must start with http:// or https://.');
  if (url.username || url.password) throw new LibraryError('INVALID_ARGUMENT', 'Put the user name and password in their own fields, not in the server address.');
  url.hash = '';
  return url.href;
}

/** A feed address as typed: `example.com/feed`, `feed://…` and `feed:https://…` become http(s). */
function normaliseFeedAddress(value: string): string | null {
  let text = value.trim();
  if (/^feed:\/\//i.test(text)) text = `http://${text.slice(7)}`;
  else if (/^feed:/i.test(text)) text = text.slice(5);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

export class SyncEngine {
  readonly #ctx: LibraryContext;
  readonly #store: SyncStore;
  readonly #secrets: SecretStore;
  readonly #options: Required<Pick<SyncOptions, keyof typeof DEFAULTS>> & SyncOptions;
  readonly #transport: ApiTransport;
  readonly #makeClient: ClientFactory;
  #running: Promise<SyncSummary> | null = null;
  #progress: SyncProgress | null = null;
  #closed = false;
  #tick: ReturnType<typeof setTimeout> | null = null;
  #pushTimer: ReturnType<typeof setTimeout> | null = null;
  #lastProgressEmit = 0;
  /** Sanitizing and indexing a page of items is CPU work: a worker does it while the main thread serves the window. */
  readonly #preparePool: WorkerPool<ItemToPrepare[], PreparedItem[]> | null;

  constructor(ctx: LibraryContext, store: SyncStore, options: SyncOptions = {}) {
    this.#ctx = ctx;
    this.#store = store;
    this.#options = { ...DEFAULTS, ...options };
    this.#secrets = options.secrets ?? new KeyFileSecretStore(defaultKeyFile());
    this.#transport = options.transport ?? boundedTransport;
    this.#makeClient = options.makeClient ?? makeClient;
    this.#preparePool =
      options.prepareInWorker === false
        ? null
        : new WorkerPool<ItemToPrepare[], PreparedItem[]>({
            workerUrl: SYNC_PREPARE_WORKER_URL,
            size: 1,
            timeLimitMs: 120_000,
            idleMs: 30_000,
            maxHeapMb: 768,
            label: 'sync item preparation',
            runHere: prepareItems,
          });
  }

  /** Prepares items off the main thread (a worker), or here when workers are off or cannot start. */
  async #prepareItems(items: RemoteItem[]): Promise<PreparedItem[]> {
    const jobs = items.map((item) => ({ title: item.title, html: item.html, url: item.url, author: item.author }));
    if (this.#preparePool) return this.#preparePool.run(jobs);
    await yieldToLoop();
    return prepareItems(jobs);
  }

  // ---------------------------------------------------------------- the account

  hasAccount(): boolean {
    return this.#store.account() !== null;
  }

  info(): SyncAccountInfo | null {
    const account = this.#store.account();
    if (!account) return null;
    const kind = account.sealed_secret ? sealedKind(account.sealed_secret) : '';
    return {
      service: account.service,
      serverUrl: account.server_url,
      user: account.user_name,
      lastSync: account.last_success_at === null ? null : new Date(account.last_success_at).toISOString(),
      lastError: account.last_error,
      nextAttempt: account.next_attempt_at === null ? null : new Date(account.next_attempt_at).toISOString(),
      pendingChanges: this.#store.pendingCount(),
      secretStorage: kind === this.#secrets.kind ? this.#secrets.description : kind === 'safe-storage' ? 'the system keychain' : kind === 'key-file' ? 'a key file' : 'nowhere (no password saved)',
      canSubscribe: account.service !== 'fever',
      syncing: this.#running !== null,
      progress: this.#progress,
    };
  }

  #changed(): void {
    if (!this.#closed) this.#ctx.emit('syncChanged', this.info());
  }

  /** Signs in with these details without saving anything: the dialog's "Test connection". */
  async test(input: SyncAccountInput): Promise<SyncConnectionTest> {
    try {
      const serverUrl = normaliseServerUrl(input.serverUrl);
      const client = this.#makeClient({ service: input.service, serverUrl, user: input.user }, input.password, this.#transport);
      const message = await client.login();
      // Signing in is not everything: the subscription list proves the API answers for this user.
      const subscriptions = await client.subscriptions();
      return { ok: true, message: `${message} ${subscriptions.length} subscription${subscriptions.length === 1 ? '' : 's'} on the server.` };
    } catch (error) {
      return { ok: false, message: this.#describe(error, input.service) };
    }
  }

  /**
   * Adds the account after a successful test, sealing the password. Adding the
   * same service, server and user again replaces the saved password (it changed).
   */
  async addAccount(input: SyncAccountInput): Promise<SyncAccountInfo> {
    const serverUrl = normaliseServerUrl(input.serverUrl);
    const existing = this.#store.account();
    const same = existing && existing.service === input.service && existing.server_url === serverUrl && existing.user_name === input.user;
    if (existing && !same) {
      throw new LibraryError('INVALID_ARGUMENT', `Broadsheet already syncs with ${existing.server_url} as ${existing.user_name}. Remove that account first; one account at a time.`);
    }
    const tested = await this.test({ ...input, serverUrl });
    if (!tested.ok) throw new LibraryError('SYNC_UNAVAILABLE', tested.message);
    let sealed: string;
    try {
      sealed = await this.#secrets.seal(input.password);
    } catch (error) {
      throw new LibraryError('SYNC_UNAVAILABLE', `The password could not be stored safely: ${error instanceof SecretUnavailableError ? error.message : 'the key could not be written'}.`);
    }
    if (same) this.#store.setSealedSecret(sealed);
    else this.#store.createAccount({ service: input.service, serverUrl, user: input.user, sealedSecret: sealed, at: this.#ctx.now() });
    this.#changed();
    if (this.#options.schedule) this.#soon(0);
    return this.info()!;
  }

  /** Forgets the account; its sources and articles stay, as local ones. */
  removeAccount(): { unsentChanges: number } {
    if (!this.#store.account()) throw new LibraryError('NOT_FOUND', 'There is no sync account to remove.');
    const unsentChanges = this.#store.removeAccount();
    this.#progress = null;
    this.#ctx.emit('syncChanged', null);
    this.#ctx.emit('libraryChanged', { reason: 'refresh', articleIds: [] });
    return { unsentChanges };
  }

  async #password(account: SyncAccountRow): Promise<string> {
    let problem = 'No password is saved for this account.';
    if (account.sealed_secret) {
      try {
        return await this.#secrets.open(account.sealed_secret);
      } catch (error) {
        if (!(error instanceof SecretUnavailableError)) throw error;
        problem = error.message;
      }
    }
    const override = this.#options.passwordOverride?.();
    if (override) return override;
    throw new SyncError('auth', `${problem} Add the account again here${this.#options.passwordOverride ? ', or set BROADSHEET_SYNC_PASSWORD' : ''}.`);
  }

  async #client(account: SyncAccountRow): Promise<SyncClient> {
    return this.#makeClient({ service: account.service, serverUrl: account.server_url, user: account.user_name }, await this.#password(account), this.#transport);
  }

  #describe(error: unknown, service: SyncService): string {
    if (error instanceof SyncError) return error.message;
    if (error instanceof LibraryError) return error.message;
    // Never a raw error: it might quote a request.
    console.error('[broadsheet] sync failed unexpectedly:', error instanceof Error ? error.name : typeof error);
    return `Something unexpected went wrong while syncing with ${SERVICE_NAMES[service]}. Broadsheet will try again later.`;
  }

  // ---------------------------------------------------------------- scheduling

  /** Starts the schedule (the desktop app): a sync soon after start-up, then every refresh interval, with back-off after failures. */
  start(): void {
    if (!this.#options.schedule || this.#closed || this.#tick) return;
    const tick = () => {
      this.#tick = setTimeout(() => {
        const account = this.#store.account();
        if (account && !this.#running && this.#due(account)) void this.sync({ manual: false }).finally(tick);
        else tick();
      }, this.#options.tickMs);
      this.#tick.unref?.();
    };
    this.#soon(1000);
    tick();
  }

  #due(account: SyncAccountRow): boolean {
    const now = this.#ctx.now();
    if (account.next_attempt_at !== null && now < account.next_attempt_at) return false;
    if (account.last_attempt_at === null) return true;
    return now >= account.last_attempt_at + this.#ctx.preferences.get().refreshMinutes * 60_000;
  }

  #soon(delay: number): void {
    if (this.#closed) return;
    const timer = setTimeout(() => {
      const account = this.#store.account();
      if (account && this.#due(account)) void this.sync({ manual: false });
    }, delay);
    timer.unref?.();
  }

  /** Something changed here (a read mark, a bookmark): send it shortly. */
  nudge(): void {
    if (this.#closed || this.#options.pushDelayMs <= 0 || !this.#store.account()) return;
    if (this.#pushTimer) clearTimeout(this.#pushTimer);
    this.#pushTimer = setTimeout(() => {
      this.#pushTimer = null;
      void this.sendChanges();
    }, this.#options.pushDelayMs);
    this.#pushTimer.unref?.();
  }

  /** The network came back: whatever waited goes now (back-off or not). */
  online(): void {
    const account = this.#store.account();
    if (account && (account.failures > 0 || this.#store.pendingCount() > 0)) void this.sync({ manual: false, ignoreBackoff: true });
  }

  close(): void {
    this.#closed = true;
    this.#preparePool?.close();
    if (this.#tick) clearTimeout(this.#tick);
    if (this.#pushTimer) clearTimeout(this.#pushTimer);
    this.#tick = this.#pushTimer = null;
  }

  /** Resolves when no sync is under way (tests, and the CLI before it closes the library). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running.catch(() => undefined);
  }

  // ---------------------------------------------------------------- running a sync

  /**
   * Sends the queue. While the server has been answering, a change made here
   * is the newest there is and goes straight out; after a failure (we were out
   * of touch, and the server may have changed meanwhile) it is a full sync,
   * which weighs the queue against what changed there.
   */
  async sendChanges(): Promise<SyncSummary> {
    const account = this.#store.account();
    if (!account) throw new LibraryError('NOT_FOUND', 'There is no sync account.');
    if (this.#store.pendingCount() === 0) return { ...emptySummary(), pending: 0 };
    if (account.failures > 0 || account.last_success_at === null) return this.sync({ manual: true });
    return this.#exclusive(() => this.#run(account, 'push'));
  }

  /** A full sync. `manual` (the Refresh button, `cli sync`) ignores back-off; a Retry-After is always honoured. */
  async sync(options: { manual?: boolean; ignoreBackoff?: boolean } = {}): Promise<SyncSummary> {
    const account = this.#store.account();
    if (!account) throw new LibraryError('NOT_FOUND', 'There is no sync account. Add one first.');
    return this.#exclusive(async () => {
      const fresh = this.#store.account();
      if (!fresh) return { ...emptySummary(), ok: false, error: 'The account was removed.' };
      if (!options.manual && !options.ignoreBackoff && fresh.next_attempt_at !== null && this.#ctx.now() < fresh.next_attempt_at) {
        return { ...emptySummary(), ok: false, pending: this.#store.pendingCount(), error: fresh.last_error };
      }
      return this.#run(fresh, 'full');
    });
  }

  /** One sync at a time per library; a second request waits for the first, then runs. */
  async #exclusive(work: () => Promise<SyncSummary>): Promise<SyncSummary> {
    while (this.#running) await this.#running.catch(() => undefined);
    const promise = work().finally(() => {
      if (this.#running === promise) this.#running = null;
      this.#progress = null;
      this.#changed();
    });
    this.#running = promise;
    return promise;
  }

  #setProgress(progress: SyncProgress | null, force = false): void {
    this.#progress = progress;
    const now = Date.now();
    // At most four updates a second reach the window, however fast pages arrive.
    if (force || now - this.#lastProgressEmit > 250) {
      this.#lastProgressEmit = now;
      this.#changed();
    }
  }

  async #run(account: SyncAccountRow, mode: 'full' | 'push'): Promise<SyncSummary> {
    const summary = emptySummary();
    const { now } = this.#ctx;
    this.#store.recordAttempt(now());
    this.#setProgress({ phase: 'sending', message: `Connecting to ${SERVICE_NAMES[account.service]}…`, done: 0, total: null }, true);
    const added: number[] = [];
    try {
      const client = await this.#client(account);
      await client.login();
      if (this.#closed) return summary;
      summary.sent += await this.#sendSubscriptions(client);
      if (mode === 'full') {
        await this.#receiveSubscriptions(client, summary);
        await this.#receiveItems(client, summary, added);
        await this.#weighMarks(client, summary);
      }
      summary.sent += await this.#sendMarks(client);
      if (this.#closed) return summary;
      this.#store.recordSuccess(now());
    } catch (error) {
      if (this.#closed) return summary;
      summary.ok = false;
      summary.error = this.#describe(error, account.service);
      const failures = (this.#store.account()?.failures ?? 0) + 1;
      const base = error instanceof SyncError && error.failure === 'auth' ? 60 * 60_000 : this.#options.minBackoffMs;
      const wait = Math.min(this.#options.maxBackoffMs, base * 2 ** Math.min(failures - 1, 12));
      const retryAfter = error instanceof SyncError ? (error.retryAfterMs ?? 0) : 0;
      this.#store.recordFailure(summary.error, now() + Math.max(wait, retryAfter));
    } finally {
      if (!this.#closed) {
        summary.pending = this.#store.pendingCount();
        if (added.length) this.#ctx.announce('articlesAdded', { articleIds: added });
        this.#ctx.emit('libraryChanged', { reason: 'refresh', articleIds: added });
      }
    }
    return summary;
  }

  // ---------------------------------------------------------------- 1. subscriptions out

  async #sendSubscriptions(client: SyncClient): Promise<number> {
    const store = this.#store;
    const changes = store.pending(10_000).filter((c) => c.kind === 'subscribe' || c.kind === 'unsubscribe');
    let sent = 0;
    for (const change of changes) {
      if (this.#closed) return sent;
      if (change.kind === 'unsubscribe') {
        if (change.remote_id !== null) await client.unsubscribe(change.remote_id);
        store.removeQueued([change.id]);
        sent++;
        continue;
      }
      sent += await this.#sendSubscribe(client, change);
    }
    return sent;
  }

  async #sendSubscribe(client: SyncClient, change: QueuedChange): Promise<number> {
    const store = this.#store;
    const sourceId = change.source_id;
    if (sourceId === null || change.url === null || !store.isSyncedSource(sourceId)) {
      store.removeQueued([change.id]); // the source was removed before its subscription went out
      return 0;
    }
    try {
      let result = await client.subscribe(change.url, change.folder);
      // Queued from offline, there is nobody to ask which of a site's feeds: take the first.
      if (result.kind === 'choose' && result.candidates[0]) result = await client.subscribe(result.candidates[0].url, change.folder);
      if (result.kind !== 'subscribed') throw new SyncError('rejected', 'The server found several feeds there and could not pick one.');
      const remoteId = result.remoteId;
      store.transaction(() => {
        const other = store.sourceByRemoteId(remoteId);
        if (other !== null && other !== sourceId) store.removeSourceKeepingBookmarks(sourceId, this.#ctx.now());
        else store.mapSource(sourceId, remoteId);
        this.#ctx.sources.recordSuccess(sourceId, this.#ctx.now(), { etag: null, lastModified: null });
        store.removeQueued([change.id]);
      });
      return 1;
    } catch (error) {
      if (!(error instanceof SyncError) || (error.failure !== 'rejected' && error.failure !== 'unsupported')) throw error;
      // The server will never take this one: the source stays, and Broadsheet fetches it itself.
      store.transaction(() => {
        store.removeQueued([change.id]);
        store.unmapSource(sourceId);
        this.#ctx.sources.recordFailure(sourceId, this.#ctx.now(), {
          message: `${error.message} Broadsheet fetches this feed itself instead.`,
          nextFetchAt: null,
          retryAfterUntil: null,
          gone: false,
        });
      });
      return 0;
    }
  }

  // ---------------------------------------------------------------- 2. subscriptions in

  async #receiveSubscriptions(client: SyncClient, summary: SyncSummary): Promise<void> {
    this.#setProgress({ phase: 'subscriptions', message: 'Checking subscriptions…', done: 0, total: null });
    const remote = await client.subscriptions();
    if (this.#closed) return;
    const store = this.#store;
    const now = this.#ctx.now();
    store.transaction(() => {
      const seen = new Set<string>();
      for (const sub of remote) {
        seen.add(sub.id);
        const title = cleanText(sub.title) || (sub.feedUrl ? new URL(sub.feedUrl).host : 'Untitled feed');
        const folder = sub.folder ? cleanText(sub.folder) || null : null;
        const fields = { title, folder, feedUrl: sub.feedUrl, siteUrl: sub.siteUrl };
        const known = store.sourceByRemoteId(sub.id);
        if (known !== null) {
          store.updateSource(known, fields);
          continue;
        }
        // Removed here, its unsubscribe still queued: the server lists it until that goes out.
        if (store.unsubscribePending(sub.id)) continue;
        const adopt = sub.feedUrl ? store.unsyncedSourceByUrl(sub.feedUrl) : null;
        if (adopt !== null) {
          // A feed this library already polled: from now on the account brings its articles.
          store.mapSource(adopt, sub.id);
          store.updateSource(adopt, fields);
        } else {
          store.addSyncedSource({ ...fields, remoteId: sub.id, at: now });
          summary.sourcesAdded++;
        }
      }
      for (const source of store.syncedSources()) {
        if (source.remoteId !== null && !seen.has(source.remoteId)) {
          store.removeSourceKeepingBookmarks(source.sourceId, now);
          summary.sourcesRemoved++;
        }
      }
    });
  }

  // ---------------------------------------------------------------- 3. items in

  async #receiveItems(client: SyncClient, summary: SyncSummary, added: number[]): Promise<void> {
    const store = this.#store;
    const firstSince = this.#ctx.now() - this.#options.firstSyncDays * 86_400_000;
    let cursor = store.state('items');
    let received = 0;
    this.#setProgress({ phase: 'articles', message: 'Fetching articles…', done: 0, total: null }, true);
    for (;;) {
      const page = await client.itemsPage(cursor, firstSince);
      if (this.#closed) return;
      const sourceOf = new Map(store.syncedSources().flatMap((s) => (s.remoteId === null ? [] : [[s.remoteId, s.sourceId] as const])));
      // Sanitizing and indexing are the costly part: done for the whole page off the main thread, before any transaction.
      const known = page.items.filter((item) => sourceOf.has(item.feedId) && store.articleByRemoteId(item.id) === null);
      const contents = known.length ? await this.#prepareItems(known) : [];
      if (this.#closed) return;
      const content = new Map(known.map((item, i) => [item, contents[i]!]));
      const parts = chunks(page.items, this.#options.itemsPerTransaction);
      if (parts.length === 0) store.setState('items', page.cursor);
      for (let i = 0; i < parts.length; i++) {
        const prepared = parts[i]!.map((item) => ({ item, sourceId: sourceOf.get(item.feedId) ?? null, content: content.get(item) ?? null }));
        const last = i === parts.length - 1;
        const bookmarked: number[] = [];
        this.#ctx.store.transaction(() => store.applyingServerMarks(() => {
          for (const entry of prepared) {
            // An item of a feed we do not list (tt-rss's archive), or one stored already.
            if (entry.sourceId === null || entry.content === null) continue;
            const stored = this.#storeItem(entry.item, entry.sourceId, entry.content);
            if (stored?.added) {
              added.push(stored.id);
              summary.newArticles++;
            }
            if (stored?.bookmarked) bookmarked.push(stored.id);
          }
          // The cursor moves with the last part of its page: stopped before, the page is read again and its known items skipped.
          if (last) store.setState('items', page.cursor);
        }));
        if (bookmarked.length) this.#ctx.announce('articlesBookmarked', { articleIds: bookmarked });
        received += prepared.length;
        this.#setProgress({
          phase: 'articles',
          message: `Fetching articles: ${received.toLocaleString('en')}${page.total !== null ? ` of about ${page.total.toLocaleString('en')}` : ' so far'}…`,
          done: received,
          total: page.total,
        });
        await yieldToLoop();
      }
      cursor = page.cursor;
      if (page.done) return;
    }
  }

  #storeItem(item: RemoteItem, sourceId: number, content: PreparedItem): { id: number; added: boolean; bookmarked: boolean } | null {
    const store = this.#store;
    const articles = this.#ctx.store;
    if (store.articleByRemoteId(item.id) !== null) return null; // stored already; its marks come with step 4
    const remote = { read: item.read, starred: item.starred };
    const adopt = item.url ? store.unsyncedArticleByUrl(sourceId, item.url) : null;
    if (adopt !== null) {
      // Stored here before the account existed: keep one copy, and keep what was marked here
      // (read on either side stays read, bookmarked on either side stays bookmarked).
      store.mapArticle(adopt, item.id, remote);
      const local = articles.summary(adopt);
      if (remote.read && !local.read) articles.setRead(adopt, true);
      if (remote.starred && !local.bookmarked) articles.setBookmarked(adopt, true);
      store.requeueIfDifferent(item.id, this.#ctx.now());
      return { id: adopt, added: false, bookmarked: remote.starred && !local.bookmarked };
    }
    const id = articles.upsertArticle({
      sourceId,
      guid: `sync:${item.id}`,
      url: item.url,
      title: content.title,
      byline: content.byline,
      summary: content.summary,
      html: content.html,
      text: content.text,
      image: item.image,
      published: item.published ?? this.#ctx.now(),
      features: content.features,
    });
    store.mapArticle(id, item.id, remote);
    if (remote.read) articles.setRead(id, true);
    if (remote.starred) articles.setBookmarked(id, true);
    return { id, added: true, bookmarked: remote.starred };
  }

  // ---------------------------------------------------------------- 4. marks weighed

  async #weighMarks(client: SyncClient, summary: SyncSummary): Promise<void> {
    const store = this.#store;
    const articles = this.#ctx.store;
    // Changes queued up to here were made before the server's state below was seen.
    const seenAfter = store.lastQueueId();
    this.#setProgress({ phase: 'marks', message: 'Comparing read and bookmark marks…', done: 0, total: store.syncedArticleCount() }, true);
    const unread = await client.unreadIds();
    const starred = await client.starredIds();
    if (this.#closed) return;
    const total = store.syncedArticleCount();
    let after = 0;
    let done = 0;
    const read: number[] = [];
    const bookmarked: number[] = [];
    for (;;) {
      const rows = store.articleMarks(after, MARKS_PER_TRANSACTION);
      if (rows.length === 0) break;
      articles.transaction(() => store.applyingServerMarks(() => {
        for (const row of rows) {
          const verdicts = [
            { mark: 'read' as const, remote: !unread.has(row.remote_id), base: row.remote_read === 1, local: row.read === 1, pending: row.pending_read },
            { mark: 'star' as const, remote: starred.has(row.remote_id), base: row.remote_starred === 1, local: row.bookmarked === 1, pending: row.pending_star },
          ];
          for (const v of verdicts) {
            const serverChanged = v.remote !== v.base;
            if (v.pending !== null) {
              // Made here after the server's state was read: the newest change, it goes out in step 5.
              if (v.pending > seenAfter) continue;
              if (!serverChanged) {
                // Changed only here: it goes out in step 5 (unless it came back to where the server is).
                if (v.local === v.base) store.dropPending(row.remote_id, v.mark);
                continue;
              }
              // Changed on both sides since the last sync: the server's change was seen later, so it wins.
              store.dropPending(row.remote_id, v.mark);
            }
            if (!serverChanged && v.local === v.remote) continue;
            store.setRemoteMark(row.article_id, v.mark, v.remote);
            if (v.local === v.remote) continue;
            if (v.mark === 'read') {
              articles.setRead(row.article_id, v.remote);
              read.push(row.article_id);
            } else {
              articles.setBookmarked(row.article_id, v.remote);
              if (v.remote) bookmarked.push(row.article_id);
            }
            summary.marksFromServer++;
          }
        }
      }));
      after = rows[rows.length - 1]!.article_id;
      done += rows.length;
      this.#setProgress({ phase: 'marks', message: `Comparing read and bookmark marks: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…`, done, total });
      await yieldToLoop();
      if (this.#closed) return;
    }
    if (read.length) this.#ctx.emit('libraryChanged', { reason: 'read', articleIds: read });
    if (bookmarked.length) {
      this.#ctx.emit('libraryChanged', { reason: 'bookmark', articleIds: bookmarked });
      this.#ctx.announce('articlesBookmarked', { articleIds: bookmarked });
    }
  }

  // ---------------------------------------------------------------- 5. marks out

  async #sendMarks(client: SyncClient): Promise<number> {
    const store = this.#store;
    let sent = 0;
    const total = store.pendingCount();
    for (;;) {
      const changes = store.pending(2_000).filter((c) => c.kind !== 'subscribe' && c.kind !== 'unsubscribe');
      if (changes.length === 0) return sent;
      for (const kind of ['read', 'unread', 'star', 'unstar'] as const) {
        for (const batch of chunks(changes.filter((c) => c.kind === kind && c.remote_id !== null), client.markBatchSize)) {
          const ids = batch.map((c) => c.remote_id!);
          if (kind === 'read' || kind === 'unread') await client.setRead(ids, kind === 'read');
          else await client.setStarred(ids, kind === 'star');
          if (this.#closed) return sent;
          const mark = kind === 'read' || kind === 'unread' ? ('read' as const) : ('star' as const);
          const value = kind === 'read' || kind === 'star';
          // Acknowledged: out of the queue, and the server's mark is now ours, in one transaction.
          // (A mark changed again while the batch was on its way has a newer entry, which stays.)
          store.transaction(() => {
            store.removeQueued(batch.map((c) => c.id));
            for (const id of ids) store.setRemoteMarkByRemoteId(id, mark, value);
          });
          sent += batch.length;
          this.#setProgress({ phase: 'sending', message: `Sending changes: ${sent.toLocaleString('en')} of ${total.toLocaleString('en')}…`, done: sent, total });
        }
      }
      const malformed = changes.filter((c) => c.remote_id === null).map((c) => c.id);
      if (malformed.length) store.removeQueued(malformed);
    }
  }

  // ---------------------------------------------------------------- subscribing through the account

  isSyncedSource(sourceId: number): boolean {
    return this.#store.isSyncedSource(sourceId);
  }

  #sourceInfo(sourceId: number): SourceInfo {
    const source = this.#ctx.store.sources().find((s) => s.id === sourceId);
    if (!source) throw new LibraryError('NOT_FOUND', `Source ${sourceId} is not in the library.`);
    const status = this.#ctx.sources.statuses().get(sourceId);
    return status ? { ...source, ...status } : source;
  }

  /**
   * Subscribes through the account: the server subscribes and fetches, and the
   * next sync brings the articles. When the server cannot be reached the source
   * is added here at once and the subscription waits in the queue.
   */
  async subscribe(value: string, choice?: string | null): Promise<SubscribeResult> {
    const account = this.#store.account();
    if (!account) throw new LibraryError('NOT_FOUND', 'There is no sync account.');
    if (account.service === 'fever') throw new LibraryError('INVALID_ARGUMENT', 'The Fever API cannot add subscriptions. Add the feed on your server, then sync.');
    const url = normaliseFeedAddress(choice ?? value);
    if (!url) throw new LibraryError('INVALID_ARGUMENT', 'That is not a web address. Paste a feed or site address starting with http:// or https://.');
    const existing = this.#ctx.sources.feedSourceByUrl(url);
    if (existing) return { kind: 'subscribed', source: this.#sourceInfo(existing.id), newArticles: 0, alreadySubscribed: true };
    let remoteId: string;
    try {
      const client = await this.#client(account);
      const result = await client.subscribe(url, null);
      if (result.kind === 'choose') return { kind: 'choose', candidates: result.candidates };
      remoteId = result.remoteId;
    } catch (error) {
      if (!(error instanceof SyncError) || error.failure !== 'network') throw new LibraryError('SYNC_UNAVAILABLE', this.#describe(error, account.service));
      // Out of reach: subscribe here now, tell the server when it answers again.
      const now = this.#ctx.now();
      const sourceId = this.#store.transaction(() => {
        const id = this.#store.addSyncedSource({ title: new URL(url).host, feedUrl: url, siteUrl: null, folder: null, remoteId: null, at: now });
        this.#store.enqueueSubscribe(id, url, null, now);
        return id;
      });
      this.#ctx.sources.recordFailure(sourceId, now, {
        message: `Waiting to subscribe on ${SERVICE_NAMES[account.service]}: ${error.message}`,
        nextFetchAt: null,
        retryAfterUntil: null,
        gone: false,
      });
      this.#ctx.emit('libraryChanged', { reason: 'refresh', articleIds: [] });
      this.#changed();
      return { kind: 'subscribed', source: this.#sourceInfo(sourceId), newArticles: 0, alreadySubscribed: false };
    }
    const known = this.#store.sourceByRemoteId(remoteId);
    if (known !== null) return { kind: 'subscribed', source: this.#sourceInfo(known), newArticles: 0, alreadySubscribed: true };
    const summary = await this.sync({ manual: true });
    const sourceId = this.#store.sourceByRemoteId(remoteId);
    if (sourceId === null) throw new LibraryError('SYNC_UNAVAILABLE', summary.error ?? 'The server subscribed, but the subscription did not arrive here yet; it will on the next sync.');
    return { kind: 'subscribed', source: this.#sourceInfo(sourceId), newArticles: this.#ctx.store.sources().find((s) => s.id === sourceId)?.total ?? 0, alreadySubscribed: false };
  }

  /** Unsubscribes a source the account owns: gone here now (bookmarked articles kept), and on the server when it answers. */
  unsubscribe(sourceId: number): boolean {
    const account = this.#store.account();
    if (!account || !this.#store.isSyncedSource(sourceId)) throw new LibraryError('NOT_FOUND', `Source ${sourceId} does not come from the sync account.`);
    if (account.service === 'fever') throw new LibraryError('INVALID_ARGUMENT', 'The Fever API cannot remove subscriptions. Remove the feed on your server, then sync.');
    const remoteId = this.#store.remoteSourceId(sourceId);
    const now = this.#ctx.now();
    this.#store.transaction(() => {
      if (remoteId === null) this.#store.withdrawSubscribe(sourceId);
      else this.#store.enqueueUnsubscribe(remoteId, now);
      this.#store.removeSourceKeepingBookmarks(sourceId, now);
    });
    this.#ctx.emit('libraryChanged', { reason: 'refresh', articleIds: [] });
    this.nudge();
    this.#changed();
    return true;
  }
}
