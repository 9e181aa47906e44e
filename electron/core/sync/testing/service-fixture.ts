// A feed service on 127.0.0.1 for sync tests: one in-memory account (feeds,
// folders, items with read and starred marks) served as the Google Reader API
// (at /api/greader.php) and the Fever API (at /api/fever.php), the way
// FreshRSS's and Miniflux's documentation describe them, error shapes included:
//
// - Google Reader: ClientLogin answers "SID=…\nLSID=…\nAuth=…" or 401
//   "Unauthorized!"; every /reader/api/0 call needs "Authorization: GoogleLogin
//   auth=…" (else 401); edits need the action token T from /token (a stale one
//   gets 401 with X-Reader-Google-Bad-Token: true); edits answer "OK".
// - Fever: POST ?api&… with api_key = md5("user:password"); a wrong key is
//   HTTP 200 {"api_version":3,"auth":0}; items come 50 at a time by since_id.
//
// Written from the protocols' public documentation, not from a real server, and
// said so in the README. Tests change the model directly (another device marking
// an item read) and inject faults (the server down, a web page instead of JSON,
// a 10 MB answer, a dropped connection) with `fail`.
import { createHash, randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { SELF_SIGNED_CERT, SELF_SIGNED_KEY } from './self-signed.ts';

export interface FixtureFeed {
  id: number;
  title: string;
  url: string;
  siteUrl: string;
  folder: string | null;
}

export interface FixtureItem {
  id: number;
  feedId: number;
  title: string;
  url: string;
  html: string;
  author: string;
  /** Seconds. */
  published: number;
  /** Milliseconds. */
  crawled: number;
  read: boolean;
  starred: boolean;
}

/** What the next matching request gets instead of a proper answer. */
export type Fault =
  | { kind: 'drop' }
  | { kind: 'html' }
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'huge'; bytes: number }
  | { kind: 'delay'; ms: number };

export interface EditRecord {
  api: 'greader' | 'fever';
  action: string;
  ids: string[];
}

export interface ServiceFixture {
  origin: string;
  greaderUrl: string;
  feverUrl: string;
  user: string;
  password: string;
  feeds: FixtureFeed[];
  items: FixtureItem[];
  /** Every state change the server applied, in order (to check what arrived, and how often). */
  edits: EditRecord[];
  /** Paths requested, in order. */
  requests: string[];
  addFeed(feed: Omit<FixtureFeed, 'id'>): FixtureFeed;
  addItems(feedId: number, count: number, make?: (n: number) => Partial<FixtureItem>): FixtureItem[];
  item(id: number): FixtureItem;
  /** The next `count` requests whose path contains `match` get `fault`, after letting `after` of them through. */
  fail(fault: Fault, options?: { count?: number; match?: string; after?: number }): void;
  /** Makes every action token handed out so far stale (Google Reader tokens expire after 30 minutes). */
  expireTokens(): void;
  /** Stops listening (connections refused) until `resume`. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  close(): Promise<void>;
}

const ITEM_PREFIX = 'tag:google.com,2005:reader/item/';
const FEVER_PAGE = 50;

function longId(id: number): string {
  return `${ITEM_PREFIX}${id.toString(16).padStart(16, '0')}`;
}

function parseItemId(value: string): number {
  if (value.startsWith(ITEM_PREFIX)) return Number.parseInt(value.slice(ITEM_PREFIX.length), 16);
  return Number(value);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startServiceFixture(options: { https?: boolean; user?: string; password?: string; port?: number } = {}): Promise<ServiceFixture> {
  const user = options.user ?? 'reader';
  const password = options.password ?? 'correct horse battery staple';
  const authToken = `${user}/${randomBytes(12).toString('hex')}`;
  let validTokens = new Set<string>();
  const feverKey = createHash('md5').update(`${user}:${password}`).digest('hex');
  const faults: { fault: Fault; match: string; left: number; skip: number }[] = [];
  const sockets = new Set<Socket>();
  let nextFeed = 1;
  let nextItem = 1;

  const fixture: ServiceFixture = {
    origin: '',
    greaderUrl: '',
    feverUrl: '',
    user,
    password,
    feeds: [],
    items: [],
    edits: [],
    requests: [],
    addFeed(feed) {
      const made = { ...feed, id: nextFeed++ };
      fixture.feeds.push(made);
      return made;
    },
    addItems(feedId, count, make = () => ({})) {
      const made: FixtureItem[] = [];
      for (let n = 0; n < count; n++) {
        const id = nextItem++;
        const item: FixtureItem = {
          id,
          feedId,
          title: `Item ${id}`,
          url: `https://news.example/${feedId}/${id}`,
          html: `<p>Body of item ${id}.</p>`,
          author: 'A. Writer',
          // A day ago, a second apart: inside any first-sync window.
          published: Math.floor(Date.now() / 1000) - 86_400 + id,
          crawled: Date.now() - 86_400_000 + id * 1000,
          read: false,
          starred: false,
          ...make(n),
        };
        fixture.items.push(item);
        made.push(item);
      }
      return made;
    },
    item(id) {
      const found = fixture.items.find((i) => i.id === id);
      if (!found) throw new Error(`no item ${id}`);
      return found;
    },
    fail(fault, { count = 1, match = '', after = 0 } = {}) {
      faults.push({ fault, match, left: count, skip: after });
    },
    expireTokens() {
      validTokens = new Set();
    },
    async pause() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
    },
    async resume() {
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const send = (response: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8', headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': type, ...headers });
    response.end(body);
  };
  const json = (response: ServerResponse, value: unknown) => send(response, 200, JSON.stringify(value));
  const unauthorized = (response: ServerResponse, badToken = false) =>
    send(response, 401, 'Unauthorized!', 'text/plain; charset=utf-8', badToken ? { 'X-Reader-Google-Bad-Token': 'true' } : {});

  function applyFault(path: string, request: IncomingMessage, response: ServerResponse): boolean | Promise<boolean> {
    const index = faults.findIndex((f) => path.includes(f.match) && f.left > 0);
    if (index < 0) return false;
    const entry = faults[index]!;
    if (entry.skip > 0) {
      entry.skip--;
      return false;
    }
    if (--entry.left === 0) faults.splice(index, 1);
    const { fault } = entry;
    switch (fault.kind) {
      case 'drop':
        request.socket.destroy();
        return true;
      case 'html':
        send(response, 200, '<!doctype html><html><head><title>Log in</title></head><body><form>Sign in</form></body></html>', 'text/html; charset=utf-8');
        return true;
      case 'status':
        send(response, fault.status, 'Server error', 'text/plain', fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {});
        return true;
      case 'huge': {
        response.writeHead(200, { 'content-type': 'application/json' });
        const block = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < fault.bytes) {
            sent += block.length;
            if (!response.write(block)) return void response.once('drain', pump);
          }
          response.end('{}');
        };
        response.on('error', () => undefined);
        pump();
        return true;
      }
      case 'delay':
        return new Promise((resolve) => setTimeout(() => resolve(false), fault.ms));
    }
  }

  // ---------------------------------------------------------------- Google Reader
  function greaderItem(item: FixtureItem) {
    const feed = fixture.feeds.find((f) => f.id === item.feedId)!;
    const categories = ['user/-/state/com.google/reading-list'];
    if (item.read) categories.push('user/-/state/com.google/read');
    if (item.starred) categories.push('user/-/state/com.google/starred');
    if (feed.folder) categories.push(`user/-/label/${feed.folder}`);
    return {
      id: longId(item.id),
      crawlTimeMsec: String(item.crawled),
      timestampUsec: String(item.crawled * 1000),
      published: item.published,
      updated: item.published,
      title: item.title,
      canonical: [{ href: item.url }],
      alternate: [{ href: item.url, type: 'text/html' }],
      categories,
      origin: { streamId: `feed/${feed.id}`, title: feed.title, htmlUrl: feed.siteUrl },
      summary: { content: item.html },
      author: item.author,
    };
  }

  async function greader(path: string, url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = request.method === 'POST' ? new URLSearchParams(await readBody(request)) : new URLSearchParams();
    const param = (name: string) => body.get(name) ?? url.searchParams.get(name);
    if (path === '/accounts/ClientLogin') {
      if (param('Email') !== user || param('Passwd') !== password) return unauthorized(response);
      return send(response, 200, `SID=${authToken}\nLSID=null\nAuth=${authToken}\n`, 'text/plain; charset=utf-8');
    }
    if (!path.startsWith('/reader/api/0/')) return send(response, 404, 'Not found', 'text/plain');
    if (request.headers.authorization !== `GoogleLogin auth=${authToken}`) return unauthorized(response);
    const op = path.slice('/reader/api/0/'.length);
    if (request.method === 'POST' && op !== 'stream/items/contents' && !validTokens.has(body.get('T') ?? '')) return unauthorized(response, true);
    switch (op) {
      case 'token': {
        const token = `${randomBytes(20).toString('hex')}ZZZZZZZZZZZZZZZZZ`;
        validTokens.add(token);
        return send(response, 200, `${token}\n`, 'text/plain; charset=utf-8');
      }
      case 'subscription/list':
        return json(response, {
          subscriptions: fixture.feeds.map((f) => ({
            id: `feed/${f.id}`,
            title: f.title,
            categories: f.folder ? [{ id: `user/-/label/${f.folder}`, label: f.folder }] : [],
            url: f.url,
            htmlUrl: f.siteUrl,
            iconUrl: '',
          })),
        });
      case 'subscription/quickadd': {
        const address = body.get('quickadd') ?? '';
        if (!/^https?:\/\//.test(address)) return json(response, { numResults: 0, query: address, error: 'not a feed' });
        const existing = fixture.feeds.find((f) => f.url === address);
        const feed = existing ?? fixture.addFeed({ title: `Feed at ${new URL(address).host}`, url: address, siteUrl: new URL(address).origin + '/', folder: null });
        fixture.edits.push({ api: 'greader', action: 'subscribe', ids: [address] });
        return json(response, { numResults: 1, query: address, streamId: `feed/${feed.id}`, streamName: feed.title });
      }
      case 'subscription/edit': {
        const feedId = Number((body.get('s') ?? '').replace(/^feed\//, ''));
        const ac = body.get('ac');
        if (ac === 'unsubscribe') {
          fixture.feeds = fixture.feeds.filter((f) => f.id !== feedId);
          fixture.items = fixture.items.filter((i) => i.feedId !== feedId || i.starred);
        } else if (ac === 'edit' || ac === 'subscribe') {
          const feed = fixture.feeds.find((f) => f.id === feedId);
          const label = body.get('a');
          if (feed && label) feed.folder = label.replace(/^user\/[^/]+\/label\//, '');
        }
        fixture.edits.push({ api: 'greader', action: `subscription/${ac}`, ids: [String(feedId)] });
        return send(response, 200, 'OK', 'text/plain; charset=utf-8');
      }
      case 'edit-tag': {
        const ids = body.getAll('i').map(parseItemId);
        const add = body.get('a');
        const remove = body.get('r');
        for (const id of ids) {
          const item = fixture.items.find((i) => i.id === id);
          if (!item) continue;
          if (add === 'user/-/state/com.google/read') item.read = true;
          if (remove === 'user/-/state/com.google/read') item.read = false;
          if (add === 'user/-/state/com.google/starred') item.starred = true;
          if (remove === 'user/-/state/com.google/starred') item.starred = false;
        }
        fixture.edits.push({ api: 'greader', action: `${add ? `+${add.split('/').pop()}` : `-${remove?.split('/').pop()}`}`, ids: ids.map(String) });
        return send(response, 200, 'OK', 'text/plain; charset=utf-8');
      }
      case 'stream/items/ids': {
        const stream = url.searchParams.get('s');
        const exclude = url.searchParams.get('xt');
        const n = Math.min(Number(url.searchParams.get('n') ?? 20), 10_000);
        const start = Number(url.searchParams.get('c') ?? 0);
        let list = fixture.items;
        if (stream === 'user/-/state/com.google/starred') list = list.filter((i) => i.starred);
        if (exclude === 'user/-/state/com.google/read') list = list.filter((i) => !i.read);
        const page = list.slice(start, start + n);
        return json(response, { itemRefs: page.map((i) => ({ id: String(i.id), directStreamIds: [], timestampUsec: String(i.crawled * 1000) })), ...(start + n < list.length ? { continuation: String(start + n) } : {}) });
      }
      default: {
        if (op.startsWith('stream/contents/')) {
          const n = Math.min(Number(url.searchParams.get('n') ?? 20), 1000);
          const ot = Number(url.searchParams.get('ot') ?? 0);
          const start = Number(url.searchParams.get('c') ?? 0);
          const oldestFirst = url.searchParams.get('r') === 'o';
          const list = fixture.items.filter((i) => i.crawled >= ot * 1000).sort((a, b) => (oldestFirst ? a.crawled - b.crawled : b.crawled - a.crawled));
          const page = list.slice(start, start + n);
          return json(response, {
            id: 'user/-/state/com.google/reading-list',
            updated: Math.floor(Date.now() / 1000),
            items: page.map(greaderItem),
            ...(start + n < list.length ? { continuation: String(start + n) } : {}),
          });
        }
        return send(response, 400, 'Bad Request', 'text/plain');
      }
    }
  }

  // ---------------------------------------------------------------- Fever
  async function fever(url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = request.method === 'POST' ? new URLSearchParams(await readBody(request)) : new URLSearchParams();
    const has = (name: string) => url.searchParams.has(name) || body.has(name);
    const param = (name: string) => url.searchParams.get(name) ?? body.get(name);
    if (!url.searchParams.has('api')) return send(response, 404, 'Not found', 'text/plain');
    const base = { api_version: 3, auth: body.get('api_key') === feverKey ? 1 : 0, last_refreshed_on_time: Math.floor(Date.now() / 1000) };
    if (!base.auth) return json(response, base);
    const answer: Record<string, unknown> = { ...base };
    const feedsGroups = () => {
      const byFolder = new Map<string, number[]>();
      for (const f of fixture.feeds) if (f.folder) byFolder.set(f.folder, [...(byFolder.get(f.folder) ?? []), f.id]);
      const groups = [...byFolder.keys()].map((title, i) => ({ id: i + 1, title }));
      return { groups, feeds_groups: groups.map((g) => ({ group_id: g.id, feed_ids: byFolder.get(g.title)!.join(',') })) };
    };
    if (has('groups')) Object.assign(answer, feedsGroups());
    if (has('feeds')) {
      answer.feeds = fixture.feeds.map((f) => ({ id: f.id, favicon_id: f.id, title: f.title, url: f.url, site_url: f.siteUrl, is_spark: 0, last_updated_on_time: 0 }));
      answer.feeds_groups = feedsGroups().feeds_groups;
    }
    if (has('items')) {
      const since = Number(param('since_id') ?? 0);
      const list = fixture.items.filter((i) => i.id > since).sort((a, b) => a.id - b.id).slice(0, FEVER_PAGE);
      answer.total_items = fixture.items.length;
      answer.items = list.map((i) => ({
        id: i.id,
        feed_id: i.feedId,
        title: i.title,
        author: i.author,
        html: i.html,
        url: i.url,
        is_saved: i.starred ? 1 : 0,
        is_read: i.read ? 1 : 0,
        created_on_time: i.published,
      }));
    }
    if (has('unread_item_ids')) answer.unread_item_ids = fixture.items.filter((i) => !i.read).map((i) => i.id).join(',');
    if (has('saved_item_ids')) answer.saved_item_ids = fixture.items.filter((i) => i.starred).map((i) => i.id).join(',');
    if (param('mark') === 'item') {
      const item = fixture.items.find((i) => i.id === Number(param('id')));
      const as = param('as');
      if (item) {
        if (as === 'read') item.read = true;
        if (as === 'unread') item.read = false;
        if (as === 'saved') item.starred = true;
        if (as === 'unsaved') item.starred = false;
      }
      fixture.edits.push({ api: 'fever', action: `mark ${as}`, ids: [String(param('id'))] });
    }
    return json(response, answer);
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    fixture.requests.push(`${path}${url.search}`);
    try {
      if (await applyFault(`${path}${url.search}`, request, response)) return;
      if (path.startsWith('/api/greader.php')) return await greader(path.slice('/api/greader.php'.length), url, request, response);
      if (path === '/api/fever.php') return await fever(url, request, response);
      send(response, 404, '<!doctype html><title>Not found</title>', 'text/html');
    } catch (error) {
      send(response, 500, String(error), 'text/plain');
    }
  };
  const server: Server = options.https ? createHttpsServer({ cert: SELF_SIGNED_CERT, key: SELF_SIGNED_KEY }, handle) : createHttpServer(handle);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  fixture.origin = `${options.https ? 'https' : 'http'}://127.0.0.1:${port}`;
  fixture.greaderUrl = `${fixture.origin}/api/greader.php`;
  fixture.feverUrl = `${fixture.origin}/api/fever.php`;
  return fixture;
}
