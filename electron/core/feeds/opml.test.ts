// OPML edge cases from issue #13 (items 13 and 14): an empty export, scheme
// case, address length, folder names holding the separator, and deep nesting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseOpml } from 'feedsmith';
import { tempLibrary } from '../testing/temp-library.ts';
import { MAX_STRING } from '../../shared/contract.ts';
import { exportOpmlText, importOpmlText } from './opml.ts';

const opml = (body: string) => `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${body}</body></opml>`;

test('a library with no feed subscriptions exports an empty, valid OPML document (item 13)', async () => {
  const lib = tempLibrary({ seed: true });
  try {
    const text = await lib.core.handlers.feeds.exportOpml();
    const parsed = parseOpml(text) as { head?: { title?: string }; body?: { outlines?: unknown[] } };
    assert.equal(parsed.head?.title, 'Broadsheet subscriptions');
    assert.deepEqual(parsed.body?.outlines ?? [], []);
    // And it imports back as nothing.
    assert.deepEqual(importOpmlText(lib.core.context, text), { added: 0, skipped: 0, problems: [] });
  } finally {
    lib.dispose();
  }
});

test('scheme case does not matter: HTTP:// and Https:// feeds are imported (item 14)', () => {
  const lib = tempLibrary();
  try {
    const result = importOpmlText(lib.core.context, opml('<outline text="A" xmlUrl="HTTP://a.example/feed"/><outline text="B" xmlUrl="Https://b.example/feed"/>'));
    assert.deepEqual(result, { added: 2, skipped: 0, problems: [] });
    assert.deepEqual(lib.core.store.sources().map((s) => s.feedUrl).sort(), ['http://a.example/feed', 'https://b.example/feed']);
  } finally {
    lib.dispose();
  }
});

test('feed addresses longer than the bridge accepts are reported, not stored (item 14)', () => {
  const lib = tempLibrary();
  try {
    const long = `https://long.example/${'a'.repeat(100_000)}`;
    const result = importOpmlText(lib.core.context, opml(`<outline text="Long" xmlUrl="${long}"/><outline text="Site" xmlUrl="https://ok.example/feed" htmlUrl="https://ok.example/${'b'.repeat(5000)}"/>`));
    assert.equal(result.added, 1);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]!, /longer than 2,048 characters/);
    const [source] = lib.core.store.sources();
    assert.equal(source!.feedUrl, 'https://ok.example/feed');
    assert.ok((source!.siteUrl ?? '').length <= MAX_STRING);
  } finally {
    lib.dispose();
  }
});

test('a folder named "A / B" comes back as one folder, not nested (item 14)', () => {
  const lib = tempLibrary();
  try {
    importOpmlText(lib.core.context, opml('<outline text="A / B"><outline text="F" xmlUrl="https://f.example/feed"/></outline><outline text="News"><outline text="World"><outline text="W" xmlUrl="https://w.example/feed"/></outline></outline>'));
    const exported = exportOpmlText(lib.core.context);
    const other = tempLibrary();
    try {
      importOpmlText(other.core.context, exported);
      const folders = Object.fromEntries(other.core.store.sources().map((s) => [s.title, s.folder]));
      const original = Object.fromEntries(lib.core.store.sources().map((s) => [s.title, s.folder]));
      assert.deepEqual(folders, original);
      // Nested folders still round-trip as nesting.
      assert.match(exported, /<outline text="News"[^>]*>\s*<outline text="World"/);
      assert.match(exported, /<outline text="A \/ B"/);
    } finally {
      other.dispose();
    }
  } finally {
    lib.dispose();
  }
});

test('nesting past the limit is refused naming the limit, not as "not OPML" (item 14)', () => {
  const lib = tempLibrary();
  try {
    const deep = (n: number) => opml(`${'<outline text="f">'.repeat(n)}<outline text="x" xmlUrl="https://deep.example/feed"/>${'</outline>'.repeat(n)}`);
    // 50 levels of folders is unusual but fine.
    assert.equal(importOpmlText(lib.core.context, deep(50)).added, 1);
    assert.throws(
      () => importOpmlText(lib.core.context, deep(150)),
      (error: Error & { code?: string }) => error.code === 'INVALID_ARGUMENT' && /nested more than \d+ levels/.test(error.message) && !/not OPML/.test(error.message),
    );
    assert.throws(() => importOpmlText(lib.core.context, deep(20_000)), /nested more than \d+ levels/);
  } finally {
    lib.dispose();
  }
});
