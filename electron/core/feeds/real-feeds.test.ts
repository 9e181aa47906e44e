// Feeds as they are found in the wild (issue #15 items 10 and 11): an image-led
// feed whose picture is the item, and an RSS 0.92 archive whose items have no
// title, no link and no date.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { feedFixture } from '../../../e2e/fixtures/fixture-server.ts';
import { tempLibrary } from '../testing/temp-library.ts';
import { entryIdentity, ingestEntries } from './ingest.ts';
import { parseFeedText } from './parse.ts';

const ORIGIN = 'http://127.0.0.1:9';
const fixture = (name: string) => feedFixture(name).toString().replaceAll('{origin}', ORIGIN);

test('image-led feeds: an image enclosure, Media RSS content (typed, grouped or only named *.jpg) or a thumbnail is the entry’s image', () => {
  const feed = parseFeedText(fixture('image-led.xml'), `${ORIGIN}/orbit/feed.xml`);
  assert.deepEqual(
    feed.entries.map((e) => [e.title, e.image]),
    [
      ['Aurora over the Scandinavian coast', `${ORIGIN}/orbit/img/aurora.png`],
      ["Rover's view of the crater rim, sol 1,204", `${ORIGIN}/orbit/img/crater-rim.png`],
      ["Saturn's rings edge-on", `${ORIGIN}/orbit/img/saturn-thumb.png`],
      ['A lunar eclipse in five frames', `${ORIGIN}/orbit/img/eclipse.png`],
      ['Dust devil on the plain', `${ORIGIN}/orbit/img/dust-devil.jpg`],
    ],
  );
});

test('identity without guid or link: a hash of title, description and enclosure, so 22 untitled, undated items stay 22', () => {
  const feed = parseFeedText(fixture('rss-0.92-archive.xml'), 'http://archive.example/feed.xml');
  assert.equal(feed.entries.length, 22);
  assert.ok(feed.entries.every((e) => !e.id && !e.url && !e.title && e.published === null));
  const identities = new Set(feed.entries.map(entryIdentity));
  assert.equal(identities.size, 22, 'every item is its own (two share their words, not their recording)');
  for (const id of identities) assert.match(id, /^hash:[0-9a-f]{32}$/);
  // The same item read again is the same identity; a date the feed adds or changes later does not make it another.
  const [first] = feed.entries;
  const dated = { ...first!, published: Date.UTC(2026, 0, 1) };
  assert.equal(entryIdentity(dated), entryIdentity(first!));
  assert.notEqual(entryIdentity({ ...first!, summaryHtml: `${first!.summaryHtml} (remastered)` }), entryIdentity(first!));
});

const lib = tempLibrary();
after(() => lib.dispose());

test('undated items are dated when first seen, in the feed’s order, and never dated again', () => {
  const store = lib.core.store;
  const sourceId = store.addSource({ title: 'Tapehead Live Archive', feedUrl: 'http://archive.example/feed.xml' });
  const feed = parseFeedText(fixture('rss-0.92-archive.xml'), 'http://archive.example/feed.xml');
  const firstSight = Date.UTC(2026, 10, 30, 9, 0, 0);
  const first = ingestEntries(store, sourceId, feed, firstSight);
  assert.equal(first.added.length, 22);
  const listed = () => store.list({ view: 'all', sourceId, limit: 100 }).items;
  const before = listed();
  assert.equal(before.length, 22);
  // Dated at first sight (to the minute), and listed in the order the feed gives them.
  for (const item of before) assert.ok(Math.abs(Date.parse(item.published) - firstSight) < 60_000);
  assert.deepEqual(
    before.map((a) => a.title.slice(0, 40)),
    feed.entries.map((e) => e.summaryHtml.slice(0, 40)),
  );

  // A day later the archive adds a show at the top: it is dated then, and sorts above the rest.
  const newShow = parseFeedText(
    fixture('rss-0.92-archive.xml').replace(
      '<item>',
      '<item><description>Live at the Albert Hall, 1 May 2004: the anniversary show.</description><enclosure url="http://archive.example/audio/2004-albert-hall.mp3" length="1" type="audio/mpeg"/></item><item>',
    ),
    'http://archive.example/feed.xml',
  );
  const nextDay = firstSight + 24 * 3600_000;
  const second = ingestEntries(store, sourceId, newShow, nextDay);
  assert.equal(second.added.length, 1);
  assert.equal(second.updated.length, 0);
  const after = listed();
  assert.equal(after.length, 23);
  assert.match(after[0]!.title, /^Live at the Albert Hall/);
  assert.ok(Math.abs(Date.parse(after[0]!.published) - nextDay) < 60_000);
  // Nothing seen before was dated again.
  assert.deepEqual(after.slice(1).map((a) => a.published), before.map((a) => a.published));

  // And a week later, nothing moves.
  const third = ingestEntries(store, sourceId, newShow, nextDay + 7 * 24 * 3600_000);
  assert.equal(third.added.length + third.updated.length, 0);
  assert.deepEqual(listed().map((a) => [a.id, a.published]), after.map((a) => [a.id, a.published]));
});
