// Bad input from a sync server: each failure gives a clear message on the
// account, and nothing local is lost (articles, marks and queued changes stay).
// The password never appears in a message, the log, the library file or an export.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import type { LibraryCore } from '../library-core.ts';
import { startServiceFixture, type ServiceFixture } from './testing/service-fixture.ts';
import { account, articleMarks, syncLibrary, type SyncLibrary } from './testing/sync-library.ts';

let server: ServiceFixture;
const libraries: SyncLibrary[] = [];

before(async () => {
  server = await startServiceFixture();
});
after(async () => {
  for (const lib of libraries) lib.dispose();
  await server.close();
});

beforeEach(() => {
  server.feeds.length = 0;
  server.items.length = 0;
  server.requests.length = 0;
  const desk = server.addFeed({ title: 'Desk', url: 'https://desk.example/feed', siteUrl: 'https://desk.example/', folder: null });
  server.addItems(desk.id, 3, (n) => ({ title: `Desk ${n + 1}` }));
});

async function synced(): Promise<SyncLibrary> {
  const lib = syncLibrary();
  libraries.push(lib);
  await lib.core.handlers.sync.addAccount(account('greader', server.greaderUrl, server.user, server.password));
  assert.equal((await lib.core.handlers.sync.now()).ok, true);
  return lib;
}

/** What a person has here: the articles with their marks, and the changes waiting to go. */
function localState(core: LibraryCore) {
  return { articles: [...articleMarks(core).entries()], pending: core.sync.info()!.pendingChanges };
}

/** A synced library with a read mark and a bookmark made here, not yet sent. */
async function withLocalChanges(): Promise<SyncLibrary> {
  const lib = await synced();
  const marks = articleMarks(lib.core);
  lib.core.store.setRead(marks.get('Desk 1')!.id, true);
  lib.core.store.setBookmarked(marks.get('Desk 2')!.id, true);
  return lib;
}

const cases: { name: string; arrange: () => void | Promise<void>; message: RegExp; restore?: () => Promise<void> }[] = [
  {
    name: 'the server is down',
    arrange: () => server.pause(),
    restore: () => server.resume(),
    message: /127\.0\.0\.1:\d+ refused the connection/,
  },
  {
    name: 'the server answers with a web page instead of JSON (a login page, a proxy error)',
    arrange: () => server.fail({ kind: 'html' }, { match: 'subscription/list' }),
    message: /answered with a web page, not the Google Reader API/,
  },
  {
    name: 'the server sends a 10 MB answer',
    arrange: () => server.fail({ kind: 'huge', bytes: 10 * 1024 * 1024 }, { match: 'stream/contents' }),
    message: /larger answer than Broadsheet accepts \(8 MB\); nothing from it was stored/,
  },
  {
    name: 'the server has a problem of its own (HTTP 500)',
    arrange: () => server.fail({ kind: 'status', status: 500 }, { match: 'subscription/list' }),
    message: /had a problem of its own \(HTTP 500\)/,
  },
  {
    name: 'the server asks Broadsheet to slow down (HTTP 429, Retry-After)',
    arrange: () => server.fail({ kind: 'status', status: 429, retryAfter: 120 }, { match: 'stream/items/ids' }),
    message: /asked Broadsheet to slow down \(HTTP 429\); Broadsheet will wait 2 minutes/,
  },
];

for (const c of cases) {
  test(`${c.name}: a clear message on the account, and nothing local lost`, async () => {
    const { core } = await withLocalChanges();
    const before = localState(core);
    await c.arrange();
    let summary;
    try {
      summary = await core.handlers.sync.now();
    } finally {
      await c.restore?.();
    }
    assert.equal(summary.ok, false);
    assert.match(summary.error!, c.message);
    const info = core.sync.info()!;
    assert.equal(info.lastError, summary.error);
    assert.ok(info.nextAttempt !== null && Date.parse(info.nextAttempt) > Date.now(), 'Broadsheet backs off before trying by itself');
    assert.deepEqual(localState(core), before);
    // And once the server behaves, everything goes through.
    const next = await core.handlers.sync.now();
    assert.equal(next.ok, true, next.error ?? '');
    assert.equal(next.pending, 0);
    assert.equal(core.sync.info()!.lastError, null);
  });
}

test('a Retry-After longer than the back-off is what the next automatic attempt waits for', async () => {
  const { core } = await withLocalChanges();
  server.fail({ kind: 'status', status: 503, retryAfter: 3600 }, { match: 'subscription/list' });
  await core.handlers.sync.now();
  const next = Date.parse(core.sync.info()!.nextAttempt!);
  assert.ok(next - Date.now() > 3500_000, 'waits the hour the server asked for');
  // A scheduled sync honours it and asks nothing of the server; asking explicitly still tries.
  const asked = server.requests.length;
  const scheduled = await core.sync.sync({ manual: false });
  assert.equal(scheduled.ok, false);
  assert.equal(server.requests.length, asked);
  assert.equal((await core.sync.sync({ manual: true })).ok, true);
});

test('a server with an untrusted TLS certificate is refused before the password is sent', async () => {
  const tls = await startServiceFixture({ https: true });
  try {
    const lib = syncLibrary();
    libraries.push(lib);
    const tested = await lib.core.handlers.sync.test(account('greader', tls.greaderUrl, tls.user, tls.password));
    assert.equal(tested.ok, false);
    assert.match(tested.message, /security certificate Broadsheet cannot trust \(DEPTH_ZERO_SELF_SIGNED_CERT\), so your password was not sent/);
    assert.deepEqual(tls.requests, [], 'no request got past the TLS handshake');
  } finally {
    await tls.close();
  }
});

test('an address that is not the API at all (404, an HTML site) says to check the address', async () => {
  const lib = syncLibrary();
  libraries.push(lib);
  const fever = await lib.core.handlers.sync.test(account('fever', `${server.origin}/not-fever.php`, server.user, server.password));
  assert.match(fever.message, /There is no Fever API at this address \(HTTP 404\)/);
  const ttrss = await lib.core.handlers.sync.test(account('ttrss', server.origin, server.user, server.password));
  assert.match(ttrss.message, /There is no Tiny Tiny RSS API at this address \(HTTP 404\)/);
  const address = await lib.core.handlers.sync.test(account('greader', 'ftp://rss.example/', 'u', 'p'));
  assert.match(address.message, /must start with http/);
});

test('an item with hostile HTML is sanitized like any feed article', async () => {
  server.addItems(server.feeds[0]!.id, 1, () => ({
    title: 'Hostile <img src=x onerror="alert(1)">headline',
    html: `<p onclick="steal()">Text <a href="javascript:alert(1)">link</a></p><script>alert(1)</script><iframe src="https://evil.example/"></iframe><img src="https://img.example/a.png" onerror="alert(2)"><style>body{display:none}</style><form action="https://evil.example"><input name=p></form>`,
  }));
  const { core } = await synced();
  const hostile = [...articleMarks(core).entries()].find(([title]) => title.startsWith('Hostile'))!;
  assert.equal(hostile[0], 'Hostile headline');
  const { html } = core.store.article(hostile[1].id);
  for (const bad of [/<script/i, /onerror/i, /onclick/i, /javascript:/i, /<iframe/i, /<style/i, /<form/i, /<input/i]) assert.doesNotMatch(html, bad);
  assert.match(html, /Text/);
  assert.match(html, /img\.example\/a\.png/);
});

test('the password appears in no message, log line, library file or export', async () => {
  const logged: string[] = [];
  const original = { error: console.error, warn: console.warn, log: console.log };
  for (const level of ['error', 'warn', 'log'] as const) console[level] = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  try {
    const lib = syncLibrary();
    libraries.push(lib);
    const { core } = lib;
    const wrong = 'wrong-password-Zebra-42';
    const failures = [
      (await core.handlers.sync.test(account('greader', server.greaderUrl, server.user, wrong))).message,
      (await core.handlers.sync.test(account('fever', server.feverUrl, server.user, wrong))).message,
      (await core.handlers.sync.test(account('ttrss', `${server.origin}/tt-rss/`, server.user, wrong))).message,
    ];
    await core.handlers.sync.addAccount(account('greader', server.greaderUrl, server.user, server.password));
    await server.pause();
    failures.push((await core.handlers.sync.now()).error!);
    await server.resume();
    server.fail({ kind: 'html' }, { match: 'subscription/list' });
    failures.push((await core.handlers.sync.now()).error!);
    await core.handlers.sync.now();
    await core.handlers.library.setBookmarked(articleMarks(core).get('Desk 1')!.id, true);
    const exports = [await core.handlers.bookmarks.export('json'), await core.handlers.bookmarks.export('markdown'), await core.handlers.feeds.exportOpml()];
    const info = JSON.stringify(core.sync.info());
    lib.core.close();
    const files = readdirSync(lib.libraryDir).map((name) => readFileSync(join(lib.libraryDir, name)).toString('latin1'));
    const keyFile = readFileSync(lib.keyFile, 'latin1');
    for (const secret of [server.password, wrong]) {
      for (const text of [...failures, ...logged, ...exports, info, ...files, keyFile]) assert.ok(!text.includes(secret), `the password leaked into: ${text.slice(0, 120)}`);
    }
    lib.core = lib.reopen();
  } finally {
    Object.assign(console, original);
  }
});
