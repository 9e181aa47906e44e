// Issue #13, items 5, 6 and 15: offline copies are not lost. A copy queued
// when the app quit or crashed is made after the next start; a copy that
// fails on a full disk is said so in one line and tried again; a picture
// deleted from disk is fetched again, and half-written downloads go at open.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { APP_ORIGIN } from '../../shared/contract.ts';
import { runCli } from '../../cli.ts';
import { createHost } from '../host/host.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { mediaDir } from '../kernel/paths.ts';
import { openLibraryCore, type LibraryCore, type LibraryCoreOptions } from '../library-core.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';
import { sanitizeArticle } from '../text/sanitize.ts';
import { startNewsServer, type NewsServer } from './testing/fixture-server.ts';
import { png } from './testing/images.ts';

let server: NewsServer;
const root = mkdtempSync(join(tmpdir(), 'broadsheet-lost-work-'));
before(async () => {
  server = await startNewsServer();
});
after(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});
let n = 0;

function open(dir: string, extra: Partial<LibraryCoreOptions> = {}): LibraryCore {
  const core = openLibraryCore({ libraryDir: dir, assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false, ...extra });
  core.start();
  return core;
}

/** Feed articles linking the fixture site's labelled pages, each feed version with a picture. */
function addArticles(core: LibraryCore, count: number): number[] {
  const sourceId = core.store.addSource({ title: 'Fixture News', feedUrl: server.url('/feed') });
  return Array.from({ length: count }, (_, i) => {
    const page = ['/article/harbour-storm', '/article/reef-study', '/article/night-train-review'][i % 3]!;
    const clean = sanitizeArticle(`<p>A short summary from the feed…</p><img src="${server.url(`/img/feed-${i}.png`)}">`, server.url(page));
    return core.store.upsertArticle({ sourceId, guid: `g${i}`, url: `${server.url(page)}?n=${i}`, title: `Story ${i}`, html: clean.html, text: clean.text, published: Date.now() - i * 60_000 });
  });
}

const fullStatus = (core: LibraryCore, id: number) => core.context.readerCopies.row(id).full_status;

test('bookmarked articles whose offline copy was still queued at a crash or quit get it after the next start', async () => {
  const dir = join(root, `lib-${++n}`);
  // The first session: every page request hangs, as if the network were slow, and the app quits mid-queue.
  const first = open(dir, { fetchPage: () => new Promise(() => {}) });
  const ids = addArticles(first, 6);
  for (const id of ids) await first.handlers.library.setBookmarked(id, true);
  first.close();
  const check = open(dir);
  for (const id of ids) assert.equal(fullStatus(check, id), 'none', 'the quit left every copy unmade');
  check.close();
  // The next start (the app's): what lacks its copy is queued again.
  const second = open(dir, { resumeOfflineCopies: true });
  await second.fullText.idle();
  for (const id of ids) assert.equal(fullStatus(second, id), 'ok', `article ${id}`);
  second.close();
});

test('a bookmark whose copy fails on a full disk says so in one line, keeps the bookmark, and the copy is made later', { skip: process.platform !== 'linux' ? 'needs /dev/full' : false }, async () => {
  const dir = join(root, `lib-${++n}`);
  const core = open(dir);
  const [id] = addArticles(core, 1);
  core.close();
  // The next picture written is written to /dev/full, which answers every write with ENOSPC ("no space left on device").
  const sha = createHash('sha256').update(png(8, 6)).digest('hex');
  mkdirSync(mediaDir(dir), { recursive: true });
  symlinkSync('/dev/full', join(mediaDir(dir), `${sha}.png.${process.pid}.tmp`));

  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['bookmark', String(id), '--library', dir], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  assert.equal(code, 0, err.join('\n'));
  assert.deepEqual(err, [], 'no stack trace');
  assert.equal(out.length, 1);
  assert.match(out[0]!, /^Bookmarked: Story 0\. Its offline copy could not be saved: the disk .* is full\b.*tried again/);

  const after = open(dir);
  assert.equal(after.store.summary(id!).bookmarked, true, 'the bookmark stays');
  assert.equal(fullStatus(after, id!), 'none');
  after.close();
  const retried: string[] = [];
  assert.equal(await runCli(['fetch-full', '--pending', '--library', dir], { out: (t) => retried.push(t), err: (t) => retried.push(t), env: {} }), 0, retried.join('\n'));
  const done = open(dir);
  assert.equal(fullStatus(done, id!), 'ok', retried.join('\n'));
  done.close();
});

test('a picture deleted from disk is fetched again: by app:// asking for it, by bookmarking again, by fetch-full', async () => {
  const dir = join(root, `lib-${++n}`);
  const core = open(dir);
  const host = createHost(core, { allowedOrigins: [APP_ORIGIN], appRoot: '/nonexistent' });
  try {
    const [id] = addArticles(core, 1);
    await core.handlers.library.setBookmarked(id!, true);
    await core.fullText.idle();
    const media = () => readdirSync(mediaDir(dir)).filter((f) => !f.endsWith('.tmp'));
    const kept = media();
    assert.ok(kept.length >= 1);
    const html = async () => (await core.handlers.library.article(id!)).html;
    const paths = [...(await html()).matchAll(/src="(\/media\/[^"]+)"/g)].map((m) => m[1]!);
    assert.ok(paths.length >= 1, await html());

    const remove = () => {
      for (const name of media()) rmSync(join(mediaDir(dir), name));
    };
    // app:// finds the file gone and fetches it again in the background.
    remove();
    assert.equal((await host.serve(paths[0]!)).status, 404);
    await core.fullText.idle();
    assert.equal((await host.serve(paths[0]!)).status, 200);
    // Bookmarking again.
    remove();
    await core.handlers.library.setBookmarked(id!, false);
    await core.handlers.library.setBookmarked(id!, true);
    await core.fullText.idle();
    assert.deepEqual(media().sort(), kept.sort());
    // fetch-full.
    remove();
    await core.handlers.offline.fetchFullText(id!);
    assert.deepEqual(media().sort(), kept.sort());
    for (const path of [...(await html()).matchAll(/src="(\/media\/[^"]+)"/g)].map((m) => m[1]!)) assert.equal((await host.serve(path)).status, 200, path);
  } finally {
    host.close();
    core.close();
  }
});

test('half-written downloads in media/ (a full disk, a killed process) are removed when the library opens', () => {
  const dir = join(root, `lib-${++n}`);
  open(dir).close();
  mkdirSync(mediaDir(dir), { recursive: true });
  const dead = join(mediaDir(dir), `${'a'.repeat(64)}.png.999999999.tmp`);
  const old = join(mediaDir(dir), `${'b'.repeat(64)}.jpg.1.tmp`);
  writeFileSync(dead, Buffer.alloc(1000));
  writeFileSync(old, Buffer.alloc(1000));
  utimesSync(old, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
  open(dir).close();
  assert.equal(existsSync(dead), false);
  assert.equal(existsSync(old), false);
});
