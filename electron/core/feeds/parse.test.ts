import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { feedFixture } from '../../../e2e/fixtures/fixture-server.ts';
import { CharsetError, decodeBody } from '../net/charset.ts';
import { parseFeedDate } from './dates.ts';
import { alternateFeeds, normaliseAddress } from './discover.ts';
import { entryIdentity } from './ingest.ts';
import { FeedParseError, parseFeedText } from './parse.ts';

const parse = (name: string, url: string, contentType: string | null = null) => parseFeedText(decodeBody(feedFixture(name), contentType).text, url);

test('RSS 0.91 and 0.92 give titles, links and descriptions; an untitled 0.92 item is kept', () => {
  const v091 = parse('rss-0.91.xml', 'http://gazette.example/rss');
  assert.equal(v091.title, 'Harbour Gazette (0.91)');
  assert.equal(v091.entries.length, 2);
  assert.equal(v091.entries[0]!.url, 'http://gazette.example/ferry-winter');
  const v092 = parse('rss-0.92.xml', 'http://valley.example/rss');
  assert.equal(v092.entries[0]!.enclosures[0]!.url, 'http://valley.example/audio/bridge.mp3');
  assert.equal(v092.entries[1]!.title, '');
  assert.match(v092.entries[1]!.summaryHtml, /market day/);
});

test('RSS 2.0 gives author, date, full content, enclosure, thumbnail and category', () => {
  const feed = parse('rss-2.0.xml', 'https://ledger.example/rss.xml');
  assert.equal(feed.format, 'rss');
  assert.equal(feed.siteUrl, 'https://ledger.example/');
  const [tram, library, undated, bare] = feed.entries;
  assert.equal(tram!.id, 'ledger-tram-2025');
  assert.equal(tram!.title, 'Council approves & funds new tram line');
  assert.equal(tram!.author, 'Asha Patel');
  assert.equal(tram!.published, Date.UTC(2025, 5, 2, 15, 0, 0));
  assert.match(tram!.contentHtml, /twelve to three/);
  assert.equal(tram!.image, 'https://ledger.example/thumbs/tram.jpg');
  assert.equal(tram!.enclosures[0]!.type, 'audio/mpeg');
  assert.deepEqual(tram!.categories, ['Transport']);
  assert.equal(library!.published, Date.UTC(2025, 5, 1, 17, 30, 0));
  assert.equal(undated!.published, null);
  assert.equal(bare!.url, null);
  assert.equal(bare!.id, null);
});

test('RSS 1.0 (RDF) items with Dublin Core dates and creators', () => {
  const feed = parse('rss-1.0.rdf', 'http://science-notes.example/index.rdf');
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.entries.length, 2);
  assert.equal(feed.entries[0]!.title, 'Comet visible at dawn this week');
  assert.equal(feed.entries[0]!.author, 'Ren Okafor');
  assert.equal(feed.entries[1]!.published, Date.UTC(2025, 5, 2, 10, 0, 0));
});

test('Atom resolves xml:base on the feed and the entry, and relative links', () => {
  const feed = parse('atom.xml', 'https://atom.example/feeds/atom.xml');
  assert.equal(feed.format, 'atom');
  assert.equal(feed.siteUrl, 'https://atom.example/blog/');
  const [river, orchard] = feed.entries;
  assert.equal(river!.url, 'https://atom.example/blog/2025/06/river.html');
  assert.equal(river!.contentBase, 'https://atom.example/blog/2025/06/');
  assert.equal(river!.image, 'https://atom.example/media/river.jpg');
  assert.equal(river!.author, 'Mina Clarke');
  assert.equal(river!.published, Date.UTC(2025, 5, 4, 6, 0, 0));
  assert.equal(orchard!.url, 'https://atom.example/blog/orchard');
  assert.equal(orchard!.author, 'Field Desk', 'falls back to the feed author');
  assert.match(orchard!.contentHtml, /two weeks early/);
});

test('JSON Feed 1.0 and 1.1', () => {
  const v10 = parse('feed-1.0.json', 'https://tidewater.example/feed.json');
  assert.equal(v10.format, 'json');
  assert.equal(v10.entries[0]!.image, 'https://tidewater.example/img/tide.jpg');
  assert.equal(v10.entries[0]!.author, 'Tidewater Desk');
  assert.match(v10.entries[1]!.contentHtml, /<p>Forty boats took part.<\/p><p>The parade/);
  assert.equal(v10.entries[1]!.published, Date.UTC(2025, 5, 4, 10, 0, 0));
  const v11 = parse('feed-1.1.json', 'https://orbit.example/feed.json');
  assert.equal(v11.entries[0]!.author, 'Sam Iyer');
  assert.equal(v11.entries[0]!.enclosures[0]!.url, 'https://orbit.example/launch.mp3');
  assert.deepEqual(v11.entries[0]!.categories, ['Space']);
});

test('windows-1252, ISO-8859-1 and UTF-16 with a BOM decode to the right characters', () => {
  assert.equal(parse('windows-1252.xml', 'http://cafe.example/rss').entries[0]!.title, '“Smart quotes” – and a €5 fee');
  assert.equal(parse('iso-8859-1.xml', 'http://koeln.example/rss').title, 'Grüße aus Köln');
  assert.equal(parse('iso-8859-1.xml', 'http://koeln.example/rss', 'text/xml; charset=ISO-8859-1').entries[0]!.title, 'Straßenbahn fährt wieder');
  const utf16 = parse('utf-16-bom.xml', 'http://tokyo.example/rss');
  assert.equal(utf16.title, '東京 Daily');
  assert.equal(utf16.entries[0]!.title, '桜の季節 — cherry season');
});

test('the HTTP charset wins over the XML declaration', () => {
  const bytes = iconv.encode('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ålesund</title></channel></rss>', 'iso-8859-1');
  assert.equal(parseFeedText(decodeBody(bytes, 'application/rss+xml; charset=iso-8859-1').text, null).title, 'Ålesund');
});

test('bytes mislabelled as UTF-8 are read as windows-1252; an unknown charset is a plain error', () => {
  const feed = parseFeedText(decodeBody(feedFixture('mislabelled-1252.xml'), 'text/xml; charset=utf-8').text, null);
  assert.equal(feed.entries[0]!.title, 'Naïve café ’quotes’');
  assert.throws(() => decodeBody(Buffer.from('<rss/>'), 'text/xml; charset=x-klingon'), (e: Error) => e instanceof CharsetError && /x-klingon/.test(e.message));
});

test('dates: RFC 822 variants and ISO 8601, all to UTC', () => {
  const at = Date.UTC(2025, 5, 2, 15, 0, 0);
  assert.equal(parseFeedDate('Mon, 02 Jun 2025 10:00:00 EST'), at);
  assert.equal(parseFeedDate('Mon, 2 Jun 2025 15:00:00 GMT'), at);
  assert.equal(parseFeedDate('2 Jun 2025 17:00 +0200'), at);
  assert.equal(parseFeedDate('Mon, 02 Jun 25 15:00:00 Z'), at);
  assert.equal(parseFeedDate('Monday, 02-Jun-2025 15:00:00 UT'), at);
  assert.equal(parseFeedDate('Mon, 02 June 2025 08:00:00 PDT'), at);
  assert.equal(parseFeedDate('2025-06-02T15:00:00Z'), at);
  assert.equal(parseFeedDate('2025-06-02T17:00:00+02:00'), at);
  assert.equal(parseFeedDate('2025-06-02T15:00:00.000Z'), at);
  assert.equal(parseFeedDate('2025-06-02T15:00Z'), at);
  assert.equal(parseFeedDate('2025-06-02'), Date.UTC(2025, 5, 2));
  assert.equal(parseFeedDate(''), null);
  assert.equal(parseFeedDate('not a date'), null);
  assert.equal(parseFeedDate(undefined), null);
});

test('bad documents give plain-words parse errors', () => {
  const reason = (text: string) => {
    try {
      parseFeedText(text, null);
      return 'parsed';
    } catch (error) {
      assert.ok(error instanceof FeedParseError);
      return error.message;
    }
  };
  assert.match(reason(''), /empty/);
  assert.match(reason('<!doctype html><html><body>Hi</body></html>'), /web page, not a feed/);
  assert.match(reason('<rss version="2.0"><channel><title>x</item></channel>'), /damaged|not well-formed/);
  assert.match(reason('{"hello": 1}'), /not a JSON Feed/);
});

test('identity: guid, else link, else a hash of title, description and enclosures', () => {
  const entry = { id: null, url: null, title: 't', summaryHtml: '<p>d</p>', contentHtml: '', enclosures: [{ url: 'https://a/1.mp3', type: 'audio/mpeg', length: null, duration: null }] };
  assert.equal(entryIdentity({ ...entry, id: 'g1', url: 'https://a/1' }), 'g1');
  assert.equal(entryIdentity({ ...entry, url: 'https://a/1' }), 'https://a/1');
  const hashed = entryIdentity(entry);
  assert.match(hashed, /^hash:/);
  assert.equal(entryIdentity({ ...entry }), hashed);
  assert.notEqual(entryIdentity({ ...entry, title: 'u' }), hashed);
  assert.notEqual(entryIdentity({ ...entry, summaryHtml: '<p>e</p>' }), hashed);
  assert.notEqual(entryIdentity({ ...entry, enclosures: [] }), hashed);
});

test('discovery reads <link rel=alternate> with <base>, ignoring non-feed links', () => {
  const found = alternateFeeds(feedFixture('site-several.html').toString(), 'https://ledger.example/');
  assert.deepEqual(
    found.map((c) => [c.url, c.title, c.format]),
    [
      ['https://ledger.example/sub/all.xml', 'Ledger – all stories', 'rss'],
      ['https://ledger.example/opinion.atom', 'Ledger – opinion', 'atom'],
      ['https://other.example/ledger.json', 'Ledger – JSON', 'json'],
    ],
  );
});

test('addresses people paste are normalised; other schemes are refused', () => {
  assert.equal(normaliseAddress('example.com/feed'), 'https://example.com/feed');
  assert.equal(normaliseAddress('feed://example.com/rss'), 'https://example.com/rss');
  assert.equal(normaliseAddress('feed:http://example.com/rss'), 'http://example.com/rss');
  assert.equal(normaliseAddress('file:///etc/passwd'), null);
  assert.equal(normaliseAddress('javascript:alert(1)'), null);
  assert.equal(normaliseAddress('   '), null);
});
