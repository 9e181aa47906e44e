// The Fever API as FreshRSS and Miniflux serve it (FreshRSS:
// docs/en/developers/06_Fever_API.md and the original Fever documentation it
// links to). Every call is a POST to <endpoint>?api&<what> with the form field
// api_key = md5("user:password"); a wrong key is HTTP 200 with "auth": 0.
// Fever has no way to add or remove subscriptions, and marks one item per call.
// Tested against a fixture server written from those documents
// (testing/fever-fixture.ts), not a real server.
import { createHash } from 'node:crypto';
import { apiRequest, asArray, asObject, asString, httpAddress, parseJson, SyncError, type ApiTransport } from './api-request.ts';
import type { ItemsPage, RemoteItem, RemoteSubscribeResult, RemoteSubscription, SyncClient } from './protocol.ts';

/** Fever answers at most 50 items per call. */
const PAGE = 50;

export class FeverClient implements SyncClient {
  readonly service = 'fever' as const;
  readonly serviceName = 'Fever API';
  readonly canSubscribe = false;
  readonly markBatchSize = 1;
  readonly #endpoint: string;
  readonly #apiKey: string;
  readonly #user: string;
  readonly #transport: ApiTransport;

  constructor(serverUrl: string, user: string, password: string, transport: ApiTransport) {
    const url = new URL(serverUrl);
    url.search = '';
    url.hash = '';
    this.#endpoint = url.href;
    this.#user = user;
    this.#apiKey = createHash('md5').update(`${user}:${password}`).digest('hex');
    this.#transport = transport;
  }

  async #call(what: string, fields: [string, string][] = []): Promise<Record<string, unknown>> {
    const url = `${this.#endpoint}?api${what ? `&${what}` : ''}`;
    const body = [['api_key', this.#apiKey], ...fields].map(([k, v]) => `${encodeURIComponent(k!)}=${encodeURIComponent(v!)}`).join('&');
    const response = await apiRequest(this.#transport, { url, method: 'POST', body, contentType: 'application/x-www-form-urlencoded' }, this.serviceName);
    const json = asObject(parseJson(response, url, this.serviceName));
    if (!('api_version' in json)) throw new SyncError('server', `${new URL(url).host} answered with JSON that is not the Fever API. Check the server address (FreshRSS: …/api/fever.php).`);
    if (Number(json.auth) !== 1) throw new SyncError('auth', 'The Fever API refused the user name or password.');
    return json;
  }

  async login(): Promise<string> {
    const json = await this.#call('');
    return `Connected to the Fever API (version ${asString(json.api_version) ?? '?'}) at ${new URL(this.#endpoint).host} as ${this.#user}.`;
  }

  async subscriptions(): Promise<RemoteSubscription[]> {
    const json = await this.#call('feeds');
    const groups = await this.#call('groups');
    const groupTitle = new Map(asArray(groups.groups).map((g) => [asString(asObject(g).id) ?? '', asString(asObject(g).title) ?? '']));
    const folderOf = new Map<string, string>();
    for (const fg of asArray(json.feeds_groups ?? groups.feeds_groups)) {
      const title = groupTitle.get(asString(asObject(fg).group_id) ?? '');
      if (!title) continue;
      for (const feedId of (asString(asObject(fg).feed_ids) ?? '').split(',')) if (feedId.trim() && !folderOf.has(feedId.trim())) folderOf.set(feedId.trim(), title);
    }
    return asArray(json.feeds)
      .map((f) => {
        const feed = asObject(f);
        const id = asString(feed.id);
        return id ? { id, title: asString(feed.title) ?? '', feedUrl: httpAddress(feed.url), siteUrl: httpAddress(feed.site_url), folder: folderOf.get(id) ?? null } : null;
      })
      .filter((s): s is RemoteSubscription => s !== null);
  }

  subscribe(): Promise<RemoteSubscribeResult> {
    return Promise.reject(new SyncError('unsupported', 'The Fever API cannot add subscriptions. Add the feed on your server, then sync.'));
  }

  unsubscribe(): Promise<void> {
    return Promise.reject(new SyncError('unsupported', 'The Fever API cannot remove subscriptions. Remove the feed on your server, then sync.'));
  }

  async itemsPage(cursorText: string | null): Promise<ItemsPage> {
    const sinceId = cursorText ? (JSON.parse(cursorText) as { sinceId: string }).sinceId : '0';
    const json = await this.#call(`items&since_id=${encodeURIComponent(sinceId)}`);
    const items: RemoteItem[] = [];
    let max = BigInt(sinceId);
    for (const raw of asArray(json.items)) {
      const item = asObject(raw);
      const id = asString(item.id);
      const feedId = asString(item.feed_id);
      if (!id || !/^\d+$/.test(id) || !feedId) continue;
      if (BigInt(id) > max) max = BigInt(id);
      const created = Number(item.created_on_time);
      items.push({
        id,
        feedId,
        title: asString(item.title) ?? '',
        url: httpAddress(item.url),
        author: asString(item.author) || null,
        html: asString(item.html) ?? '',
        published: Number.isFinite(created) && created > 0 ? created * 1000 : null,
        read: Number(item.is_read) === 1,
        starred: Number(item.is_saved) === 1,
        image: null,
      });
    }
    const total = Number(json.total_items);
    return { items, cursor: JSON.stringify({ sinceId: max.toString() }), done: items.length < PAGE, total: Number.isFinite(total) ? total : null };
  }

  async #idList(what: 'unread_item_ids' | 'saved_item_ids'): Promise<Set<string>> {
    const json = await this.#call(what);
    return new Set((asString(json[what]) ?? '').split(',').map((s) => s.trim()).filter((s) => /^\d+$/.test(s)));
  }

  unreadIds(): Promise<Set<string>> {
    return this.#idList('unread_item_ids');
  }

  starredIds(): Promise<Set<string>> {
    return this.#idList('saved_item_ids');
  }

  async #mark(ids: readonly string[], as: 'read' | 'unread' | 'saved' | 'unsaved'): Promise<void> {
    for (const id of ids) await this.#call('', [['mark', 'item'], ['as', as], ['id', id]]);
  }

  setRead(ids: readonly string[], read: boolean): Promise<void> {
    return this.#mark(ids, read ? 'read' : 'unread');
  }

  setStarred(ids: readonly string[], starred: boolean): Promise<void> {
    return this.#mark(ids, starred ? 'saved' : 'unsaved');
  }
}
