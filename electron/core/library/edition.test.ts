import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ASSETS_DIR, tempLibrary } from '../testing/temp-library.ts';
import { readEdition, seedEdition } from './edition.ts';

const edition = readEdition(ASSETS_DIR);

test('the bundled edition is substantial and varied', () => {
  assert.ok(edition.articles.length >= 40);
  assert.ok(new Set(edition.articles.map((a) => a.section)).size >= 8);
  const outletsByStory = new Map<string, Set<string>>();
  for (const a of edition.articles) if (a.story) outletsByStory.set(a.story, (outletsByStory.get(a.story) ?? new Set()).add(a.outlet));
  const multiOutlet = [...outletsByStory.values()].filter((o) => o.size >= 3 && o.size <= 5);
  assert.ok(multiOutlet.length >= 3, 'several stories covered by 3 to 5 outlets');
});

test('a new library gets the edition once, with fresh dates and sanitized bodies', () => {
  const now = Date.UTC(2026, 10, 25, 12);
  const lib = tempLibrary({ now: () => now });
  try {
    assert.equal(seedEdition(lib.core.store, edition, now), edition.articles.length);
    assert.equal(seedEdition(lib.core.store, edition, now), 0, 'seeding twice adds nothing');
    const page = lib.core.store.list({ view: 'all', limit: 500 });
    assert.equal(page.total, edition.articles.length);
    const newest = Math.min(...edition.articles.map((a) => a.hoursAgo));
    assert.equal(page.items[0]!.published, new Date(now - newest * 3600_000).toISOString());
    assert.equal(lib.core.store.sources().length, edition.outlets.length);
    const body = lib.core.store.article(page.items[0]!.id).html;
    assert.doesNotMatch(body, /<script|onerror=|style=/);
  } finally {
    lib.dispose();
  }
});

test('openLibraryCore seeds a new library and keeps state on reopen', () => {
  const lib = tempLibrary({ seed: true });
  try {
    assert.equal(lib.core.store.counts().articles, edition.articles.length);
  } finally {
    lib.dispose();
  }
});
