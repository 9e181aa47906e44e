// Fault area: hostile input (issue #13 items 1, 2, 11, 12, 14 and the fuzzed bridge).
// Deep-nesting and oversized pages through the sanitizer, Readability and OPML
// import; SSRF addresses in every written form (seeded variations); a fuzzed
// bridge and fuzzed app:// paths. Seeded (FAULTS_SEED) and bounded: about a
// minute on two busy cores. Network: the 127.0.0.1 servers started here only.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createHost } from '../../electron/core/host/host.ts';
import { serveAppRequest } from '../../electron/core/host/app-protocol.ts';
import { openLibraryCore, type LibraryCore } from '../../electron/core/library-core.ts';
import { MemoryPreferences } from '../../electron/core/kernel/preferences.ts';
import { guardAllowing } from '../../electron/core/net/address-guard.ts';
import { fetchBounded, FetchError } from '../../electron/core/net/http.ts';
import { ArticleExtractor } from '../../electron/core/offline/extract-pool.ts';
import { importOpmlText, MAX_OPML_DEPTH } from '../../electron/core/feeds/opml.ts';
import { sanitizeArticle } from '../../electron/core/text/sanitize.ts';
import { methodNames } from '../../electron/shared/contract.ts';
import { ASSETS_DIR, faultSeed, localServer, randomInt, recordFigures, REPO_ROOT, seededRandom, tempDir } from './harness.ts';

const AREA = 'hostile-input';
const random = seededRandom(faultSeed());
const space = tempDir();
let core: LibraryCore;
let internal: Awaited<ReturnType<typeof localServer>>;
const internalHits: string[] = [];

before(async () => {
  core = openLibraryCore({ libraryDir: join(space.dir, 'library'), assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: true });
  internal = await localServer((req, res) => {
    internalHits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' }).end('secret');
  });
});
after(async () => {
  core.close();
  await internal.close();
  space.dispose();
});

const wrappers = ['div', 'span', 'b', 'section', 'table', 'ul', 'blockquote', 'font'];
function deepHtml(levels: number): string {
  const tag = wrappers[randomInt(random, 0, wrappers.length - 1)]!;
  const open = tag === 'table' ? '<table><tr><td>' : tag === 'ul' ? '<ul><li>' : `<${tag}>`;
  const close = tag === 'table' ? '</td></tr></table>' : tag === 'ul' ? '</li></ul>' : `</${tag}>`;
  return `<p>Before the well.</p>${open.repeat(levels)}<p>At the bottom.</p>${close.repeat(levels)}`;
}

test('deep and oversized HTML through the sanitizer: seconds at most, never empty', () => {
  const timings: string[] = [];
  let tried = 0;
  for (const levels of [600, 2000, 10_000, 20_000, 100_000]) {
    const started = performance.now();
    const clean = sanitizeArticle(deepHtml(levels), 'https://hostile.example/a');
    const ms = performance.now() - started;
    tried++;
    assert.ok(ms < 5000, `${levels} levels: ${Math.round(ms)} ms`);
    assert.match(clean.text, /At the bottom/);
    timings.push(`${levels}: ${Math.round(ms)} ms`);
  }
  const huge = `<p>${'word '.repeat(600_000)}</p>`;
  const started = performance.now();
  assert.ok(sanitizeArticle(huge).text.length > 2_000_000);
  timings.push(`3 MB: ${Math.round(performance.now() - started)} ms`);
  tried++;
  recordFigures(AREA, { inputsTried: tried, notes: [`sanitizer, levels → time: ${timings.join(', ')}`] });
});

test('deep and oversized pages through extraction: refused in plain words, the main thread free', async () => {
  const extractor = new ArticleExtractor();
  const notes: string[] = [];
  try {
    for (const levels of [300, 2000, 10_000]) {
      const page = `<html><body><article><h1>Deep</h1>${deepHtml(levels)}</article></body></html>`;
      const started = performance.now();
      await assert.rejects(extractor.extract(page, 'https://hostile.example/deep'), /nested more than 256 levels/);
      notes.push(`${levels} levels refused in ${Math.round(performance.now() - started)} ms`);
    }
    const big = `<html><body><article>${'<p>filler words for a very large page</p>'.repeat(120_000)}</article></body></html>`;
    await assert.rejects(extractor.extract(big, 'https://hostile.example/big'), /larger than Broadsheet reads/);
    notes.push(`${(big.length / 1024 / 1024).toFixed(1)} MB refused`);
  } finally {
    extractor.close();
  }
  recordFigures(AREA, { inputsTried: 4, notes: [`extraction: ${notes.join('; ')}`] });
});

test('deep OPML is refused naming its limit; a long one imports', () => {
  const opml = (body: string) => `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${body}</body></opml>`;
  for (const levels of [MAX_OPML_DEPTH + 1, 1000, 50_000]) {
    assert.throws(() => importOpmlText(core.context, opml(`${'<outline text="f">'.repeat(levels)}<outline text="x" xmlUrl="https://x.example/f"/>${'</outline>'.repeat(levels)}`)), new RegExp(`${MAX_OPML_DEPTH} levels`));
  }
  const many = Array.from({ length: 2000 }, (_, i) => `<outline text="F${i}" xmlUrl="https://f${i}.example/feed"/>`).join('');
  assert.equal(importOpmlText(core.context, opml(many)).added, 2000);
  recordFigures(AREA, { inputsTried: 4 });
});

/** The ways 127.0.0.1 (and friends) can be written in a URL, seeded variations included. */
function addressForms(port: number): string[] {
  const forms = [
    '127.0.0.1', '2130706433', '0x7f000001', '0x7F.0x0.0x0.0x1', '0177.0.0.1', '0177.0000.0000.0001', '127.1', '127.0.1', '[::1]', '[0:0:0:0:0:0:0:1]',
    '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '0.0.0.0', '0', 'localhost', 'LocalHost.', 'a.b.localhost', '10.0.0.1', '172.16.5.4', '192.168.0.1',
    '169.254.169.254', '100.64.1.1', '[fc00::1]', '[fe80::1]', '[::]',
  ];
  for (let i = 0; i < 40; i++) {
    // Random loopback and private addresses in random notations.
    const bytes = [[127, randomInt(random, 0, 255), randomInt(random, 0, 255), randomInt(random, 1, 254)], [10, randomInt(random, 0, 255), randomInt(random, 0, 255), randomInt(random, 1, 254)], [192, 168, randomInt(random, 0, 255), randomInt(random, 1, 254)], [169, 254, randomInt(random, 0, 255), randomInt(random, 1, 254)]][i % 4]!;
    const n = ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
    const style = randomInt(random, 0, 3);
    forms.push(style === 0 ? String(n) : style === 1 ? `0x${n.toString(16)}` : style === 2 ? bytes.map((b) => `0${b.toString(8)}`).join('.') : `[::ffff:${bytes.join('.')}]`);
  }
  return forms.map((host) => `http://${host}:${port}/internal/secret`);
}

test('SSRF: every written form of a local address is refused by the guard, and nothing reaches the internal server', async () => {
  const port = Number(new URL(internal.origin).port);
  const guard = guardAllowing(['https://hostile.example/feed']);
  const forms = addressForms(port);
  const limits = { connectTimeoutMs: 500, totalTimeoutMs: 1500, maxCompressedBytes: 1 << 16, maxDecompressedBytes: 1 << 16, maxRedirects: 3, userAgent: 'faults' };
  for (const url of forms) {
    await assert.rejects(fetchBounded({ url, guard }, limits), (error: unknown) => error instanceof FetchError && error.failure === 'blocked', url);
  }
  assert.deepEqual(internalHits, []);
  recordFigures(AREA, { inputsTried: forms.length, failures: internalHits.length, notes: [`SSRF: ${forms.length} address forms refused, 0 requests reached the internal server`] });
});

test('a fuzzed bridge: random methods and arguments never throw out of the dispatcher and never reach a handler unchecked', async () => {
  const host = createHost(core, { allowedOrigins: ['app://broadsheet'], appRoot: REPO_ROOT });
  const values = (): unknown => {
    const pick = randomInt(random, 0, 12);
    return [null, undefined, -1, 0, 1e308, Number.NaN, 'x'.repeat(randomInt(random, 0, 5000)), '__proto__', { __proto__: { polluted: true } }, [1, [2, [3]]], { view: 'all', limit: 1e9 }, true, 'http://127.0.0.1:1/'][pick];
  };
  const names = [...methodNames, 'library.__proto__', 'constructor', 'library.constructor', '', 'nope.nothing', 'sync.__proto__'];
  const senders = [{ url: 'app://broadsheet/', isMainFrame: true }, { url: 'app://broadsheet/', isMainFrame: false }, { url: 'https://evil.example/', isMainFrame: true }];
  let calls = 0;
  const codes = new Map<string, number>();
  for (let i = 0; i < 3000; i++) {
    const method = names[randomInt(random, 0, names.length - 1)]!;
    // Never let the fuzzer reach the network or the shell: those methods get junk only.
    const args = Array.from({ length: randomInt(random, 0, 3) }, values);
    const sender = senders[i % 7 === 0 ? randomInt(random, 1, 2) : 0]!;
    if (/subscribe|refresh|fetchFullText|sync\.|openExternal|importOpml|import$/.test(method) && sender.isMainFrame && sender.url.startsWith('app:')) continue;
    const envelope = await host.dispatch(sender, method, args);
    calls++;
    const key = envelope.ok ? 'ok' : envelope.error.code;
    codes.set(key, (codes.get(key) ?? 0) + 1);
  }
  assert.equal(({} as { polluted?: boolean }).polluted, undefined, 'no prototype was polluted');
  assert.equal(codes.get('INTERNAL') ?? 0, 0, `INTERNAL errors: ${codes.get('INTERNAL')}`);
  host.close();
  recordFigures(AREA, { inputsTried: calls, failures: codes.get('INTERNAL') ?? 0, notes: [`bridge: ${calls} fuzzed calls, ${[...codes].map(([k, v]) => `${k} ${v}`).join(', ')}`] });
});

test('fuzzed app:// paths and symlinks never serve a file outside their roots', async () => {
  const roots = { renderer: join(space.dir, 'renderer'), editionImages: join(space.dir, 'images'), media: join(space.dir, 'media') };
  for (const dir of Object.values(roots)) mkdirSync(dir, { recursive: true });
  writeFileSync(join(roots.renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(space.dir, 'secret.txt'), 'SECRET');
  symlinkSync(join(space.dir, 'secret.txt'), join(roots.media, `${'a'.repeat(64)}.png`));
  symlinkSync(join(space.dir, 'secret.txt'), join(roots.renderer, 'secret.js'));
  symlinkSync(space.dir, join(roots.editionImages, 'up'));
  const pieces = ['..', '%2e%2e', '%2E%2E%2F', '..%2f', '..\\', '%5c', '%00', 'media', 'edition-images', 'up', 'secret.txt', 'secret.js', `${'a'.repeat(64)}.png`, '.', '//', '%252e', '~', 'index.html'];
  let served = 0;
  const tries = 5000;
  for (let i = 0; i < tries; i++) {
    const path = `/${Array.from({ length: randomInt(random, 1, 5) }, () => pieces[randomInt(random, 0, pieces.length - 1)]).join('/')}`;
    const response = await serveAppRequest(roots, path);
    if (response.status === 200) served++;
    assert.ok(!String(response.body).includes('SECRET'), `escaped via ${path}`);
  }
  recordFigures(AREA, { inputsTried: tries, failures: 0, notes: [`app://: ${tries} fuzzed paths (symlinks out of media/, the renderer and edition images among them), ${served} legitimate files served, 0 escapes`] });
});
