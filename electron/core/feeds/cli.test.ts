// The feed commands of the CLI, against a fixture server on 127.0.0.1.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { feedFixture, start, type FixtureServer } from '../../../e2e/fixtures/fixture-server.ts';
import { runCli } from '../../cli.ts';

let server: FixtureServer;
let dir: string;

before(async () => {
  server = await start({
    routes: {
      '/rss.xml': { body: feedFixture('rss-2.0.xml'), headers: { 'content-type': 'application/rss+xml' } },
      '/site/': { body: feedFixture('site-several.html'), headers: { 'content-type': 'text/html' } },
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-feeds-'));
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--library', join(dir, 'library')], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('subscribe, sources, refresh, export-opml, import-opml and unsubscribe from the command line', async () => {
  const subscribed = await cli('subscribe', server.url('/rss.xml'), '--json');
  assert.equal(subscribed.code, 0, subscribed.err);
  const result = JSON.parse(subscribed.out);
  assert.equal(result.kind, 'subscribed');
  assert.equal(result.newArticles, 4);
  const id = String(result.source.id);

  const choose = await cli('subscribe', server.url('/site/'));
  assert.equal(choose.code, 0);
  assert.match(choose.out, /several feeds/);
  assert.match(choose.out, /\/sub\/all\.xml/);

  const sources = JSON.parse((await cli('sources', '--json')).out);
  const ledger = sources.find((s: { id: number }) => String(s.id) === id);
  assert.equal(ledger.title, 'The Northern Ledger');
  assert.equal(ledger.unread, 4);

  server.routes['/rss.xml'] = { status: 500 };
  const refreshed = await cli('refresh', '--source', id);
  assert.equal(refreshed.code, 0);
  assert.match(refreshed.out, /Checked 1 source, 0 new articles\.\n {2}The Northern Ledger: The site had a problem of its own \(HTTP 500\)/);
  assert.match((await cli('sources')).out, /last refresh failed: The site had a problem/);

  const file = join(dir, 'subs.opml');
  assert.equal((await cli('export-opml', file)).code, 0);
  assert.match(readFileSync(file, 'utf8'), /xmlUrl="http:\/\/127\.0\.0\.1:\d+\/rss\.xml"/);
  const stdout = await cli('export-opml');
  assert.match(stdout.out, /^<\?xml/);

  const unsubscribed = await cli('unsubscribe', id, '--json');
  assert.deepEqual(JSON.parse(unsubscribed.out), { id: Number(id), unsubscribed: true });
  const imported = JSON.parse((await cli('import-opml', file, '--json')).out);
  assert.equal(imported.added, 1);

  writeFileSync(join(dir, 'bad.opml'), 'not opml');
  const bad = await cli('import-opml', join(dir, 'bad.opml'));
  assert.equal(bad.code, 1);
  assert.match(bad.err, /^broadsheet: This file is not OPML/);
  assert.equal(bad.out, '');
  const unknown = await cli('unsubscribe', '9999');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /Source 9999 is not in the library/);
});

test('a source can have its own refresh interval, and the schedule honours it', async () => {
  const subscribed = JSON.parse((await cli('subscribe', server.url('/rss.xml'), '--json')).out);
  const id = String(subscribed.source.id);
  const set = await cli('refresh-every', id, '120', '--json');
  assert.equal(set.code, 0, set.err);
  assert.equal(JSON.parse(set.out).refreshMinutes, 120);
  const listed = JSON.parse((await cli('sources', '--json')).out).find((s: { id: number }) => String(s.id) === id);
  assert.equal(listed.refreshMinutes, 120);
  assert.equal(JSON.parse((await cli('refresh-every', id, 'default', '--json')).out).refreshMinutes, null);
  for (const bad of [['refresh-every', id, '2'], ['refresh-every', id], ['refresh-every', '99999', '60']]) {
    const failed = await cli(...bad);
    assert.notEqual(failed.code, 0, bad.join(' '));
    assert.equal(failed.err.split('\n').length, 1);
  }
});

test('issue #14: an archive feed older than retention subscribes whole, and one new item refreshes as 1 new article', async () => {
  const day = 24 * 3600_000;
  const item = (guid: string, daysAgo: number) =>
    `<item><guid>${guid}</guid><title>Episode ${guid}</title><description>Show notes</description><pubDate>${new Date(Date.now() - daysAgo * day).toUTCString()}</pubDate></item>`;
  const archive = Array.from({ length: 207 }, (_, i) => item(`ep${i}`, 100 + i));
  const rss = (items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Old Radio</title><link>http://radio.example/</link><description>d</description>${items.join('')}</channel></rss>`;
  server.routes['/archive.xml'] = { body: rss(archive), headers: { 'content-type': 'application/rss+xml' } };

  const subscribed = await cli('subscribe', server.url('/archive.xml'));
  assert.equal(subscribed.code, 0, subscribed.err);
  assert.match(subscribed.out, /^Subscribed to Old Radio \(source \d+\), 207 articles/);
  const id = Number(/\(source (\d+)\)/.exec(subscribed.out)![1]);
  const total = async () => JSON.parse((await cli('sources', '--json')).out).find((s: { id: number }) => s.id === id).total;
  assert.equal(await total(), 207, 'sources shows every article the feed lists');

  server.routes['/archive.xml'] = { body: rss([item('ep-new', 0), ...archive]), headers: { 'content-type': 'application/rss+xml' } };
  const refreshed = await cli('refresh', '--source', String(id));
  assert.equal(refreshed.code, 0, refreshed.err);
  assert.match(refreshed.out, /^Checked 1 source, 1 new article\./);
  assert.equal(await total(), 208);
  assert.match((await cli('refresh', '--source', String(id))).out, /^Checked 1 source, 0 new articles\./);
});
