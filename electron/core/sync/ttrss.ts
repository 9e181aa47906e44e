// Tiny Tiny RSS's JSON API (https://tt-rss.org/wiki/ApiReference): every call
// is a POST of {op, sid, …} to <server>/api/, answered {seq, status, content}
// (status 1 carries content.error). Tested against a real tt-rss 21 (API
// level 15) in electron/core/sync/testing/ttrss.integration.ts.
import type { FeedCandidate } from '../../shared/models.ts';
import { apiRequest, asArray, asObject, asString, httpAddress, parseJson, SyncError, type ApiTransport } from './api-request.ts';
import type { ItemsPage, RemoteItem, RemoteSubscribeResult, RemoteSubscription, SyncClient } from './protocol.ts';

/** getHeadlines answers at most 200 per call. */
const PAGE = 200;

interface Cursor {
  /** Items with ids above this were not all stored yet. */
  sinceId: number;
  /** How far the pass over items above sinceId has got. */
  skip: number;
  /** The largest id seen in this pass: the next pass starts there. */
  maxId: number;
}

/** The API address for a server address: `https://host/tt-rss/` becomes `https://host/tt-rss/api/`. */
export function ttrssApiUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  let path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith('/api/index.php')) path = path.slice(0, -'/index.php'.length);
  if (!path.endsWith('/api')) path += '/api';
  url.pathname = `${path}/`;
  url.search = '';
  url.hash = '';
  return url.href;
}

const SUBSCRIBE_PROBLEMS: Record<number, string> = {
  2: 'Tiny Tiny RSS says that is not a valid address.',
  3: 'Tiny Tiny RSS found a web page with no feed at that address.',
  5: 'Tiny Tiny RSS could not download that address.',
  6: 'Tiny Tiny RSS could not read the feed at that address (it is not valid XML).',
};

export class TtrssClient implements SyncClient {
  readonly service = 'ttrss' as const;
  readonly serviceName = 'Tiny Tiny RSS API';
  readonly canSubscribe = true;
  readonly markBatchSize = 200;
  readonly #api: string;
  readonly #user: string;
  readonly #password: string;
  readonly #transport: ApiTransport;
  #sid: string | null = null;

  constructor(serverUrl: string, user: string, password: string, transport: ApiTransport) {
    this.#api = ttrssApiUrl(serverUrl);
    this.#user = user;
    this.#password = password;
    this.#transport = transport;
  }

  async #post(body: Record<string, unknown>): Promise<{ status: number; content: unknown }> {
    const response = await apiRequest(this.#transport, { url: this.#api, method: 'POST', body: JSON.stringify(body), contentType: 'application/json' }, this.serviceName);
    const json = asObject(parseJson(response, this.#api, this.serviceName));
    if (!('status' in json) || !('content' in json)) throw new SyncError('server', `${new URL(this.#api).host} answered with JSON that is not the Tiny Tiny RSS API. Check the server address.`);
    return { status: Number(json.status), content: json.content };
  }

  /** One API call, signing in first (and once more if the session expired). */
  async #call(op: string, params: Record<string, unknown> = {}): Promise<unknown> {
    if (!this.#sid) await this.login();
    let answer = await this.#post({ ...params, op, sid: this.#sid });
    if (answer.status !== 0 && asString(asObject(answer.content).error) === 'NOT_LOGGED_IN') {
      await this.login();
      answer = await this.#post({ ...params, op, sid: this.#sid });
    }
    if (answer.status !== 0) throw this.#apiError(asString(asObject(answer.content).error) ?? 'UNKNOWN', op);
    return answer.content;
  }

  #apiError(code: string, op: string): SyncError {
    switch (code) {
      case 'LOGIN_ERROR':
        return new SyncError('auth', 'Tiny Tiny RSS refused the user name or password.');
      case 'API_DISABLED':
        return new SyncError('auth', 'API access is turned off for this Tiny Tiny RSS user. Turn on "Enable API" in its Preferences, then try again.');
      case 'NOT_LOGGED_IN':
        return new SyncError('auth', 'Tiny Tiny RSS did not accept the sign-in.');
      default:
        return new SyncError('server', `Tiny Tiny RSS could not do "${op}" (${code.slice(0, 40)}).`);
    }
  }

  async login(): Promise<string> {
    const answer = await this.#post({ op: 'login', user: this.#user, password: this.#password });
    const content = asObject(answer.content);
    if (answer.status !== 0) throw this.#apiError(asString(content.error) ?? 'LOGIN_ERROR', 'login');
    const sid = asString(content.session_id);
    if (!sid) throw new SyncError('server', 'Tiny Tiny RSS signed in without a session; it may be an unsupported version.');
    this.#sid = sid;
    const level = asString(content.api_level);
    return `Connected to Tiny Tiny RSS${level ? ` (API level ${level})` : ''} as ${this.#user}.`;
  }

  async subscriptions(): Promise<RemoteSubscription[]> {
    const categories = new Map<string, string>();
    for (const c of asArray(await this.#call('getCategories', { include_empty: true }))) {
      const cat = asObject(c);
      const id = asString(cat.id);
      // Negative ids are tt-rss's special categories (Special, Labels, Uncategorized).
      if (id !== null && Number(id) > 0) categories.set(id, asString(cat.title) ?? '');
    }
    // cat_id -3: every feed, not the virtual ones.
    const feeds = asArray(await this.#call('getFeeds', { cat_id: -3 }));
    const out: RemoteSubscription[] = [];
    for (const f of feeds) {
      const feed = asObject(f);
      const id = asString(feed.id);
      if (id === null || Number(id) <= 0) continue;
      const catId = asString(feed.cat_id);
      out.push({
        id,
        title: asString(feed.title) ?? '',
        feedUrl: httpAddress(feed.feed_url),
        siteUrl: null,
        folder: catId !== null ? (categories.get(catId) ?? null) || null : null,
      });
    }
    return out;
  }

  async subscribe(url: string, folder: string | null): Promise<RemoteSubscribeResult> {
    let categoryId = 0;
    if (folder) {
      // The tt-rss API cannot make categories; a folder the server already has is used, else none.
      for (const c of asArray(await this.#call('getCategories', { include_empty: true }))) {
        const cat = asObject(c);
        if (asString(cat.title) === folder && Number(cat.id) > 0) categoryId = Number(cat.id);
      }
    }
    const status = asObject(asObject(await this.#call('subscribeToFeed', { feed_url: url, category_id: categoryId })).status);
    const code = Number(status.code);
    if (code === 0 || code === 1) {
      const feedId = asString(status.feed_id);
      if (!feedId) throw new SyncError('server', 'Tiny Tiny RSS subscribed without saying to which feed.');
      // Ask the server to fetch the new feed now rather than at its next round (one call, best effort).
      if (code === 1) await this.#call('updateFeed', { feed_id: Number(feedId) }).catch(() => undefined);
      return { kind: 'subscribed', remoteId: feedId };
    }
    if (code === 4) {
      const feeds = asObject(status.feeds);
      const candidates: FeedCandidate[] = Object.entries(feeds)
        .map(([address, title]) => ({ url: httpAddress(address) ?? '', title: asString(title), format: null }))
        .filter((c) => c.url);
      return { kind: 'choose', candidates };
    }
    const message = asString(status.message);
    throw new SyncError('rejected', `${SUBSCRIBE_PROBLEMS[code] ?? `Tiny Tiny RSS could not subscribe (code ${code}).`}${code === 5 && message ? ` (${message.slice(0, 120)})` : ''}`);
  }

  async unsubscribe(remoteId: string): Promise<void> {
    try {
      await this.#call('unsubscribeFeed', { feed_id: Number(remoteId) });
    } catch (error) {
      // Already gone on the server: what we asked for is true.
      if (error instanceof SyncError && /FEED_NOT_FOUND/.test(error.message)) return;
      throw error;
    }
  }

  async itemsPage(cursorText: string | null, _firstSince: number): Promise<ItemsPage> {
    const cursor: Cursor = cursorText ? (JSON.parse(cursorText) as Cursor) : { sinceId: 0, skip: 0, maxId: 0 };
    // Oldest first within the pass ("date_reverse"), so items arriving on the server
    // while we page land after the pages already read, not among them.
    const headlines = asArray(
      await this.#call('getHeadlines', {
        feed_id: -4,
        view_mode: 'all_articles',
        since_id: cursor.sinceId,
        limit: PAGE,
        skip: cursor.skip,
        order_by: 'date_reverse',
        show_content: true,
        include_attachments: false,
      }),
    );
    const items: RemoteItem[] = [];
    let maxId = cursor.maxId;
    for (const h of headlines) {
      const row = asObject(h);
      const id = asString(row.id);
      const feedId = asString(row.feed_id);
      if (id === null || feedId === null) continue;
      maxId = Math.max(maxId, Number(id));
      const updated = Number(row.updated);
      items.push({
        id,
        feedId,
        title: asString(row.title) ?? '',
        url: httpAddress(row.link),
        author: asString(row.author) || null,
        html: asString(row.content) ?? '',
        published: Number.isFinite(updated) && updated > 0 ? updated * 1000 : null,
        read: row.unread === false,
        starred: row.marked === true,
        image: httpAddress(row.flavor_image),
      });
    }
    const done = headlines.length < PAGE;
    const next: Cursor = done ? { sinceId: maxId, skip: 0, maxId } : { sinceId: cursor.sinceId, skip: cursor.skip + headlines.length, maxId };
    return { items, cursor: JSON.stringify(next), done, total: null };
  }

  async #ids(feedId: number, viewMode: string): Promise<Set<string>> {
    const ids = new Set<string>();
    for (let skip = 0; ; skip += PAGE) {
      const page = asArray(await this.#call('getHeadlines', { feed_id: feedId, view_mode: viewMode, limit: PAGE, skip, show_content: false, show_excerpt: false }));
      for (const h of page) {
        const id = asString(asObject(h).id);
        if (id !== null) ids.add(id);
      }
      if (page.length < PAGE) return ids;
    }
  }

  /** Feed -4 is "all articles"; view mode "unread" keeps the unread ones. */
  unreadIds(): Promise<Set<string>> {
    return this.#ids(-4, 'unread');
  }

  /** Feed -1 is "starred". */
  starredIds(): Promise<Set<string>> {
    return this.#ids(-1, 'all_articles');
  }

  async setRead(ids: readonly string[], read: boolean): Promise<void> {
    // field 2 is "unread"; mode 0/1 sets it (mode 2 would toggle, which a retry would undo).
    await this.#call('updateArticle', { article_ids: ids.join(','), mode: read ? 0 : 1, field: 2 });
  }

  async setStarred(ids: readonly string[], starred: boolean): Promise<void> {
    // field 0 is "marked" (starred).
    await this.#call('updateArticle', { article_ids: ids.join(','), mode: starred ? 1 : 0, field: 0 });
  }
}
