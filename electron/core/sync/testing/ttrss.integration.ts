// Sync against a real Tiny Tiny RSS 21 (PostgreSQL, PHP), installed from Debian's
// packages and started on 127.0.0.1 by scripts/ttrss.sh. Run by `npm run test:sync`
// (and by .ci/run); needs root, as the script does. The server fetches the feeds
// this test writes into its feed folder (served at http://127.0.0.1/<name>.xml).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { LibraryCore } from '../../library-core.ts';
import { account, articleMarks, syncLibrary, type SyncLibrary } from './sync-library.ts';

const SCRIPT = join(import.meta.dirname, '..', '..', '..', '..', 'scripts', 'ttrss.sh');
const STATE = process.env.TTRSS_STATE ?? '/tmp/ttrss/state';
const libraries: SyncLibrary[] = [];
let env: Record<string, string> = {};

function ttrss(command: 'start' | 'stop' | 'reset'): void {
  execFileSync('bash', [SCRIPT, command], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
}

/** The server's own feed update, as its cron job or daemon runs it. */
function serverFetchesFeeds(): void {
  execFileSync('runuser', ['-u', 'www-data', '--', 'php', '/usr/share/tt-rss/www/update.php', '--feeds', '--force-update', '--quiet'], { stdio: 'ignore', timeout: 300_000 });
}

/** Kills tt-rss's PHP server (its process group) at once, as a crash or the first half of a restart would. */
function killTtrssPhp(): void {
  const pid = Number(readFileSync(join(STATE, 'ttrss-php.pid'), 'utf8'));
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    process.kill(pid, 'SIGKILL');
  }
}

function writeFeed(name: string, title: string, items: { guid: string; title: string; body: string }[]): string {
  const now = Date.now();
  const entries = items
    .map(
      (item, i) =>
        `<item><title>${item.title}</title><link>http://127.0.0.1/${name}/${item.guid}</link><guid isPermaLink="false">${item.guid}</guid>` +
        `<pubDate>${new Date(now - (items.length - i) * 60_000).toUTCString()}</pubDate><description><![CDATA[${item.body}]]></description></item>`,
    )
    .join('\n');
  writeFileSync(
    join(env.TTRSS_FEED_DIR!, `${name}.xml`),
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>http://127.0.0.1/${name}/</link><description>${title}</description>\n${entries}\n</channel></rss>\n`,
  );
  return `http://127.0.0.1/${name}.xml`;
}

/** tt-rss's API, straight: how the server sees things, and another device's changes. */
async function api(op: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const call = async (body: unknown) => {
    const response = await fetch(env.TTRSS_API_URL!, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    return (await response.json()) as { status: number; content: Record<string, unknown> };
  };
  const login = await call({ op: 'login', user: env.TTRSS_USER, password: env.TTRSS_PASS });
  const answer = await call({ ...params, op, sid: login.content.session_id });
  assert.equal(answer.status, 0, JSON.stringify(answer.content));
  return answer.content;
}

async function serverArticle(title: string): Promise<{ id: number; unread: boolean; marked: boolean }> {
  const headlines = (await api('getHeadlines', { feed_id: -4, view_mode: 'all_articles', limit: 200, show_content: false })) as { id: number; title: string; unread: boolean; marked: boolean }[];
  const found = headlines.find((h) => h.title === title);
  assert.ok(found, `the server has "${title}"`);
  return found;
}

function withAccount(): SyncLibrary {
  const lib = syncLibrary();
  libraries.push(lib);
  return lib;
}

async function addAccount(core: LibraryCore, password = env.TTRSS_PASS!) {
  return core.handlers.sync.addAccount(account('ttrss', env.TTRSS_URL!, env.TTRSS_USER!, password));
}

async function sync(core: LibraryCore) {
  const summary = await core.handlers.sync.now();
  assert.equal(summary.ok, true, summary.error ?? '');
  return summary;
}

before(() => {
  // A fresh tt-rss database every run: nothing from an earlier run can make a test pass.
  ttrss('reset');
  env = Object.fromEntries(
    readFileSync(join(STATE, 'env'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
});

after(() => {
  for (const lib of libraries) lib.dispose();
  ttrss('start'); // whatever a test stopped, leave it running for the next
});

test('a wrong password is refused by the real server in plain words', async () => {
  const { core } = withAccount();
  const tested = await core.handlers.sync.test(account('ttrss', env.TTRSS_URL!, env.TTRSS_USER!, 'not-the-password'));
  assert.deepEqual(tested, { ok: false, message: 'Tiny Tiny RSS refused the user name or password.' });
});

const harbour = () => [
  { guid: 'h1', title: 'Harbour reopens after storm', body: '<p>The harbour reopened on Monday.</p>' },
  { guid: 'h2', title: 'Ferry timetable changes', body: '<p>New ferry times start in May.</p><script>alert(1)</script><img src="x" onerror="alert(2)">' },
  { guid: 'h3', title: 'Lighthouse keeper retires', body: '<p>After forty years, the keeper retires.</p>' },
];

test('subscribe through the account: the server fetches the feed and its articles arrive, sanitized; later articles come with the next sync', async () => {
  const { core } = withAccount();
  await addAccount(core);
  const feedUrl = writeFeed('harbour', 'Harbour Post', harbour());
  const result = await core.handlers.feeds.subscribe(feedUrl);
  assert.equal(result.kind, 'subscribed');
  serverFetchesFeeds();
  const summary = await sync(core);
  assert.ok(summary.newArticles >= 0);
  const marks = articleMarks(core);
  assert.deepEqual([...marks.keys()].sort(), ['Ferry timetable changes', 'Harbour reopens after storm', 'Lighthouse keeper retires']);
  assert.deepEqual(core.store.sources().map((s) => [s.title, s.feedUrl]), [['Harbour Post', feedUrl]]);
  assert.deepEqual(core.library.sources.feedSources(), [], 'Broadsheet does not poll it: the server does');
  const ferry = core.store.article(marks.get('Ferry timetable changes')!.id).html;
  assert.doesNotMatch(ferry, /<script|onerror/);
  // Search and related stories work on synced articles as on any other.
  assert.equal(core.store.search('lighthouse keeper')[0]?.title, 'Lighthouse keeper retires');
  // The feed grows; the server fetches; the next sync brings only what is new.
  writeFeed('harbour', 'Harbour Post', [...harbour(), { guid: 'h4', title: 'Regatta returns', body: '<p>Sails on the bay.</p>' }]);
  serverFetchesFeeds();
  const next = await sync(core);
  assert.equal(next.newArticles, 1);
  assert.equal(articleMarks(core).size, 4);
});

test('read and starred marks round-trip both ways with the real server', async () => {
  const { core } = withAccount();
  await addAccount(core);
  await sync(core);
  const marks = articleMarks(core);
  await core.handlers.library.setRead(marks.get('Harbour reopens after storm')!.id, true);
  await core.handlers.library.setBookmarked(marks.get('Ferry timetable changes')!.id, true);
  await sync(core);
  assert.equal((await serverArticle('Harbour reopens after storm')).unread, false);
  assert.equal((await serverArticle('Ferry timetable changes')).marked, true);
  // Another device: stars the lighthouse story and marks the ferry one read.
  await api('updateArticle', { article_ids: String((await serverArticle('Lighthouse keeper retires')).id), mode: 1, field: 0 });
  await api('updateArticle', { article_ids: String((await serverArticle('Ferry timetable changes')).id), mode: 0, field: 2 });
  const summary = await sync(core);
  assert.equal(summary.marksFromServer, 2);
  const after = articleMarks(core);
  assert.equal(after.get('Lighthouse keeper retires')!.bookmarked, true);
  assert.equal(after.get('Ferry timetable changes')!.read, true);
  // Undoing here goes back too.
  await core.handlers.library.setBookmarked(after.get('Lighthouse keeper retires')!.id, false);
  await sync(core);
  assert.equal((await serverArticle('Lighthouse keeper retires')).marked, false);
});

test('two libraries on one account: marking read and bookmarking in A appears in B after both sync', async () => {
  const a = withAccount();
  const b = withAccount();
  await addAccount(a.core);
  await addAccount(b.core);
  await sync(a.core);
  await sync(b.core);
  const inA = articleMarks(a.core);
  await a.core.handlers.library.setRead(inA.get('Regatta returns')!.id, true);
  await a.core.handlers.library.setBookmarked(inA.get('Regatta returns')!.id, true);
  await a.core.handlers.library.setRead(inA.get('Lighthouse keeper retires')!.id, true);
  await sync(a.core);
  assert.equal(articleMarks(b.core).get('Regatta returns')!.read, false, 'B has not synced yet');
  await sync(b.core);
  const inB = articleMarks(b.core);
  assert.equal(inB.get('Regatta returns')!.read, true);
  assert.equal(inB.get('Regatta returns')!.bookmarked, true);
  assert.equal(inB.get('Lighthouse keeper retires')!.read, true);
  assert.ok(b.core.store.list({ view: 'bookmarks' }).items.some((i) => i.title === 'Regatta returns'));
  // And back: B unbookmarks, A sees it.
  await b.core.handlers.library.setBookmarked(inB.get('Regatta returns')!.id, false);
  await sync(b.core);
  await sync(a.core);
  assert.equal(articleMarks(a.core).get('Regatta returns')!.bookmarked, false);
});

test('a change made while the server is stopped reaches it after the restart', async () => {
  const { core } = withAccount();
  await addAccount(core);
  await sync(core);
  const id = articleMarks(core).get('Harbour reopens after storm')!.id;
  // Read elsewhere earlier; here it is marked unread again, and bookmarked, while the server is down.
  ttrss('stop');
  try {
    await core.handlers.library.setRead(id, false);
    await core.handlers.library.setBookmarked(id, true);
    const failed = await core.handlers.sync.now();
    assert.equal(failed.ok, false);
    assert.match(failed.error!, /127\.0\.0\.1:8280 refused the connection/);
    assert.equal(core.sync.info()!.pendingChanges, 2);
    assert.equal(core.store.article(id).read, false, 'nothing local was lost');
  } finally {
    ttrss('start');
  }
  await sync(core);
  const there = await serverArticle('Harbour reopens after storm');
  assert.equal(there.unread, true);
  assert.equal(there.marked, true);
  assert.equal(core.sync.info()!.pendingChanges, 0);
});

test('the server restarted in the middle of a sync: the next sync completes it, every article once', async () => {
  const wire = Array.from({ length: 1000 }, (_, i) => ({ guid: `w${i + 1}`, title: `Wire report ${i + 1}`, body: `<p>Report number ${i + 1} from the wire.</p>` }));
  const setup = withAccount();
  await addAccount(setup.core);
  const subscribed = await setup.core.handlers.feeds.subscribe(writeFeed('wire', 'The Wire', wire));
  assert.equal(subscribed.kind, 'subscribed');
  serverFetchesFeeds();

  const { core } = withAccount();
  await addAccount(core);
  const running = core.handlers.sync.now();
  // As soon as the first page of articles is stored, the server goes down; it comes back once that sync has given up.
  while (core.store.counts().articles === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  killTtrssPhp();
  let cut;
  try {
    cut = await running;
  } finally {
    ttrss('start');
  }
  assert.equal(cut.ok, false, 'the sync under way failed when the server went away');
  assert.match(cut.error!, /127\.0\.0\.1:8280/);
  const partial = articleMarks(core).size;
  assert.ok(partial > 0 && partial < 1004, `part of it arrived (${partial})`);
  const resumed = await sync(core);
  assert.equal(resumed.newArticles, 1004 - partial);
  const titles = [...articleMarks(core).keys()];
  assert.equal(titles.length, 1004);
  assert.equal(core.store.counts().articles, 1004, 'no article stored twice');
});
