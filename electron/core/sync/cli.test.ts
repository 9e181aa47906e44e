// The sync commands of the CLI: account add/show/remove, sync, and the
// commands that go through the account (bookmark, mark-read, subscribe).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { runCli } from '../../cli.ts';
import { startServiceFixture, type ServiceFixture } from './testing/service-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-sync-cli-'));
let server: ServiceFixture;
let run = 0;

before(async () => {
  server = await startServiceFixture();
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.feeds.length = 0;
  server.items.length = 0;
  server.requests.length = 0;
  server.edits.length = 0;
  const desk = server.addFeed({ title: 'Ledger', url: 'https://ledger.example/feed', siteUrl: 'https://ledger.example/', folder: 'Money' });
  server.addItems(desk.id, 3, (n) => ({ title: `Ledger ${n + 1}` }));
});

/** The articles that came from the account (the CLI's library also holds the sample edition). */
function synced(articles: { id: number; title: string; source: { title: string } }[]) {
  return articles.filter((a) => a.source.title === 'Ledger');
}

/** A fresh library and key file per test; the password only ever in the environment. */
function cliFor(password: string | null = server.password) {
  const root = join(dir, `run-${++run}`);
  const env: NodeJS.ProcessEnv = { BROADSHEET_LIBRARY: join(root, 'library'), BROADSHEET_SYNC_KEY_FILE: join(root, 'keys', 'sync.key') };
  if (password !== null) env.BROADSHEET_SYNC_PASSWORD = password;
  const cli = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  return { cli, env, root };
}

test('account add, show and sync: subscriptions and articles arrive; the password stays sealed and out of every output', async () => {
  const { cli, env } = cliFor();
  const added = await cli('account', 'add', 'greader', server.greaderUrl, '--user', server.user, '--json');
  assert.equal(added.code, 0, added.err);
  const info = JSON.parse(added.out);
  assert.equal(info.service, 'greader');
  assert.match(info.secretStorage, /sync\.key/);
  if (process.platform !== 'win32') assert.equal(statSync(env.BROADSHEET_SYNC_KEY_FILE!).mode & 0o777, 0o600);
  const synced = await cli('sync', '--json');
  assert.equal(synced.code, 0, synced.err);
  assert.equal(JSON.parse(synced.out).newArticles, 3);
  // (The CLI's library also holds the sample edition, in its own folder.)
  const sources = (JSON.parse((await cli('sources', '--json')).out) as { title: string; folder: string }[]).filter((s) => s.folder !== 'Sample edition');
  assert.deepEqual(sources.map((s) => [s.title, s.folder]), [['Ledger', 'Money']]);
  const shown = await cli('account', 'show');
  assert.match(shown.out, /Google Reader API/);
  assert.match(shown.out, /Waiting {5}0 changes not yet sent/);
  // Syncing later needs no password in the environment: the sealed one is opened with the key file.
  const later = await runCli(['sync'], { out: () => {}, err: () => {}, env: { ...env, BROADSHEET_SYNC_PASSWORD: undefined } });
  assert.equal(later, 0);
  for (const output of [added.out, synced.out, shown.out]) assert.ok(!output.includes(server.password));
});

test('bookmark and mark-read go to the server at once', async () => {
  const { cli } = cliFor();
  await cli('account', 'add', 'fever', server.feverUrl, '--user', server.user);
  await cli('sync');
  const articles = JSON.parse((await cli('articles', '--json')).out) as { id: number; title: string }[];
  const id = (title: string) => String(articles.find((a) => a.title === title)!.id);
  const marked = await cli('bookmark', id('Ledger 2'));
  assert.equal(marked.code, 0, marked.err);
  assert.equal(marked.out, 'Bookmarked: Ledger 2');
  assert.equal((await cli('mark-read', id('Ledger 3'))).code, 0);
  const byTitle = (t: string) => server.items.find((i) => i.title === t)!;
  assert.equal(byTitle('Ledger 2').starred, true);
  assert.equal(byTitle('Ledger 3').read, true);
  assert.match((await cli('account', 'show')).out, /0 changes not yet sent/);
});

test('with the server down, a bookmark is saved and queued (said so), sync fails with one line, and the change arrives once it is back', async () => {
  const { cli } = cliFor();
  await cli('account', 'add', 'greader', server.greaderUrl, '--user', server.user);
  await cli('sync');
  const first = synced(JSON.parse((await cli('articles', '--json')).out))[0];
  await server.pause();
  try {
    const queued = await cli('bookmark', String(first!.id));
    assert.equal(queued.code, 0, queued.err);
    assert.match(queued.out, /^Bookmarked: .*\nSaved here; it goes to the sync server at the next sync \(127\.0\.0\.1:\d+ refused the connection/);
    const failed = await cli('sync');
    assert.equal(failed.code, 1);
    assert.equal(failed.err.split('\n').length, 1);
    assert.match(failed.err, /^broadsheet: 127\.0\.0\.1:\d+ refused the connection/);
    assert.match((await cli('account', 'show')).out, /1 change not yet sent/);
  } finally {
    await server.resume();
  }
  const back = await cli('sync', '--json');
  assert.equal(back.code, 0, back.err);
  assert.equal(JSON.parse(back.out).sent, 1);
  assert.equal(server.items.find((i) => i.title === first!.title)!.starred, true);
});

test('account errors: a wrong password, no password, an unknown service, no account', async () => {
  const wrong = cliFor('not the password');
  const refused = await wrong.cli('account', 'add', 'greader', server.greaderUrl, '--user', server.user);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /^broadsheet: 127\.0\.0\.1:\d+ refused the user name or password \(HTTP 401\)\.$/);
  assert.match((await wrong.cli('account', 'show')).out, /^No sync account/);

  const none = cliFor(null);
  const missing = await none.cli('account', 'add', 'greader', server.greaderUrl, '--user', server.user);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /BROADSHEET_SYNC_PASSWORD, or run account add in a terminal/);
  assert.equal((await none.cli('account', 'add', 'newsblur', server.greaderUrl, '--user', 'x')).code, 2);
  const noAccount = await none.cli('sync');
  assert.equal(noAccount.code, 1);
  assert.match(noAccount.err, /There is no sync account/);
});

test('account remove keeps the sources and articles as local ones', async () => {
  const { cli } = cliFor();
  await cli('account', 'add', 'greader', server.greaderUrl, '--user', server.user);
  await cli('sync');
  const removed = await cli('account', 'remove');
  assert.equal(removed.code, 0, removed.err);
  assert.match(removed.out, /its sources and articles stay/);
  assert.equal(synced(JSON.parse((await cli('articles', '--json')).out)).length, 3);
  assert.match((await cli('account', 'show')).out, /^No sync account/);
});

test('a sync killed mid-way (the process, not just the connection) resumes without losing or repeating an article', async () => {
  const { cli, env } = cliFor();
  server.addItems(server.feeds[0]!.id, 600, (n) => ({ title: `Wire ${n + 1}` }));
  await cli('account', 'add', 'greader', server.greaderUrl, '--user', server.user);
  // The third page of items is slow; the process is killed while it waits.
  server.fail({ kind: 'delay', ms: 5000 }, { match: 'stream/contents', after: 2 });
  const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'cli.ts'), 'sync'], { env: { ...process.env, ...env }, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 30_000;
  while (server.requests.filter((r) => r.includes('stream/contents')).length < 3) {
    if (Date.now() > deadline) throw new Error('the child never reached the third page');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  await exited;
  const titles = async () => synced((await cli('articles', '--all', '--json')).out.trim().split('\n').map((line) => JSON.parse(line))).map((a) => a.title);
  assert.equal((await titles()).length, 400, 'the two pages stored before the kill are there');
  const resumed = await cli('sync', '--json');
  assert.equal(resumed.code, 0, resumed.err);
  assert.equal(JSON.parse(resumed.out).newArticles, 203);
  const all = await titles();
  assert.equal(all.length, 603);
  assert.equal(new Set(all).size, 603, 'no article twice');
});
