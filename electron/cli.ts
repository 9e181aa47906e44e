// Broadsheet without a window: the same core, for scripting and automation.
//   npm run cli -- <command> [options]      (--json for machine-readable stdout)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { APP_ORIGIN, type ArgsOf, type MethodName, type ResultOf } from './shared/contract.ts';
import type { ArticleSummary } from './shared/models.ts';
import { createDispatcher } from './core/ipc/dispatch.ts';
import { openLibraryCore, type LibraryCore } from './core/library-core.ts';
import { libraryDir } from './core/paths.ts';
import { MemoryPreferences } from './core/preferences.ts';

const USAGE = `Usage: broadsheet <command> [options]

Commands:
  articles [--limit N] [--source ID] [--bookmarked] [--unread]   list articles, newest first
  show <id>                                                    one article with its text
  search <query>                                               full-text search
  related <id>                                                 related stories, grouped
  bookmark <id> | unbookmark <id>                              add or remove a bookmark
  bookmarks                                                    list bookmarked articles

Options (before or after the command):
  --library DIR   library directory (default: $BROADSHEET_LIBRARY, else the app's own)
  --json          machine-readable output on stdout
  --help          this text`;

class UsageError extends Error {}

interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

function assetsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
}

function positiveInt(value: string | undefined, what: string): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${what} must be a positive whole number, got "${value ?? ''}".`);
  return Number(value);
}

function articleLine(a: ArticleSummary): string {
  const marks = `${a.read ? ' ' : '•'}${a.bookmarked ? '★' : ' '}`;
  return `${String(a.id).padStart(6)} ${marks} ${a.published.slice(0, 16).replace('T', ' ')}  ${a.source.title} — ${a.title}`;
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
        source: { type: 'string' },
        bookmarked: { type: 'boolean', default: false },
        unread: { type: 'boolean', default: false },
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
    core = openLibraryCore({
      libraryDir: libraryDir(values.library ?? null, io.env),
      assetsDir: assetsDir(),
      preferences: new MemoryPreferences(),
      platform: { openExternal: async () => {} },
    });
    // Reading from the CLI should not change what the app shows as read.
    core.preferences.update({ markReadOnOpen: false });
    const dispatch = createDispatcher(core.handlers, { allowedOrigins: [APP_ORIGIN] });
    const call = async <M extends MethodName>(method: M, ...args: ArgsOf<M>): Promise<ResultOf<M>> => {
      const result = await dispatch({ url: `${APP_ORIGIN}/`, isMainFrame: true }, method, args);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as ResultOf<M>;
    };
    const idArg = () => positiveInt(rest[0], 'The article id');
    const emit = (json: unknown, text: () => string) => io.out(values.json ? JSON.stringify(json, null, 2) : text());
    const list = (items: ArticleSummary[]) => (items.length ? items.map(articleLine).join('\n') : 'No articles.');

    switch (command) {
      case 'articles': {
        if (values.bookmarked && values.unread) throw new UsageError('Choose --bookmarked or --unread, not both.');
        const limit = values.limit === undefined ? 50 : positiveInt(values.limit, '--limit');
        const page = await call('listArticles', {
          view: values.bookmarked ? 'bookmarks' : values.unread ? 'unread' : 'all',
          sourceId: values.source === undefined ? null : positiveInt(values.source, '--source'),
          limit: Math.min(limit, 500),
        });
        emit(page.items, () => list(page.items));
        break;
      }
      case 'show': {
        const article = await call('getArticle', idArg());
        emit(article, () => {
          const text = (core!.db.prepare('SELECT text FROM articles WHERE id = ?').get(article.id) as { text: string }).text;
          return `${article.title}\n${[article.byline, article.source.title, article.published].filter(Boolean).join(' · ')}\n${article.url ?? ''}\n\n${text}`;
        });
        break;
      }
      case 'search': {
        const query = rest.join(' ').trim();
        if (!query) throw new UsageError('search needs a query, for example: search "harbour storm"');
        const items = await call('searchArticles', query, values.limit === undefined ? 50 : Math.min(positiveInt(values.limit, '--limit'), 500));
        emit(items, () => list(items));
        break;
      }
      case 'related': {
        const entries = await call('relatedArticles', idArg());
        emit(
          entries.map((e) => ({ ...e.article, group: e.group, reason: e.reason, score: e.score })),
          () => (entries.length ? entries.map((e) => `${e.group === 'same-story' ? 'same story' : 'related   '}  ${articleLine(e.article)}  (${e.reason})`).join('\n') : 'No related stories.'),
        );
        break;
      }
      case 'bookmark':
      case 'unbookmark': {
        const article = await call('setBookmarked', idArg(), command === 'bookmark');
        emit(article, () => `${command === 'bookmark' ? 'Bookmarked' : 'Removed bookmark from'}: ${article.title}`);
        break;
      }
      case 'bookmarks': {
        const page = await call('listArticles', { view: 'bookmarks', limit: 500 });
        emit(page.items, () => list(page.items));
        break;
      }
      default:
        throw new UsageError(`Unknown command "${command}". Run with --help to see the commands.`);
    }
    return 0;
  } catch (error) {
    io.err(`broadsheet: ${(error as Error).message.split('\n')[0]}`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    core?.close();
  }
}

if (import.meta.main) {
  const code = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
  });
  process.exitCode = code;
}
