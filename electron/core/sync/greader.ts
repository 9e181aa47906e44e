// The Google Reader API as FreshRSS, Miniflux, Inoreader, The Old Reader and
// BazQux serve it (FreshRSS: docs/en/developers/06_GoogleReader_API.md; the
// original's unofficial documentation it links to). ClientLogin gives an Auth
// token for the Authorization header; edits also carry a short-lived action
// token (T), which a 401 renews once. Tested against a fixture server written
// from those documents (testing/greader-fixture.ts), not a real server.
import { apiRequest, asArray, asObject, asString, httpAddress, parseJson, SyncError, type ApiTransport } from './api-request.ts';
import type { ItemsPage, RemoteItem, RemoteSubscribeResult, RemoteSubscription, SyncClient } from './protocol.ts';

const READING_LIST = 'user/-/state/com.google/reading-list';
const READ = 'user/-/state/com.google/read';
const STARRED = 'user/-/state/com.google/starred';
const ITEM_PREFIX = 'tag:google.com,2005:reader/item/';
/** Items per stream/contents page. */
const PAGE = 200;
/** Ids per stream/items/ids page. */
const ID_PAGE = 10_000;

interface Cursor {
  /** Items crawled at or after this second are fetched in the current pass. */
  ot: number;
  continuation: string | null;
  /** The newest crawl second seen in this pass: the next pass starts there (items at that second are re-read and skipped as known). */
  newest: number;
}

/** Item ids come short (decimal) or long (`tag:google.com,2005:reader/item/<16 hex digits>`); both become the decimal. */
export function shortItemId(id: string): string | null {
  if (id.startsWith(ITEM_PREFIX)) {
    const hex = id.slice(ITEM_PREFIX.length);
    return /^[0-9a-f]{1,16}$/i.test(hex) ? BigInt(`0x${hex}`).toString(10) : null;
  }
  return /^-?\d+$/.test(id) ? BigInt.asUintN(64, BigInt(id)).toString(10) : null;
}

export function longItemId(id: string): string {
  return `${ITEM_PREFIX}${BigInt(id).toString(16).padStart(16, '0')}`;
}

function form(fields: [string, string][]): string {
  return fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

function labelName(id: string | null): string | null {
  const match = id ? /^user\/[^/]+\/label\/(.+)$/.exec(id) : null;
  return match ? match[1]! : null;
}

export class GReaderClient implements SyncClient {
  readonly service = 'greader' as const;
  readonly serviceName = 'Google Reader API';
  readonly canSubscribe = true;
  readonly markBatchSize = 250;
  readonly #base: string;
  readonly #user: string;
  readonly #password: string;
  readonly #transport: ApiTransport;
  #auth: string | null = null;
  #token: string | null = null;

  constructor(serverUrl: string, user: string, password: string, transport: ApiTransport) {
    this.#base = serverUrl.replace(/\/+$/, '');
    this.#user = user;
    this.#password = password;
    this.#transport = transport;
  }

  async login(): Promise<string> {
    const url = `${this.#base}/accounts/ClientLogin`;
    const response = await apiRequest(
      this.#transport,
      { url, method: 'POST', body: form([['Email', this.#user], ['Passwd', this.#password]]), contentType: 'application/x-www-form-urlencoded', accept: 'text/plain' },
      this.serviceName,
    );
    if (/^\s*</.test(response.text)) throw new SyncError('server', `${new URL(url).host} answered with a web page, not the Google Reader API. Check the server address (FreshRSS: …/api/greader.php).`);
    const auth = /^Auth=(.+)$/m.exec(response.text)?.[1]?.trim();
    if (!auth) throw new SyncError('auth', `${new URL(url).host} did not sign in (no Auth token in its answer). Check the user name and password.`);
    this.#auth = auth;
    this.#token = null;
    return `Connected to the Google Reader API at ${new URL(this.#base).host} as ${this.#user}.`;
  }

  async #send(path: string, options: { query?: [string, string][]; body?: [string, string][] } = {}, retried = false): Promise<string> {
    if (!this.#auth) await this.login();
    const query = options.query ? `?${form(options.query)}` : '';
    const url = `${this.#base}/reader/api/0/${path}${query}`;
    let body: string | undefined;
    if (options.body) {
      this.#token ??= await this.#fetchToken();
      body = form([...options.body, ['T', this.#token]]);
    }
    try {
      const response = await apiRequest(
        this.#transport,
        {
          url,
          method: body === undefined ? 'GET' : 'POST',
          body,
          contentType: body === undefined ? undefined : 'application/x-www-form-urlencoded',
          headers: { authorization: `GoogleLogin auth=${this.#auth}` },
        },
        this.serviceName,
      );
      return response.text;
    } catch (error) {
      // A 401 is an expired action token (X-Reader-Google-Bad-Token) or Auth token: renew both once.
      if (error instanceof SyncError && error.failure === 'auth' && !retried) {
        this.#token = null;
        await this.login();
        return this.#send(path, options, true);
      }
      throw error;
    }
  }

  async #fetchToken(): Promise<string> {
    const text = (await this.#send('token')).trim();
    if (!text || /\s|</.test(text)) throw new SyncError('server', 'The server gave no usable action token; it may not speak the Google Reader API.');
    return text;
  }

  async #json(path: string, query: [string, string][] = []): Promise<Record<string, unknown>> {
    const text = await this.#send(path, { query: [...query, ['output', 'json']] });
    return asObject(parseJson({ status: 200, contentType: null, text }, `${this.#base}/reader/api/0/${path}`, this.serviceName));
  }

  async #edit(path: string, fields: [string, string][]): Promise<void> {
    const text = (await this.#send(path, { body: fields })).trim();
    // edit-tag and subscription/edit answer "OK"; anything else (a web page, an error) is not success.
    if (text !== 'OK') throw new SyncError('server', `The server did not accept the change (${text.slice(0, 60) || 'empty answer'}).`);
  }

  async subscriptions(): Promise<RemoteSubscription[]> {
    const json = await this.#json('subscription/list');
    return asArray(json.subscriptions)
      .map((s) => {
        const sub = asObject(s);
        const id = asString(sub.id);
        const firstCategory = asObject(asArray(sub.categories)[0]);
        return id
          ? {
              id,
              title: asString(sub.title) ?? '',
              feedUrl: httpAddress(sub.url) ?? httpAddress(id.startsWith('feed/') ? id.slice(5) : null),
              siteUrl: httpAddress(sub.htmlUrl),
              folder: asString(firstCategory.label) ?? labelName(asString(firstCategory.id)),
            }
          : null;
      })
      .filter((s): s is RemoteSubscription => s !== null);
  }

  async subscribe(url: string, folder: string | null): Promise<RemoteSubscribeResult> {
    const text = await this.#send('subscription/quickadd', { body: [['quickadd', url]] });
    const json = asObject(parseJson({ status: 200, contentType: null, text }, `${this.#base}/reader/api/0/subscription/quickadd`, this.serviceName));
    const streamId = asString(json.streamId);
    if (!streamId || Number(json.numResults ?? 1) === 0) {
      throw new SyncError('rejected', `The server found no feed at that address${asString(json.error) ? ` (${asString(json.error)!.slice(0, 100)})` : ''}.`);
    }
    if (folder) await this.#edit('subscription/edit', [['ac', 'edit'], ['s', streamId], ['a', `user/-/label/${folder}`]]);
    return { kind: 'subscribed', remoteId: streamId };
  }

  async unsubscribe(remoteId: string): Promise<void> {
    await this.#edit('subscription/edit', [['ac', 'unsubscribe'], ['s', remoteId]]);
  }

  async itemsPage(cursorText: string | null, firstSince: number): Promise<ItemsPage> {
    const cursor: Cursor = cursorText ? (JSON.parse(cursorText) as Cursor) : { ot: Math.floor(firstSince / 1000), continuation: null, newest: Math.floor(firstSince / 1000) };
    const query: [string, string][] = [
      ['n', String(PAGE)],
      // Oldest first, from `ot` on: a pass ends on the newest item, where the next one starts.
      ['r', 'o'],
      ['ot', String(cursor.ot)],
    ];
    if (cursor.continuation) query.push(['c', cursor.continuation]);
    const json = await this.#json(`stream/contents/${READING_LIST}`, query);
    const items: RemoteItem[] = [];
    let newest = cursor.newest;
    for (const raw of asArray(json.items)) {
      const item = asObject(raw);
      const id = shortItemId(asString(item.id) ?? '');
      const feedId = asString(asObject(item.origin).streamId);
      if (!id || !feedId) continue;
      const crawled = Number(item.crawlTimeMsec);
      if (Number.isFinite(crawled)) newest = Math.max(newest, Math.floor(crawled / 1000));
      const categories = asArray(item.categories).map((c) => asString(c) ?? '');
      const link = httpAddress(asObject(asArray(item.canonical)[0]).href) ?? httpAddress(asObject(asArray(item.alternate)[0]).href);
      const published = Number(item.published);
      items.push({
        id,
        feedId,
        title: asString(item.title) ?? '',
        url: link,
        author: asString(item.author) || null,
        html: asString(asObject(item.content).content) ?? asString(asObject(item.summary).content) ?? '',
        published: Number.isFinite(published) && published > 0 ? published * 1000 : null,
        read: categories.some((c) => /^user\/[^/]+\/state\/com\.google\/read$/.test(c)),
        starred: categories.some((c) => /^user\/[^/]+\/state\/com\.google\/starred$/.test(c)),
        image: null,
      });
    }
    const continuation = asString(json.continuation) || null;
    const done = !continuation;
    const next: Cursor = done ? { ot: newest, continuation: null, newest } : { ot: cursor.ot, continuation, newest };
    return { items, cursor: JSON.stringify(next), done, total: null };
  }

  async #ids(query: [string, string][]): Promise<Set<string>> {
    const ids = new Set<string>();
    let continuation: string | null = null;
    do {
      const json = await this.#json('stream/items/ids', [...query, ['n', String(ID_PAGE)], ...(continuation ? [['c', continuation] as [string, string]] : [])]);
      for (const ref of asArray(json.itemRefs)) {
        const id = shortItemId(asString(asObject(ref).id) ?? '');
        if (id) ids.add(id);
      }
      continuation = asString(json.continuation) || null;
    } while (continuation);
    return ids;
  }

  unreadIds(): Promise<Set<string>> {
    return this.#ids([['s', READING_LIST], ['xt', READ]]);
  }

  starredIds(): Promise<Set<string>> {
    return this.#ids([['s', STARRED]]);
  }

  async #tag(ids: readonly string[], tag: string, add: boolean): Promise<void> {
    await this.#edit('edit-tag', [...ids.map((id): [string, string] => ['i', longItemId(id)]), [add ? 'a' : 'r', tag]]);
  }

  setRead(ids: readonly string[], read: boolean): Promise<void> {
    return this.#tag(ids, READ, read);
  }

  setStarred(ids: readonly string[], starred: boolean): Promise<void> {
    return this.#tag(ids, STARRED, starred);
  }
}
