// What the operating system asks Broadsheet to open: `feed:`/`feeds:` links
// and `.opml` files, arriving as command-line arguments (first launch, the
// single-instance hand-over, Linux desktop entries, Windows file associations)
// or as macOS open-url/open-file events. Nothing here acts on its own: every
// request waits until the person confirms it in the window, because a web page
// can fire a feed: link at us and a file may have been opened by mistake.
import { open, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_OPML, MAX_STRING, type Handlers } from '../../shared/contract.ts';
import type { OpenRequestOutcome, PendingOpenRequest } from '../../shared/models.ts';
import { LibraryError } from '../kernel/errors.ts';
import type { LibraryContext } from '../library/context.ts';

/** Largest OPML file we read, the same cap importOpml puts on pasted text: real subscription lists stay far below it. */
export const MAX_OPML_BYTES = MAX_OPML;
/** Requests waiting for an answer; beyond this a flood of links is dropped rather than queued forever. */
export const MAX_PENDING_REQUESTS = 20;

export type OpenRequest =
  | { kind: 'subscribe'; url: string }
  | { kind: 'import-opml'; path: string };

/** A piece of input that looked like something to open but cannot be. */
export interface RefusedInput {
  input: string;
  problem: string;
}

export type ParsedOpenInput = OpenRequest | RefusedInput;

export function isRefused(value: ParsedOpenInput): value is RefusedInput {
  return 'problem' in value;
}

const FEED_SCHEMES = /^feeds?:/i;

/**
 * Turns a `feed:` or `feeds:` link into the http(s) URL of the feed, or
 * explains why it cannot. Accepted forms, as browsers and other readers send them:
 *   feed://example.com/rss        → https://example.com/rss
 *   feeds://example.com/rss       → https://example.com/rss
 *   feed:https://example.com/rss  → https://example.com/rss (http: kept when written out)
 *   feed:example.com/rss          → https://example.com/rss
 * The scheme-only forms get https: a link cannot tell us the feed is served
 * over plain http, and the feeds module may fall back if the site has no TLS.
 */
export function feedLinkToUrl(link: string): { url: string } | { problem: string } {
  const trimmed = link.trim();
  if (trimmed.length > MAX_STRING) return { problem: 'The feed link is too long to be a real address.' };
  const match = FEED_SCHEMES.exec(trimmed);
  if (!match) return { problem: 'This is not a feed: link.' };
  let rest = trimmed.slice(match[0].length);
  if (!/^https?:\/\//i.test(rest)) rest = `https://${rest.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(rest);
  } catch {
    return { problem: 'The feed link does not contain a web address.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'Feeds can only be fetched over http or https.' };
  if (!url.hostname) return { problem: 'The feed link has no site name in it.' };
  // user:password@host in a link is a classic way to disguise where it really goes.
  if (url.username || url.password) return { problem: 'Feed links with a user name or password in them are not accepted.' };
  url.hash = '';
  return { url: url.href };
}

function looksLikeOpml(value: string): boolean {
  return extname(value).toLowerCase() === '.opml';
}

/**
 * Picks what to open out of a command line (or a macOS event's URL or path).
 * Flags, the executable and the app path that `electron .` passes are skipped;
 * anything that is neither a feed link nor an OPML file is ignored silently,
 * since Chromium and the OS put their own arguments in there too.
 */
export function parseOpenInputs(args: readonly string[], workingDirectory: string): ParsedOpenInput[] {
  const found: ParsedOpenInput[] = [];
  for (const arg of args) {
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-')) continue;
    if (FEED_SCHEMES.test(arg)) {
      const result = feedLinkToUrl(arg);
      found.push('url' in result ? { kind: 'subscribe', url: result.url } : { input: arg, problem: result.problem });
      continue;
    }
    // Linux desktop entries hand files over as file:// URLs (%U).
    let path = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (looksLikeOpml(path)) found.push({ kind: 'import-opml', path: isAbsolute(path) ? path : resolve(workingDirectory, path) });
  }
  return found;
}

/** Reads an OPML file, refusing anything that is not a plain file or is larger than the cap. */
export async function readOpmlFile(path: string, maxBytes = MAX_OPML_BYTES): Promise<string> {
  const name = basename(path);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new LibraryError('NOT_FOUND', `“${name}” could not be opened. It may have been moved or deleted.`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new LibraryError('INVALID_ARGUMENT', `“${name}” is not a file.`);
    if (info.size > maxBytes) throw new LibraryError('INVALID_ARGUMENT', tooLarge(name, info.size, maxBytes));
    // Read at most one byte past the cap so a file that grew after stat() is still refused.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) throw new LibraryError('INVALID_ARGUMENT', tooLarge(name, bytesRead, maxBytes));
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(name: string, size: number, maxBytes: number): string {
  return `“${name}” is ${megabytes(size)}, larger than the ${megabytes(maxBytes)} an OPML subscription list can be. It is probably not one.`;
}

/** Why the file cannot be imported, found before asking the person anything; null when it looks fine. */
async function opmlProblem(path: string, maxBytes: number): Promise<string | null> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return `“${name}” is not a file.`;
    if (info.size > maxBytes) return tooLarge(name, info.size, maxBytes);
    return null;
  } catch {
    return `“${name}” could not be found.`;
  }
}

/**
 * What accepting a request does: electron/core/feeds provides these and
 * library-core passes them in; tests inject fakes so nothing is fetched.
 */
export interface FeedActions {
  subscribeToFeed(ctx: LibraryContext, url: string): Promise<unknown> | unknown;
  importOpmlText(ctx: LibraryContext, xml: string): Promise<unknown> | unknown;
}

type StoredRequest = PendingOpenRequest & { path?: string; url?: string };

export interface OpenRequests {
  readonly handlers: Pick<Handlers, 'openRequests'>;
  /**
   * Takes raw inputs (argv, macOS open-url/open-file values), queues what can be
   * opened and announces each new request with the `openRequested` event.
   * Returns the requests added (duplicates of waiting ones are not added again).
   */
  receive(inputs: readonly string[], workingDirectory: string): Promise<PendingOpenRequest[]>;
}

export interface OpenRequestOptions {
  maxOpmlBytes?: number;
}

export function createOpenRequests(ctx: LibraryContext, actions: FeedActions, options: OpenRequestOptions = {}): OpenRequests {
  const maxOpmlBytes = options.maxOpmlBytes ?? MAX_OPML_BYTES;
  const pending = new Map<string, StoredRequest>();
  let counter = 0;

  const publicView = ({ id, kind, target, problem }: StoredRequest): PendingOpenRequest => ({ id, kind, target, problem });
  const isDuplicate = (candidate: StoredRequest) =>
    [...pending.values()].some((r) => r.kind === candidate.kind && r.url === candidate.url && r.path === candidate.path);

  async function toStored(parsed: ParsedOpenInput): Promise<StoredRequest> {
    const id = `open-${++counter}`;
    if (isRefused(parsed)) {
      return { id, kind: 'subscribe', target: parsed.input.slice(0, 200), problem: parsed.problem };
    }
    if (parsed.kind === 'subscribe') return { id, kind: 'subscribe', target: parsed.url, problem: null, url: parsed.url };
    return { id, kind: 'import-opml', target: basename(parsed.path), problem: await opmlProblem(parsed.path, maxOpmlBytes), path: parsed.path };
  }

  return {
    async receive(inputs, workingDirectory) {
      const added: PendingOpenRequest[] = [];
      for (const parsed of parseOpenInputs(inputs, workingDirectory)) {
        if (pending.size >= MAX_PENDING_REQUESTS) break;
        const request = await toStored(parsed);
        if (isDuplicate(request)) continue;
        pending.set(request.id, request);
        const view = publicView(request);
        added.push(view);
        ctx.emit('openRequested', view);
      }
      return added;
    },
    handlers: { openRequests: {
      pending: () => [...pending.values()].map(publicView),
      async resolve(id, accept): Promise<OpenRequestOutcome> {
        const request = pending.get(id);
        if (!request) throw new LibraryError('NOT_FOUND', 'That request was already answered or has expired.');
        // Removed before acting so a double click cannot subscribe twice.
        pending.delete(id);
        if (!accept || request.problem) return { id, status: 'dismissed', message: 'Nothing was changed.' };
        if (request.url !== undefined) {
          await actions.subscribeToFeed(ctx, request.url);
          return { id, status: 'done', message: `Subscribed to ${new URL(request.url).hostname}.` };
        }
        const xml = await readOpmlFile(request.path!, maxOpmlBytes);
        const result = (await actions.importOpmlText(ctx, xml)) as { added?: unknown } | undefined;
        const added = typeof result?.added === 'number' ? result.added : null;
        const message =
          added === null
            ? `Imported the subscriptions in “${request.target}”.`
            : `Added ${added} ${added === 1 ? 'feed' : 'feeds'} from “${request.target}”.`;
        return { id, status: 'done', message };
      },
    } },
  };
}
