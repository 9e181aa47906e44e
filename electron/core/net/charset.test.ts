// Page decoding follows the HTML standard's encoding sniffing (issue #13 item 16):
// a declaration cut off by the end of the 1,024-byte prescan is no declaration,
// an unknown label is ignored, and a page is never refused for its encoding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CharsetError, decodeBody, decodePage } from './charset.ts';

/** A page whose <meta charset="utf-8"> straddles byte 1,024: the prescan sees only `charset="ut`. */
function metaAcrossPrescanEnd(): Buffer {
  const before = '<!doctype html><html><head><title>Café</title><!-- ';
  const tail = ' --><meta charset="utf-8"></head><body><p>Crème brûlée, naïve café — “quoted”.</p></body></html>';
  const padTo = 1024 - Buffer.byteLength(before) - Buffer.byteLength(' --><meta charset="ut');
  return Buffer.from(before + 'x'.repeat(padTo) + tail, 'utf8');
}

test('a meta charset cut by the end of the prescan is no declaration: the page decodes as UTF-8', () => {
  const bytes = metaAcrossPrescanEnd();
  assert.equal(bytes.subarray(0, 1024).toString('latin1').endsWith('charset="ut'), true, 'the fixture cuts the value at byte 1,024');
  const page = decodePage(bytes, 'text/html');
  assert.equal(page.encoding, 'utf-8');
  assert.match(page.text, /Crème brûlée, naïve café — “quoted”/);
  // The feed path reads the same prescan and no longer takes "ut" for a label either.
  assert.match(decodeBody(bytes, null).text, /Crème brûlée/);
});

test('an unknown label is ignored: HTTP header, then meta, then UTF-8 validity, then windows-1252; never a refusal', () => {
  const utf8 = Buffer.from('<html><head><meta charset="x-klingon"></head><body><p>Ålesund</p></body></html>', 'utf8');
  assert.equal(decodePage(utf8, 'text/html; charset=x-klingon').encoding, 'utf-8');
  assert.match(decodePage(utf8, 'text/html; charset=x-klingon').text, /Ålesund/);
  // Not UTF-8 and no usable label: windows-1252, curly quotes at 0x93/0x94.
  const decoded = decodePage(Buffer.from('<html><head><meta charset="x-klingon"></head><body><p>\xc5lesund \x93quoted\x94</p></body></html>', 'latin1'), null);
  assert.equal(decoded.encoding, 'windows-1252');
  assert.match(decoded.text, /Ålesund “quoted”/);
  // An unknown header label falls through to a known meta declaration.
  const koi = Buffer.concat([Buffer.from('<meta charset="koi8-r"><p>'), Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), Buffer.from('</p>')]);
  assert.match(decodePage(koi, 'text/html; charset=bogus').text, /Привет/);
  // A later meta still counts when an earlier one names nothing Broadsheet knows (the prescan goes on).
  assert.match(decodePage(Buffer.concat([Buffer.from('<meta charset="nope"><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>'), Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4])]), null).text, /Привет/);
  // A BOM wins over everything.
  assert.equal(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="koi8-r">é')]), 'text/html; charset=iso-8859-2').text, '<meta charset="koi8-r">é');
});

test('feeds keep their plain-words refusal of a declared encoding nobody can read', () => {
  assert.throws(() => decodeBody(Buffer.from('<rss/>'), 'text/xml; charset=x-klingon'), (e: Error) => e instanceof CharsetError && /feed says/.test(e.message));
});
