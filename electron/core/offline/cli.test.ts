import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../../cli.ts';
import { ArticleStore } from '../library/article-store.ts';
import { openDatabase } from '../library/database.ts';
import { startNewsServer, type NewsServer } from './testing/fixture-server.ts';

let server: NewsServer;
let dir: string;
before(async () => {
  server = await startNewsServer();
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-offline-'));
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--library', join(dir, 'library')], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('extract --json prints title, byline, published time, text, sanitized HTML and images', async () => {
  const { code, out } = await cli('extract', server.url('/article/harbour-storm'), '--json');
  assert.equal(code, 0);
  const article = JSON.parse(out);
  assert.equal(article.title, 'Storm surge floods harbour towns as sea walls fail');
  assert.equal(article.byline, 'Tom Reyes');
  assert.equal(article.publishedTime, '2026-03-03T06:40:00.000Z');
  assert.match(article.text, /Marion Hale/);
  assert.doesNotMatch(article.html, /<script/);
  assert.deepEqual(article.images, [server.url('/img/lifeboat.jpg')]);
});

test('extract refuses what is not an http address, with one line on stderr', async () => {
  const { code, out, err } = await cli('extract', 'file:///etc/passwd', '--json');
  assert.equal(code, 2);
  assert.equal(out, '');
  assert.equal(err.split('\n').length, 1);
});

test('fetch-full keeps the article; bookmarks export and import through the CLI', async () => {
  assert.equal((await cli('articles')).code, 0); // creates the library
  const db = openDatabase(join(dir, 'library'));
  const store = new ArticleStore(db);
  const id = store.upsertArticle({
    sourceId: store.addSource({ title: 'Fixture News', feedUrl: server.url('/feed') }),
    guid: 'reef', url: server.url('/article/reef-study'), title: 'Reefs', html: '<p>Reefs recover…</p>', text: 'Reefs recover…', published: Date.now(),
  });
  db.close();
  const fetched = await cli('fetch-full', String(id), '--json');
  assert.equal(fetched.code, 0);
  assert.equal(JSON.parse(fetched.out).fullStatus, 'ok', fetched.out);
  assert.equal(JSON.parse(fetched.out).showing, 'full');
  assert.equal((await cli('bookmark', String(id))).code, 0);
  const exported = await cli('export-bookmarks', '--format', 'json');
  assert.equal(JSON.parse(exported.out).bookmarks.length, 1);
  const file = join(dir, 'bookmarks.json');
  writeFileSync(file, exported.out);
  const imported = await cli('import-bookmarks', file, '--json');
  assert.deepEqual(JSON.parse(imported.out), { imported: 0, matched: 1, problems: [] });
  assert.match((await cli('export-bookmarks', '--format', 'markdown')).out, /^# Bookmarks from Broadsheet/);
});
