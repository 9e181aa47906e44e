import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { containedPath, CONTENT_SECURITY_POLICY, serveAppRequest } from './app-protocol.ts';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-proto-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const roots = { renderer: join(dir, 'renderer'), editionImages: join(dir, 'images') };
mkdirSync(roots.renderer);
mkdirSync(roots.editionImages);
writeFileSync(join(roots.renderer, 'index.html'), '<!doctype html>');
writeFileSync(join(roots.renderer, 'main.js'), 'export {}');
writeFileSync(join(roots.editionImages, 'storm.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(dir, 'secret.txt'), 'top secret');

test('serves the renderer with a strict CSP and nosniff', async () => {
  const res = await serveAppRequest(roots, '/');
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-eval/);
  assert.equal((await serveAppRequest(roots, '/main.js')).headers['content-type'], 'text/javascript; charset=utf-8');
});

test('edition images come from their own root, SVG sandboxed', async () => {
  const res = await serveAppRequest(roots, '/edition-images/storm.svg');
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-type'], 'image/svg+xml');
  assert.match(res.headers['content-security-policy']!, /sandbox/);
});

test('paths that climb out of a root are refused', async () => {
  for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/edition-images/../../secret.txt', '/edition-images/..%2F..%2Fsecret.txt', '/a%00.html', '/%E0%A4%A', '/..\\secret.txt']) {
    const res = await serveAppRequest(roots, path);
    assert.equal(res.status, 404, path);
  }
  assert.equal(containedPath(roots.renderer, '../secret.txt'), null);
});

test('missing files are 404', async () => {
  assert.equal((await serveAppRequest(roots, '/nope.js')).status, 404);
});

test('a symlink inside a root is served only when its real path stays inside that root (issue #13 item 12)', async () => {
  const { symlinkSync } = await import('node:fs');
  const media = join(dir, 'media');
  mkdirSync(media, { recursive: true });
  const outside = join(dir, 'secret.txt');
  const hash = 'a'.repeat(64);
  symlinkSync(outside, join(media, `${hash}.png`));
  symlinkSync(outside, join(roots.renderer, 'linked.js'));
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const inside = 'b'.repeat(64);
  writeFileSync(join(media, `${inside}.png`), png);
  symlinkSync(join(media, `${inside}.png`), join(media, `${'c'.repeat(64)}.png`));
  const withMedia = { ...roots, media };
  assert.equal((await serveAppRequest(withMedia, `/media/${hash}.png`)).status, 404);
  assert.equal((await serveAppRequest(withMedia, '/linked.js')).status, 404);
  // A link that stays inside its root is still a file of that root.
  assert.equal((await serveAppRequest(withMedia, `/media/${'c'.repeat(64)}.png`)).status, 200);
  assert.equal((await serveAppRequest(withMedia, `/media/${inside}.png`)).status, 200);
});
