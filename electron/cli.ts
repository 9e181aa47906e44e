// Broadsheet without a window: the same core, for scripting and automation.
//   npm run cli -- <command> [options]      (--json for machine-readable stdout)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { APP_ORIGIN, MAX_PAGE } from './shared/contract.ts';
import { REFRESH_MINUTES } from './shared/preferences.ts';
import { formatBytes } from './shared/format.ts';
import type { ArticlePage, ArticleSummary, ListQuery } from './shared/models.ts';
import { createHost } from './core/host/host.ts';
import { openLibraryCore, type LibraryCore } from './core/library-core.ts';
import { sanitizeArticle } from './core/text/sanitize.ts';
import { setPageCache } from './core/library/page-cache.ts';
import { libraryDir } from './core/kernel/paths.ts';
import { MemoryPreferences } from './core/kernel/preferences.ts';
import { writeFile as writeTextFile, readFile as readTextFile } from 'node:fs/promises';
import type { SourceInfo } from './shared/models.ts';
import { ArticleExtractor } from './core/offline/extract-pool.ts';
import { fetchPage } from './core/offline/full-text.ts';
import { readFile } from 'node:fs/promises';
import { LibraryError, STORAGE_MESSAGES, storageFailure } from './core/kernel/errors.ts';
import { backupDatabase, listBackups } from './core/library/backups.ts';
import { openLibraryDatabase } from './core/library/database.ts';
import { LibraryDamagedError } from './core/library/integrity.ts';
import { restoreBackup, salvageLibrary } from './core/library/recovery.ts';
import { defaultKeyFile, KeyFileSecretStore, SYNC_PASSWORD_ENV } from './core/kernel/secrets.ts';
import type { SyncAccountInfo, SyncService, SyncSummary } from './shared/models.ts';

const USAGE = `Usage: broadsheet <command> [options]

Commands:
  articles [--limit N | --all] [--source ID] [--bookmarked] [--unread] [--fold [--latest]]
                                                               list articles, newest first (50 unless told; --all
                                                               with --json prints one JSON object a line); --fold
                                                               prints one line per story with its other articles
                                                               beneath it (--latest: stories by their latest report)
  show <id>                                                    one article with its text
  search <query>                                               full-text search
  related <id>                                                 related stories, grouped
  stories [--since 24h] [--day YYYY-MM-DD]                     the Big picture: stories across sources, biggest first
  bookmark <id> | unbookmark <id>                              add or remove a bookmark
  mark-read <id> | mark-unread <id>                            mark an article read or unread
  bookmarks                                                    list every bookmarked article
  subscribe <url>                                              subscribe to a feed, or a site's feed
  unsubscribe <id>                                             remove a source and its articles
  sources                                                      list sources with unread counts and status
  stats                                                        what the library holds and its size on disk
  refresh [--source ID]                                        fetch new articles now (all sources, or one)
  refresh-every <source-id> <minutes|default>                  a source's own refresh interval
  import-opml <file>                                           add the subscriptions in an OPML file
  export-opml [file]                                           write subscriptions as OPML (stdout without a file)
  extract <url>                                                fetch a page and show the article Broadsheet would keep
  fetch-full <id> | fetch-full --pending                       fetch and store an article's full text and images now;
                                                               --pending: every bookmark still lacking its copy
  export-bookmarks [--format markdown|html|json]               bookmarks with full text, on stdout
  import-bookmarks <file.json>                                 bookmarks from a JSON export
  check                                                        read every page of the library: is it whole?
  backup | backups                                             back the library up now | list its backups
  restore-backup [name]                                        put the newest good backup (or the one named) in place
  salvage                                                      copy what can still be read into a new library
  account add <ttrss|greader|fever> <server-url> --user NAME   sync with a feed service (the password from
                                                               $BROADSHEET_SYNC_PASSWORD, else asked on the terminal)
  account show | account remove                                the sync account and its state; forget it (sources stay)
  sync                                                         sync with the account now

With a sync account, subscribe, unsubscribe, bookmark, unbookmark, mark-read and mark-unread go
through the account: sent at once when the server answers, else queued for the next sync.

Options (before or after the command):
  --library DIR   library directory (default: $BROADSHEET_LIBRARY, else the app's own)
  --json          machine-readable output on stdout
  --allow-local-network  let article pages and images come from this computer or the local network
                  (off: links in feeds cannot reach 127.0.0.1, 192.168.x.x, 169.254.169.254 …)
  --help          this text`;

/** SQLite's page cache for one command (the app keeps 32 MB; see core/library/page-cache.ts). */
const CLI_PAGE_CACHE_MB = 4;

class UsageError extends Error {}

/** How long a command's write waits for other writers at a time (then retried; library/database.ts). */
const CLI_BUSY_TIMEOUT_MS = 30_000;

interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Asks for a password on the terminal without echoing it; absent when there is no terminal. */
  askPassword?: (prompt: string) => Promise<string | null>;
}

const SYNC_SERVICES: readonly SyncService[] = ['ttrss', 'greader', 'fever'];
const SERVICE_LABELS: Record<SyncService, string> = { ttrss: 'Tiny Tiny RSS', greader: 'Google Reader API', fever: 'Fever API' };

function accountLines(info: SyncAccountInfo): string {
  return [
    `Service     ${SERVICE_LABELS[info.service]}`,
    `Server      ${info.serverUrl}`,
    `User        ${info.user}`,
    `Password    kept in ${info.secretStorage}`,
    `Last sync   ${info.lastSync ? `${info.lastSync.slice(0, 16).replace('T', ' ')} UTC` : 'never'}`,
    `Waiting     ${info.pendingChanges} change${info.pendingChanges === 1 ? '' : 's'} not yet sent`,
    ...(info.lastError ? [`Problem     ${info.lastError}`] : []),
    ...(info.nextAttempt ? [`Next try    ${info.nextAttempt.slice(0, 16).replace('T', ' ')} UTC`] : []),
  ].join('\n');
}

function syncLine(summary: SyncSummary): string {
  const parts = [
    `${summary.newArticles} new article${summary.newArticles === 1 ? '' : 's'}`,
    `${summary.sent} change${summary.sent === 1 ? '' : 's'} sent`,
    `${summary.marksFromServer} mark${summary.marksFromServer === 1 ? '' : 's'} from the server`,
  ];
  if (summary.sourcesAdded) parts.push(`${summary.sourcesAdded} source${summary.sourcesAdded === 1 ? '' : 's'} added`);
  if (summary.sourcesRemoved) parts.push(`${summary.sourcesRemoved} removed`);
  if (summary.pending) parts.push(`${summary.pending} still waiting`);
  return `${summary.ok ? 'Synced' : 'Sync failed'}: ${parts.join(', ')}.`;
}

function appRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..');
}

function assetsDir(): string {
  return join(appRoot(), 'assets');
}

function positiveInt(value: string | undefined, what: string): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${what} must be a positive whole number, got "${value ?? ''}".`);
  return Number(value);
}

function articleLine(a: ArticleSummary): string {
  const marks = `${a.read ? ' ' : '•'}${a.bookmarked ? '★' : ' '}`;
  const line = `${String(a.id).padStart(6)} ${marks} ${a.published.slice(0, 16).replace('T', ' ')}  ${a.source.title} — ${a.title}`;
  if (!a.story) return line;
  // A folded story: its other reports beneath it, indented, with the story's size and unread count.
  const size = a.story.others.length + 1;
  return `${line}  [story of ${size}, ${a.story.unread} unread]\n${a.story.others.map((o) => `        ↳ ${articleLine(o).trimStart()}`).join('\n')}`;
}

function when(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
}

/** check, backup, backups, restore-backup and salvage; null for every other command. */
function maintenanceCommand(command: string, rest: string[], dir: string): { json: unknown; text: string; code: number } | null {
  switch (command) {
    case 'check': {
      try {
        const opened = openLibraryDatabase(dir, { fullCheckBytes: Number.POSITIVE_INFINITY });
        opened.db.close();
        return { json: { ok: true, ms: Math.round(opened.check.ms), libraryDir: dir }, text: `The library is whole (every page read in ${formatMs(opened.check.ms)}).`, code: 0 };
      } catch (error) {
        if (!(error instanceof LibraryDamagedError)) throw error;
        return { json: { ok: false, problems: error.problems, backups: error.backups.map((b) => b.name), libraryDir: dir }, text: error.message, code: 1 };
      }
    }
    case 'backup': {
      const opened = openLibraryDatabase(dir);
      try {
        // Backups go in the library's own folder, which a read-only library cannot take.
        if (opened.readOnly) throw new LibraryError('STORAGE', STORAGE_MESSAGES.readOnly);
        const made = backupDatabase(opened.db, dir, 'manual');
        return { json: made, text: `Backed up to ${made.file} (${formatBytes(made.bytes)}).`, code: 0 };
      } finally {
        opened.db.close();
      }
    }
    case 'backups': {
      const list = listBackups(dir);
      return { json: list, text: list.length ? list.map((b) => `${when(b.createdAt)}  ${b.kind.padEnd(13)} ${formatBytes(b.bytes).padStart(8)}  ${b.name}`).join('\n') : `No backups yet in ${dir}.`, code: 0 };
    }
    case 'restore-backup': {
      const restored = restoreBackup(dir, { backupFile: rest[0] });
      return {
        json: restored,
        text: `Restored the backup of ${when(restored.restoredFrom.createdAt)}.${restored.keptDamagedAt ? ` The library it replaced is kept at ${restored.keptDamagedAt}.` : ''}`,
        code: 0,
      };
    }
    case 'salvage': {
      const salvaged = salvageLibrary(dir);
      const articles = salvaged.copied.articles ?? 0;
      const bookmarks = salvaged.copied.bookmarks ?? 0;
      const unreadable = Object.values(salvaged.lost).reduce((a, b) => a + b, 0);
      return {
        json: salvaged,
        text: `Salvaged ${articles} article${articles === 1 ? '' : 's'}, ${bookmarks} bookmark${bookmarks === 1 ? '' : 's'} and ${salvaged.copied.sources ?? 0} sources into a new library` +
          `${unreadable ? ` (${unreadable} unreadable part${unreadable === 1 ? '' : 's'} skipped)` : ''}.${salvaged.keptDamagedAt ? ` The damaged library is kept at ${salvaged.keptDamagedAt}.` : ''}`,
        code: 0,
      };
    }
    default:
      return null;
  }
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        limit: { type: 'string' },
        all: { type: 'boolean', default: false },
        source: { type: 'string' },
        bookmarked: { type: 'boolean', default: false },
        unread: { type: 'boolean', default: false },
        fold: { type: 'boolean', default: false },
        latest: { type: 'boolean', default: false },
        since: { type: 'string' },
        day: { type: 'string' },
        format: { type: 'string' },
        pending: { type: 'boolean', default: false },
        user: { type: 'string' },
        'allow-local-network': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.err(`broadsheet: ${(error as Error).message.split('\n')[0]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }

  let core: LibraryCore | null = null;
  try {
    // Looking after the library itself: these work on a damaged library, which opens for nothing else.
    const maintained = maintenanceCommand(command, rest, libraryDir(values.library ?? null, io.env));
    if (maintained) {
      const { json, text, code } = maintained;
      io.out(values.json ? JSON.stringify(json, null, 2) : text);
      return code;
    }
    core = openLibraryCore({
      libraryDir: libraryDir(values.library ?? null, io.env),
      assetsDir: assetsDir(),
      preferences: new MemoryPreferences(),
      platform: { openExternal: async () => {} },
      // A command has no window to keep responsive: it waits longer for other writers (the app,
      // dozens of scripts at once) rather than fail with "busy".
      busyTimeoutMs: CLI_BUSY_TIMEOUT_MS,
      // The CLI keeps a sync password sealed with a key file (0600) beside the app's settings; where the
      // desktop app sealed it in the system keychain instead, $BROADSHEET_SYNC_PASSWORD stands in.
      sync: {
        secrets: new KeyFileSecretStore(defaultKeyFile(io.env)),
        passwordOverride: () => io.env[SYNC_PASSWORD_ENV] || null,
        pushDelayMs: 0,
      },
    });
    // One command, then the process ends: a page cache sized for a long session only adds to its peak (page-cache.ts).
    setPageCache(core.db, CLI_PAGE_CACHE_MB);
    // Reading from the CLI should not change what the app shows as read.
    core.preferences.update({ markReadOnOpen: false, allowLocalNetwork: values['allow-local-network'] === true });
    // Background work as in the app (the story back-fill); its timers do not keep a short command alive.
    core.start();
    // The same gate the window's calls pass: arguments are checked against the contract.
    const host = createHost(core, { allowedOrigins: [APP_ORIGIN], appRoot: appRoot() });
    const call = host.call;
    const idArg = () => positiveInt(rest[0], 'The article id');
    const emit = (json: unknown, text: () => string) => io.out(values.json ? JSON.stringify(json, null, 2) : text());
    const library = core;
    /** With a sync account, a change made here goes to the server now; when it cannot, it waits in the queue (said, not an error). */
    const sendToAccount = async (): Promise<string> => {
      if (!library.sync.hasAccount()) return '';
      const summary = await library.sync.sendChanges();
      return summary.ok ? '' : `\nSaved here; it goes to the sync server at the next sync (${summary.error})`;
    };
    const list = (items: ArticleSummary[]) => (items.length ? items.map(articleLine).join('\n') : 'No articles.');
    /** Every row of a list, page by page through the keyset cursor, up to `max` rows. */
    async function* listRows(query: Omit<ListQuery, 'cursor' | 'limit'>, max: number): AsyncGenerator<ArticleSummary> {
      let cursor: string | null = null;
      let left = max;
      while (left > 0) {
        const page: ArticlePage = await call('library.articles', { ...query, cursor, limit: Math.min(left, MAX_PAGE) });
        for (const item of page.items) yield item;
        left -= page.items.length;
        if (!page.next || page.items.length === 0) return;
        cursor = page.next;
      }
    }
    /** Prints a list: a JSON array (or JSON lines with --all, so any size streams), or one line per article. */
    const printRows = async (rows: AsyncGenerator<ArticleSummary>) => {
      if (values.json && values.all) {
        for await (const row of rows) io.out(JSON.stringify(row));
        return;
      }
      const items: ArticleSummary[] = [];
      let count = 0;
      for await (const row of rows) {
        count++;
        if (values.json) items.push(row);
        else io.out(articleLine(row));
      }
      if (values.json) io.out(JSON.stringify(items, null, 2));
      else if (count === 0) io.out('No articles.');
    };

    switch (command) {
      case 'articles': {
        if (values.bookmarked && values.unread) throw new UsageError('Choose --bookmarked or --unread, not both.');
        if (values.all && values.limit !== undefined) throw new UsageError('Choose --limit or --all, not both.');
        const limit = values.all ? Number.POSITIVE_INFINITY : values.limit === undefined ? 50 : positiveInt(values.limit, '--limit');
        const query = {
          view: values.bookmarked ? ('bookmarks' as const) : values.unread ? ('unread' as const) : ('all' as const),
          sourceId: values.source === undefined ? null : positiveInt(values.source, '--source'),
          ...(values.fold ? { fold: true, storyOrder: values.latest ? ('latest' as const) : ('first' as const) } : {}),
        };
        if (values.latest && !values.fold) throw new UsageError('--latest orders folded stories: use it with --fold.');
        // Every article's story decided before listing, as the window shows them once the background work is done.
        if (values.fold) core.stories.drain();
        await printRows(listRows(query, limit));
        break;
      }
      case 'show': {
        const article = await call('library.article', idArg());
        const text = await call('library.articleText', article.id);
        // A feed's markup is stored as it came (core/text/feed-markup.ts): what leaves the CLI is sanitized.
        emit({ ...article, html: sanitizeArticle(article.html, article.url).html }, () => {
          return `${article.title}\n${[article.byline, article.source.title, article.published].filter(Boolean).join(' · ')}\n${article.url ?? ''}\n\n${text}`;
        });
        break;
      }
      case 'stats': {
        const stats = await call('library.stats');
        emit(stats, () =>
          [
            `Library     ${stats.libraryDir}`,
            `Articles    ${stats.articles.toLocaleString('en')} (${stats.unread.toLocaleString('en')} unread)`,
            `Bookmarks   ${stats.bookmarks.toLocaleString('en')}`,
            `Sources     ${stats.sources.toLocaleString('en')}`,
            `On disk     ${formatBytes(stats.databaseBytes + stats.mediaBytes)} (database ${formatBytes(stats.databaseBytes)}, ${stats.mediaFiles.toLocaleString('en')} media files ${formatBytes(stats.mediaBytes)})`,
            `Backups     ${
              stats.backups.count === 0
                ? 'none yet'
                : `${stats.backups.count} (${formatBytes(stats.backups.bytes)}), newest ${new Date(stats.backups.newest!).toISOString().slice(0, 16).replace('T', ' ')} UTC`
            }`,
            ...(stats.backupProblem ? [`Problem     ${stats.backupProblem}`] : []),
          ].join('\n'),
        );
        break;
      }
      case 'search': {
        const query = rest.join(' ').trim();
        if (!query) throw new UsageError('search needs a query, for example: search "harbour storm"');
        // Bodies a refresh stored moments ago are indexed after it (library/catch-up.ts); the app does it in the background.
        core.backfill.catchUpNow();
        const items = await call('library.search', query, values.limit === undefined ? 50 : Math.min(positiveInt(values.limit, '--limit'), 500));
        emit(items, () => list(items));
        break;
      }
      case 'related': {
        core.backfill.catchUpNow();
        const entries = await call('related.articles', idArg());
        emit(
          entries.map((e) => ({ ...e.article, group: e.group, reason: e.reason, score: e.score, ...(e.alsoIn ? { alsoIn: e.alsoIn } : {}) })),
          () => (entries.length ? entries.map((e) => `${e.group === 'same-story' ? 'same story' : 'related   '}  ${articleLine(e.article)}  (${e.reason})`).join('\n') : 'No related stories.'),
        );
        break;
      }
      case 'stories': {
        if (values.since !== undefined && values.since !== '24h') throw new UsageError('--since accepts 24h.');
        if (values.since !== undefined && values.day !== undefined) throw new UsageError('Choose --since or --day, not both.');
        if (values.day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.day)) throw new UsageError('--day is written YYYY-MM-DD.');
        core.backfill.catchUpNow();
        const clusters = await call('related.bigPicture', values.day !== undefined ? { day: values.day } : { since: '24h' });
        emit(clusters, () =>
          clusters.length
            ? clusters.map((c) => `${c.headline}  (${c.sourceCount} ${c.sourceCount === 1 ? 'source' : 'sources'})\n${c.articles.map((a) => `  ${articleLine(a)}`).join('\n')}`).join('\n\n')
            : 'No stories in that period.',
        );
        break;
      }
      case 'bookmark':
      case 'unbookmark': {
        const article = await call('library.setBookmarked', idArg(), command === 'bookmark');
        const note = await sendToAccount();
        // The bookmark's offline copy is fetched in the background; the CLI waits for it before closing the
        // library, but not for a network that is down (idle() returns when only that work is left).
        await core.fullText.idle({ returnWhenOffline: true });
        // A copy that could not be saved (a full disk) is said in the same line; it is tried again later.
        const problem = command === 'bookmark' ? core.fullText.problem(article.id) : null;
        const copyNote = problem ? `. Its offline copy could not be saved: ${problem}; it will be tried again when the app next starts, or now with: fetch-full --pending` : '';
        emit(problem ? { ...article, offlineCopy: { saved: false, problem } } : article, () => `${command === 'bookmark' ? 'Bookmarked' : 'Removed bookmark from'}: ${article.title}${copyNote}${note}`);
        break;
      }
      case 'mark-read':
      case 'mark-unread': {
        const article = await call('library.setRead', idArg(), command === 'mark-read');
        const note = await sendToAccount();
        emit(article, () => `Marked ${command === 'mark-read' ? 'read' : 'unread'}: ${article.title}${note}`);
        break;
      }
      case 'account': {
        const action = rest[0] ?? 'show';
        if (action === 'add') {
          const service = rest[1] as SyncService | undefined;
          const serverUrl = rest[2];
          if (!service || !SYNC_SERVICES.includes(service)) throw new UsageError('account add needs a service: ttrss, greader or fever, for example: account add ttrss https://rss.example/tt-rss/ --user me');
          if (!serverUrl) throw new UsageError('account add needs the server address, for example: account add greader https://rss.example/api/greader.php --user me');
          if (!values.user) throw new UsageError('account add needs --user NAME.');
          const password = io.env[SYNC_PASSWORD_ENV] || (await io.askPassword?.(`Password for ${values.user} at ${serverUrl}: `)) || '';
          if (!password) throw new UsageError(`Give the password in ${SYNC_PASSWORD_ENV}, or run account add in a terminal to be asked for it.`);
          const info = await call('sync.addAccount', { service, serverUrl, user: values.user, password });
          emit(info, () => `Added the ${SERVICE_LABELS[info.service]} account ${info.user} at ${info.serverUrl}; the password is kept in ${info.secretStorage}. Run "sync" to bring in its subscriptions and articles.`);
        } else if (action === 'show') {
          const info = await call('sync.account');
          emit(info, () => (info ? accountLines(info) : 'No sync account. Add one with: account add <ttrss|greader|fever> <server-url> --user NAME'));
        } else if (action === 'remove') {
          const removed = await call('sync.removeAccount');
          emit(removed, () => `Removed the sync account; its sources and articles stay, and Broadsheet fetches those feeds itself again.${removed.unsentChanges ? ` ${removed.unsentChanges} change${removed.unsentChanges === 1 ? '' : 's'} not yet sent ${removed.unsentChanges === 1 ? 'was' : 'were'} dropped.` : ''}`);
        } else {
          throw new UsageError(`Unknown account action "${action}": use account add, account show or account remove.`);
        }
        break;
      }
      case 'sync': {
        const summary = await call('sync.now');
        emit(summary, () => syncLine(summary));
        if (!summary.ok) throw new Error(summary.error ?? 'The sync failed.');
        break;
      }
      case 'bookmarks': {
        // Every bookmark, however many: they are what a person keeps.
        await printRows(listRows({ view: 'bookmarks' }, Number.POSITIVE_INFINITY));
        break;
      }
      case 'extract': {
        const url = rest[0];
        if (!url || !/^https?:\/\//i.test(url)) throw new UsageError('extract needs an http(s) address, for example: extract https://news.example/story');
        const page = await fetchPage(url);
        // In a worker with the same caps and time limit as the app's queue: a hostile page cannot hang the command.
        const extractor = new ArticleExtractor();
        const article = await extractor.extract(page.html, page.finalUrl).finally(() => extractor.close());
        emit(article, () => `${article.title}\n${[article.byline, article.siteName, article.publishedTime].filter(Boolean).join(' · ')}\n${article.url}\n\n${article.text}\n\n${article.images.length} image${article.images.length === 1 ? '' : 's'}${article.images.map((i) => `\n  ${i}`).join('')}`);
        break;
      }
      case 'fetch-full': {
        if (values.pending) {
          // What a quit, a crash or a full disk left without its offline copy (as the app does at start).
          const lacking = () => core!.context.readerCopies.missingCopies(0, Number.MAX_SAFE_INTEGER, { offMode: core!.preferences.get().fullText === 'off', recentSince: null }).length;
          const before = lacking();
          core.fullText.resume({ recentSince: null });
          const copies = await core.fullText.idle({ returnWhenOffline: true });
          const failed = core.fullText.problems();
          const left = lacking();
          emit({ lacking: before, stillLacking: left, failed: failed.count, waitingForNetwork: copies.pending }, () =>
            `${before} bookmarked article${before === 1 ? '' : 's'} lacked an offline copy; ${left} still do${failed.count ? ` (${failed.first})` : ''}${copies.pending ? `, ${copies.pending} waiting for the network` : ''}.`,
          );
          break;
        }
        const article = await call('offline.fetchFullText', idArg());
        const reader = article.reader;
        emit(
          { id: article.id, title: article.title, showing: reader?.showing, fullStatus: reader?.fullStatus, error: reader?.fullError ?? null, wordCount: article.wordCount },
          () => reader?.fullStatus === 'ok' ? `Kept the full article (${article.wordCount} words): ${article.title}` : `Kept the feed's version of "${article.title}": ${reader?.fullError ?? 'the page could not be fetched'}`,
        );
        break;
      }
      case 'export-bookmarks': {
        const format = values.format ?? 'markdown';
        if (format !== 'markdown' && format !== 'html' && format !== 'json') throw new UsageError('--format must be markdown, html or json.');
        io.out(await call('bookmarks.export', format));
        break;
      }
      case 'import-bookmarks': {
        if (!rest[0]) throw new UsageError('import-bookmarks needs the JSON file a bookmark export wrote.');
        const result = await call('bookmarks.import', await readFile(rest[0], 'utf8'));
        const copies = await core.fullText.idle({ returnWhenOffline: true });
        const failed = core.fullText.problems();
        const waiting =
          (copies.settled ? '' : `\n${copies.pending} offline cop${copies.pending === 1 ? 'y waits' : 'ies wait'} for the network.`) +
          (failed.count ? `\n${failed.count} offline cop${failed.count === 1 ? 'y' : 'ies'} could not be saved: ${failed.first}; tried again when the app next starts, or now with: fetch-full --pending` : '');
        emit(result, () => `Imported ${result.imported}, already here ${result.matched}${result.problems.length ? `\n${result.problems.join('\n')}` : ''}${waiting}`);
        break;
      }
      case 'subscribe': {
        const url = rest[0];
        if (!url) throw new UsageError('subscribe needs a feed or site address, for example: subscribe https://news.example/');
        const result = await call('feeds.subscribe', url);
        const note = await sendToAccount();
        emit(
          result,
          () =>
            (result.kind === 'choose'
              ? `This site has several feeds; subscribe to one of them by its address:\n${result.candidates.map((c) => `  ${c.url}${c.title ? `  (${c.title})` : ''}`).join('\n')}`
              : result.alreadySubscribed
                ? `Already subscribed: ${result.source.title} (source ${result.source.id})`
                : `Subscribed to ${result.source.title} (source ${result.source.id}), ${result.newArticles} article${result.newArticles === 1 ? '' : 's'}`) + note,
        );
        break;
      }
      case 'unsubscribe': {
        const id = positiveInt(rest[0], 'The source id');
        const source = (await call('feeds.sources')).find((s) => s.id === id);
        await call('feeds.unsubscribe', id);
        const note = await sendToAccount();
        emit({ id, unsubscribed: true }, () => `Unsubscribed from ${source?.title ?? `source ${id}`}${note}`);
        break;
      }
      case 'refresh-every': {
        const id = positiveInt(rest[0], 'The source id');
        const every = rest[1];
        if (every === undefined) throw new UsageError(`refresh-every needs minutes (${REFRESH_MINUTES.min} to ${REFRESH_MINUTES.max}) or "default", for example: refresh-every 3 60`);
        const minutes = every === 'default' ? null : positiveInt(every, 'The interval in minutes');
        if (minutes !== null && (minutes < REFRESH_MINUTES.min || minutes > REFRESH_MINUTES.max)) {
          throw new UsageError(`The interval must be between ${REFRESH_MINUTES.min} and ${REFRESH_MINUTES.max} minutes.`);
        }
        const source = await call('feeds.setRefresh', id, minutes);
        emit(source, () => `${source.title} now refreshes ${minutes === null ? 'on the library schedule' : `every ${minutes} minutes`}.`);
        break;
      }
      case 'sources': {
        const sources = await call('feeds.sources');
        const line = (s: SourceInfo) =>
          `${String(s.id).padStart(5)}  ${String(s.unread).padStart(5)} unread  ${s.folder ? `${s.folder} / ` : ''}${s.title}${s.feedUrl ? `  <${s.feedUrl}>` : ''}` +
          (s.gone ? '\n        gone: no longer checked' : s.lastError ? `\n        last refresh failed: ${s.lastError}` : s.lastSuccess ? `\n        updated ${s.lastSuccess.slice(0, 16).replace('T', ' ')} UTC` : '');
        emit(sources, () => (sources.length ? sources.map(line).join('\n') : 'No sources.'));
        break;
      }
      case 'refresh': {
        const summary = await call('feeds.refresh', values.source === undefined ? null : positiveInt(values.source, '--source'));
        emit(summary, () =>
          [`Checked ${summary.checked} source${summary.checked === 1 ? '' : 's'}, ${summary.newArticles} new article${summary.newArticles === 1 ? '' : 's'}.`, ...summary.failed.map((f) => `  ${f.title}: ${f.error}`)].join('\n'),
        );
        break;
      }
      case 'import-opml': {
        if (!rest[0]) throw new UsageError('import-opml needs an OPML file, for example: import-opml subscriptions.opml');
        const result = await call('feeds.importOpml', await readTextFile(rest[0], 'utf8'));
        emit(result, () => [`Added ${result.added} source${result.added === 1 ? '' : 's'}, ${result.skipped} already here.`, ...result.problems.map((p) => `  ${p}`)].join('\n'));
        break;
      }
      case 'export-opml': {
        const opml = await call('feeds.exportOpml');
        if (rest[0]) {
          await writeTextFile(rest[0], opml);
          emit({ file: rest[0] }, () => `Wrote ${rest[0]}`);
        } else {
          io.out(values.json ? JSON.stringify({ opml }, null, 2) : opml);
        }
        break;
      }
      default:
        throw new UsageError(`Unknown command "${command}". Run with --help to see the commands.`);
    }
    return 0;
  } catch (error) {
    // A full disk, another writer, a read-only folder or a damaged file is named, with what to do.
    const storage = error instanceof LibraryError ? null : storageFailure(error);
    io.err(`broadsheet: ${(storage ?? (error as Error)).message.split('\n')[0]}`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await core?.sync.idle();
    core?.close();
  }
}

/** Reads a line from the terminal without echoing it (for `account add`). */
function askHidden(prompt: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY) return Promise.resolve(null);
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let value = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (result: string | null) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      resolve(result);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(value);
        if (char === '\u0003' || char === '\u0004') return done(null); // Ctrl-C, Ctrl-D
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    input.on('data', onData);
  });
}

if (import.meta.main) {
  const code = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    askPassword: askHidden,
  });
  process.exitCode = code;
}
