import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, test } from 'node:test';
import type { ArticleSummary } from '../../shared/models.ts';
import { ArticleStore } from '../library/article-store.ts';
import { DATABASE_FILE, openDatabase } from '../library/database.ts';
import { migrations, SCHEMA_VERSION } from '../library/schema.ts';
import { addArticles, tempLibrary, type TempLibrary } from '../testing/temp-library.ts';
import { sanitizeArticle } from '../text/sanitize.ts';
import { relatedArticles } from './related.ts';
import { start, type FixtureServer } from '../../../e2e/fixtures/fixture-server.ts';
import { assignPending, headlineCoverage, headlineSystem, MIN_HEADLINE_COVERAGE, StoryAssigner } from './stories.ts';

const now = Date.UTC(2026, 2, 10, 12);
const storm = (detail: string) =>
  `Storm Oriel struck Dunmere overnight. Mayor Talvik said the Dunmere sea wall failed and crews counted 40 boats adrift in Dunmere harbour. ${detail}`;
const FILLER = ['Rocket reaches orbit from Vell spaceport', 'Court fines Brask Holdings over river pollution', 'Rail strike halts trains in Ostrava', 'Central bank holds rates at four percent'];

describe('stories folded in the list', () => {
  let lib: TempLibrary;
  afterEach(() => lib.dispose());

  function library() {
    lib = tempLibrary({ now: () => now });
    const core = lib.core;
    const filler = addArticles(
      core,
      'Other Gazette',
      FILLER.map((title, i) => ({ title, body: `${title}.`, hoursAgo: 1 + i * 3 })),
      now,
    );
    const [north] = addArticles(core, 'North Post', [{ title: 'Storm Oriel breaches Dunmere sea wall', body: storm('Rescue teams worked through the night.'), hoursAgo: 6 }], now);
    const [south] = addArticles(core, 'South Wire', [{ title: 'Dunmere counts cost of Storm Oriel', body: storm('The council met at dawn to count the cost, street by street, and asked the region for help with the harbour and the sea wall.'), hoursAgo: 5 }], now);
    const [east] = addArticles(core, 'East Times', [{ title: 'Oriel leaves Dunmere harbour wrecked', body: storm('Fishermen said the harbour had never seen such a night.'), hoursAgo: 4 }], now);
    core.stories.drain();
    return { core, filler, north: north!, south: south!, east: east! };
  }

  const rows = (items: ArticleSummary[]) => items.map((i) => [i.id, ...(i.story?.others.map((o) => o.id) ?? [])]);

  test('one row per story: the most complete version leads, the other outlets are listed beneath it, and the unread count is the story\'s', () => {
    const { core, filler, north, south, east } = library();
    const page = core.handlers.library.articles({ view: 'all', fold: true, limit: 50 }) as Awaited<ReturnType<typeof core.store.list>>;
    const storyRow = page.items.find((i) => i.story);
    assert.ok(storyRow, 'the three reports fold into one row');
    assert.equal(storyRow.id, south, 'the longest version leads');
    assert.deepEqual(new Set(storyRow.story!.others.map((o) => o.id)), new Set([north, east]));
    assert.equal(storyRow.story!.unread, 3);
    assert.equal(page.items.length, filler.length + 1);
    // The row sits where the story's first report does.
    const unfolded = core.store.list({ view: 'all', limit: 50 }).items.map((i) => i.id);
    const position = page.items.indexOf(storyRow);
    assert.deepEqual(
      page.items.slice(0, position).map((i) => i.id),
      unfolded.filter((id) => filler.includes(id) && unfolded.indexOf(id) < unfolded.indexOf(north)),
    );
    // Without fold the list is as before.
    assert.equal(unfolded.length, filler.length + 3);
  });

  test('a preferred source leads its story', () => {
    const { core, north } = library();
    const sourceId = core.store.summary(north).source.id;
    assert.equal(core.handlers.related.setStoryLead(sourceId, true), true);
    assert.equal(core.store.sources().find((s) => s.id === sourceId)!.storyLead, true);
    const row = core.store.list({ view: 'all', fold: true }).items.find((i) => i.story)!;
    assert.equal(row.id, north);
    assert.throws(() => core.handlers.related.setStoryLead(9999, true), /not in the library/);
  });

  test('keyset pages of a folded list give every story once', () => {
    const { core } = library();
    const seen: number[][] = [];
    let cursor: string | null = null;
    do {
      const page = core.store.list({ view: 'all', fold: true, limit: 1, cursor });
      seen.push(...rows(page.items));
      cursor = page.next;
    } while (cursor);
    assert.deepEqual(seen, rows(core.store.list({ view: 'all', fold: true, limit: 50 }).items));
  });

  test('a story that gains a report keeps its row and place; with "latest coverage" it moves up', () => {
    const { core, north } = library();
    const before = core.store.list({ view: 'all', fold: true }).items;
    const storyId = before.find((i) => i.story)!.story!.id;
    const [late] = addArticles(core, 'West Herald', [{ title: 'Dunmere sea wall: Storm Oriel clean-up begins', body: storm('The clean-up began on Thursday with army help.'), hoursAgo: 0.5 }], now);
    core.stories.drain();
    const after = core.store.list({ view: 'all', fold: true }).items;
    const row = after.find((i) => i.story)!;
    assert.equal(row.story!.id, storyId, 'the same story');
    assert.ok(row.story!.others.some((o) => o.id === late) || row.id === late);
    assert.equal(after.indexOf(row), before.indexOf(before.find((i) => i.story)!), 'same position');
    const latest = core.store.list({ view: 'all', fold: true, storyOrder: 'latest' }).items;
    assert.equal(latest[0]!.story?.id, storyId, 'sorted by latest coverage it is on top');
    assert.ok([latest[0]!.id, ...latest[0]!.story!.others.map((o) => o.id)].includes(north));
  });

  test('reading a story once marks every report of it read; unreading one copy leaves the others read', () => {
    const { core, north, south, east } = library();
    const marked = core.handlers.related.markStoryRead(south) as number[];
    assert.deepEqual(new Set(marked), new Set([north, south, east]));
    core.handlers.library.setRead(east, false);
    assert.equal(core.store.summary(north).read, true);
    assert.equal(core.store.summary(south).read, true);
    const unread = core.store.list({ view: 'unread', fold: true }).items;
    const row = unread.find((i) => i.id === east)!;
    assert.equal(row.story, undefined, 'in Unread only the unread copy is left, alone');
    assert.equal((core.handlers.related.markStoryRead(south) as number[]).length, 1, 'only what was unread is marked (and undone)');
  });

  test('preferences: folding, reading once and story order have defaults and are kept', () => {
    const { core } = library();
    const prefs = core.handlers.preferences.get() as { foldStories: boolean; readStoryOnce: boolean; storyOrder: string };
    assert.deepEqual([prefs.foldStories, prefs.readStoryOnce, prefs.storyOrder], [true, true, 'first']);
    const next = core.handlers.preferences.set({ foldStories: false, storyOrder: 'latest' }) as typeof prefs;
    assert.deepEqual([next.foldStories, next.storyOrder], [false, 'latest']);
  });
});

describe('a new subscription folds with the library in the background', () => {
  let lib: TempLibrary;
  let server: FixtureServer | null = null;
  afterEach(async () => {
    lib.dispose();
    await server?.close();
  });

  test('subscribing decides the new articles\' stories without waiting for a refresh or a restart', async () => {
    // Subscribe stores a feed's first articles itself: it must wake the story assigner as a refresh does.
    const feed = (outlet: string, title: string, detail: string, hoursAgo: number) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>${outlet}</title><link>http://127.0.0.1/</link><description>News</description>
<item><title>${title}</title><link>http://127.0.0.1/${encodeURIComponent(outlet)}</link><pubDate>${new Date(Date.now() - hoursAgo * 3600_000).toUTCString()}</pubDate>
<description>${storm(detail)}</description></item></channel></rss>`;
    server = await start({
      routes: {
        '/north.xml': { body: feed('North Post', 'Storm Oriel breaches Dunmere sea wall', 'Rescue teams worked through the night.', 3), headers: { 'content-type': 'application/rss+xml' } },
        '/south.xml': { body: feed('South Wire', 'Dunmere counts cost of Storm Oriel', 'The council met at dawn to count the cost, street by street.', 2), headers: { 'content-type': 'application/rss+xml' } },
      },
    });
    lib = tempLibrary();
    const core = lib.core;
    core.start();
    await core.stories.idle();
    for (const path of ['/north.xml', '/south.xml']) {
      const result = (await core.handlers.feeds.subscribe(server.url(path))) as { kind: string };
      assert.equal(result.kind, 'subscribed');
    }
    // The new articles are indexed in the background first (the catch-up), which then wakes the assigner.
    await core.backfill.idle();
    await core.stories.idle();
    const row = core.store.list({ view: 'all', fold: true, limit: 50 }).items.find((i) => i.story);
    assert.ok(row, 'the two reports fold into one row without a drain');
    assert.equal(row.story!.others.length, 1);
  });
});

describe('story features leave out what is not the story', () => {
  let lib: TempLibrary;
  afterEach(() => lib.dispose());

  test('per-source boilerplate ("View Entire Post") does not make a source\'s unrelated items related', () => {
    lib = tempLibrary({ now: () => now });
    const subjects = [
      'These dogs have the funniest reactions to snow',
      'Twenty breakfast recipes you can make in five minutes',
      'The best reality television moments of the decade',
      'Celebrities who wore the same outfit twice this year',
      'People share the worst advice their parents gave them',
      'Cats who think they are absolutely loaves of bread',
      'Teachers reveal the funniest excuses students gave',
      'Hotels with the strangest themed bedrooms in Europe',
      'Wedding guests confess what they really thought',
      'Kitchen gadgets that are actually worth the money',
    ];
    const ids = addArticles(
      lib.core,
      'BuzzFeed',
      subjects.map((title, i) => ({ title, body: `${title}. View Entire Post ›`, hoursAgo: i + 1 })),
      now,
    );
    addArticles(
      lib.core,
      'Other Gazette',
      FILLER.map((title, i) => ({ title, body: `${title}. Officials said more details would follow.`, hoursAgo: i + 1 })),
      now,
    );
    for (const id of ids) {
      const entries = relatedArticles(lib.core.store, id);
      assert.deepEqual(entries.filter((e) => ids.includes(e.article.id)).map((e) => e.reason), [], `item ${id} lists its siblings only for the boilerplate`);
    }
  });

  test('a single uncommon word in common is not a reason to be related', () => {
    lib = tempLibrary({ now: () => now });
    const [a] = addArticles(lib.core, 'Garden Weekly', [{ title: 'Dry summer ahead for allotments', body: 'Gardeners should mulch early and water at dawn, the society advises.' }], now);
    const [b] = addArticles(lib.core, 'Wine Notes', [{ title: 'A dry riesling worth the price', body: 'The Mosel bottling pairs with spicy food and keeps for a decade.' }], now);
    addArticles(
      lib.core,
      'Other Gazette',
      FILLER.map((title, i) => ({ title, body: `${title}. Officials said more details would follow.`, hoursAgo: i + 1 })),
      now,
    );
    assert.deepEqual(relatedArticles(lib.core.store, a!).map((e) => e.article.id), []);
    assert.deepEqual(relatedArticles(lib.core.store, b!).map((e) => e.article.id), []);
  });

  test('background about the same town and mayor does not join a story whose headline it never carries (the sea-wall dispute before the storm)', () => {
    lib = tempLibrary({ now: () => now });
    const core = lib.core;
    addArticles(core, 'Other Gazette', FILLER.map((title, i) => ({ title, body: `${title}. Officials said more details would follow.`, hoursAgo: i + 1 })), now);
    const town = 'Mayor Talvik, the Dunmere sea wall on Quay Street and the Dunmere harbour';
    const [dispute] = addArticles(
      core,
      'Harbour Ledger',
      [{ title: 'Dunmere mayor and region clash over sea wall repair bill', body: `A survey found the wall failing. ${town} need repairs costing eleven million, and Mayor Talvik says the region must pay for the Dunmere sea wall.`, hoursAgo: 60 }],
      now,
    );
    const [night] = addArticles(
      core,
      'Daily Lantern',
      [{ title: "'The whole house was humming': a night inside Storm Oriel", body: `The baker on Quay Street kept baking when the lights went. ${storm('By dawn Mayor Talvik and the baker stood on Quay Street by the Dunmere sea wall.')}`, hoursAgo: 14 }],
      now,
    );
    const [wire] = addArticles(core, 'Capital Wire', [{ title: 'Storm Oriel breaches Dunmere sea wall', body: storm('Power was cut to thousands of homes.'), hoursAgo: 5 }], now);
    // Only the feature is within the same-story window of the dispute (46 hours), as in the sample edition.
    core.stories.drain();
    const groups = core.store.storyGroups;
    assert.notEqual(groups.storyOf(night!), null);
    assert.equal(groups.storyOf(night!), groups.storyOf(wire!), 'the two storm reports are one story');
    assert.notEqual(groups.storyOf(dispute!), groups.storyOf(night!), 'the dispute never names the storm: it is not the storm story');
  });
});

describe('two named storms a day apart', () => {
  let lib: TempLibrary;
  afterEach(() => lib.dispose());

  // Both storms hit the same town, and reports of each name the other: by words alone they are one story.
  const oriel = (detail: string) =>
    `Storm Oriel struck Dunmere overnight with gusts of 90mph. Mayor Talvik said the Dunmere sea wall failed, power was cut to thousands of homes and trains were cancelled. Forecasters warned Storm Petra would follow within a day. ${detail}`;
  const petra = (detail: string) =>
    `Storm Petra struck Dunmere a day after Storm Oriel, with gusts of 95mph. Mayor Talvik said the Dunmere sea wall gave way again, power was cut to thousands of homes and trains were cancelled. ${detail}`;

  test('each keeps its own story, even when a report naming both arrives in the same refresh', () => {
    lib = tempLibrary({ now: () => now });
    const core = lib.core;
    // One refresh brings every report, so the first decisions see the later ones still undecided.
    core.stories.close();
    addArticles(core, 'Other Gazette', FILLER.map((title, i) => ({ title, body: `${title}. Officials said more details would follow.`, hoursAgo: 40 + i })), now);
    const first = [
      ...addArticles(core, 'North Post', [{ title: 'Storm Oriel: Dunmere sea wall fails as 90mph gusts hit', body: oriel('Rescue teams worked through the night.'), hoursAgo: 30 }], now),
      ...addArticles(core, 'South Wire', [{ title: 'Thousands without power in Dunmere after Storm Oriel', body: oriel('The council met at dawn.'), hoursAgo: 29 }], now),
      ...addArticles(core, 'East Times', [{ title: 'Storm Oriel cancels Dunmere trains', body: oriel('Fishermen said the harbour had never seen such a night.'), hoursAgo: 28 }], now),
    ];
    const [bridge] = addArticles(core, 'West Herald', [{ title: 'Storm Petra heads for Dunmere a day after Storm Oriel', body: petra('Residents were told to stay indoors.'), hoursAgo: 8 }], now);
    const second = [
      ...addArticles(core, 'Harbour Ledger', [{ title: 'Storm Petra: Dunmere sea wall gives way again', body: petra('Rescue teams were out again.'), hoursAgo: 6 }], now),
      ...addArticles(core, 'Capital Wire', [{ title: 'Power cut to thousands in Dunmere as Storm Petra hits', body: petra('The council asked the region for help.'), hoursAgo: 5 }], now),
      ...addArticles(core, 'Daily Lantern', [{ title: 'Storm Petra cancels Dunmere trains', body: petra('The harbour was closed.'), hoursAgo: 4 }], now),
    ];
    while (assignPending(core.store, core.store.storyGroups, 500).considered > 0);
    const groups = core.store.storyGroups;
    const storyOf = (id: number) => groups.storyOf(id);
    assert.notEqual(storyOf(first[0]!), null, 'the first storm\'s reports fold');
    assert.ok(first.every((id) => storyOf(id) === storyOf(first[0]!)));
    assert.notEqual(storyOf(second[0]!), null, 'the second storm\'s reports fold');
    assert.ok(second.every((id) => storyOf(id) === storyOf(second[0]!)));
    assert.notEqual(storyOf(first[0]!), storyOf(second[0]!), 'two storms are two stories');
    assert.equal(storyOf(bridge!), storyOf(second[0]!), 'a headline about Petra that recalls Oriel is Petra\'s');
  });
});

test('the storm a headline is about: the one beside a kind word, else the first it names; only names the text gives as a storm\'s', () => {
  assert.equal(headlineSystem('Storm Jocelyn follows in the wake of Storm Isha', 'Storm Jocelyn arrives. Storm Isha left.'), 'jocelyn');
  assert.equal(headlineSystem('After Ciarán, the Domingos storm shakes France', 'After storm Ciarán, storm Domingos hit.'), 'domingos');
  assert.equal(headlineSystem('France braces for Domingos amid Ciarán aftermath', 'Storm Domingos follows Storm Ciarán.'), 'domingos');
  assert.equal(headlineSystem('STORM DANIEL: Death toll rises to 4', 'Storm Daniel hit central Greece.'), 'daniel');
  assert.equal(headlineSystem('La tempête Ciarán frappe la Bretagne', 'La tempête Ciarán a frappé.'), 'ciaran');
  assert.equal(headlineSystem('Storm Warning Issued For Coast', 'A storm warning was issued for the coast.'), null, 'Title Case is not a name');
  assert.equal(headlineSystem('Thousands without power as gales hit', 'Storm Dudley brought down lines.'), null, 'a headline naming no storm is about none');
  assert.equal(headlineSystem('Rocket reaches orbit', 'The rocket reached orbit.'), null);
});

test('headline coverage: the idf-weighted share of a headline\'s words the other article carries', () => {
  const idf = (term: string) => (term === 'oriel' ? 3 : 1);
  assert.equal(headlineCoverage('Storm Oriel hits Dunmere', new Set(['oriel', 'dunmere']), idf), 4 / 6);
  assert.equal(headlineCoverage('A night inside Storm Oriel', new Set(['dunmere', 'harbour']), idf), 0);
  assert.equal(headlineCoverage('— !', new Set(), idf), 1, 'a headline of no words neither agrees nor disagrees');
  assert.ok(MIN_HEADLINE_COVERAGE > 0 && MIN_HEADLINE_COVERAGE < 0.5);
});

describe('story decisions are background work in short steps', () => {
  let lib: TempLibrary;
  afterEach(() => lib.dispose());

  function pendingLibrary() {
    lib = tempLibrary({ now: () => now });
    const core = lib.core;
    // The core's own assigner would take these in its own steps; this test drives them.
    core.stories.close();
    addArticles(core, 'Other Gazette', FILLER.map((title, i) => ({ title, body: `${title}. Officials said more details would follow.`, hoursAgo: 10 + i })), now);
    const storms = [
      ...addArticles(core, 'North Post', [{ title: 'Storm Oriel breaches Dunmere sea wall', body: storm('Rescue teams worked through the night.'), hoursAgo: 6 }], now),
      ...addArticles(core, 'South Wire', [{ title: 'Dunmere counts cost of Storm Oriel', body: storm('The council met at dawn.'), hoursAgo: 5 }], now),
      ...addArticles(core, 'East Times', [{ title: 'Oriel leaves Dunmere harbour wrecked', body: storm('Fishermen said the harbour had never seen such a night.'), hoursAgo: 4 }], now),
    ];
    return { core, storms: storms as number[] };
  }

  test('a step stops once its time is used up, and the next one goes on where it stopped, to the same stories', () => {
    const { core, storms } = pendingLibrary();
    const groups = core.store.storyGroups;
    const waiting = groups.pending(100).length;
    assert.equal(waiting, FILLER.length + storms.length);
    // Each article "takes" 5 ms on this clock: a 12 ms step decides three and yields.
    let t = 0;
    const budget = { ms: 12, clock: () => (t += 5) };
    assert.equal(assignPending(core.store, groups, 50, undefined, budget).considered, 3);
    assert.equal(groups.pending(100).length, waiting - 3);
    let steps = 1;
    while (assignPending(core.store, groups, 50, undefined, budget).considered > 0) steps++;
    assert.equal(steps, Math.ceil(waiting / 3));
    assert.equal(groups.pending(100).length, 0);
    const story = groups.storyOf(storms[0]!);
    assert.notEqual(story, null);
    assert.deepEqual(storms.map((id) => groups.storyOf(id)), [story, story, story]);
  });

  test('the background assigner never decides more in one step than its budget allows', async () => {
    const { core, storms } = pendingLibrary();
    const groups = core.store.storyGroups;
    const seen: number[] = [];
    // A budget already spent after each article: every step decides exactly one.
    const assigner = new StoryAssigner(core.store, groups, () => seen.push(groups.pending(100).length), { ms: 0 }, 0);
    try {
      const waiting = groups.pending(100).length;
      assigner.wake();
      await assigner.idle();
      assert.equal(groups.pending(100).length, 0);
      // The backlog is taken newest first, one article a step: each storm report is reported by its own step
      // (the first joins the other two at once; each later one finds itself in that story), the fillers stand alone.
      assert.deepEqual(seen, [waiting - 1, waiting - 2, waiting - 3]);
      assert.equal(groups.storyOf(storms[2]!), groups.storyOf(storms[0]!));
    } finally {
      assigner.close();
    }
  });

  test('while a backlog lasts, the window hears of grouped articles about once a second, not once a step, and of every one by the end', async () => {
    const { core, storms } = pendingLibrary();
    const groups = core.store.storyGroups;
    const reports: number[][] = [];
    // One article a step, on a clock that moves 150 ms a step: steps well inside a second of each other.
    let t = 0;
    const clock = () => (t += 50);
    const assigner = new StoryAssigner(core.store, groups, (ids) => reports.push(ids), { ms: 0, clock });
    try {
      assigner.wake();
      await assigner.idle();
      assert.equal(groups.pending(100).length, 0);
      // Three steps grouped something: the first is reported at once, the other two together when the backlog ends.
      assert.deepEqual(reports.map((ids) => ids.length), [1, 2]);
      assert.deepEqual(new Set(reports.flat()), new Set(storms));
    } finally {
      assigner.close();
    }
  });
});

test('a library from before stories upgrades: its articles are grouped from the newest back, and new ones as they come', () => {
  const BEFORE_STORIES = SCHEMA_VERSION - 1;
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-stories-'));
  try {
    const raw = new DatabaseSync(join(dir, DATABASE_FILE));
    raw.exec('PRAGMA foreign_keys = ON');
    for (let version = 0; version < BEFORE_STORIES; version++) migrations[version]!(raw);
    raw.exec(`PRAGMA user_version = ${BEFORE_STORIES}`);
    raw.exec(`INSERT INTO sources (id, title, feed_url, created_at) VALUES (1, 'North Post', 'https://n.example/feed', 0), (2, 'South Wire', 'https://s.example/feed', 0), (3, 'Other Gazette', 'https://o.example/feed', 0)`);
    raw.close();
    const db = openDatabase(dir);
    try {
      assert.equal((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version, SCHEMA_VERSION);
      const store = new ArticleStore(db);
      const add = (sourceId: number, guid: string, title: string, body: string, hoursAgo: number) => {
        const { html, text } = sanitizeArticle(`<p>${body}</p>`);
        return store.upsertArticle({ sourceId, guid, url: `https://x.example/${guid}`, title, html, text, published: now - hoursAgo * 3600_000 });
      };
      FILLER.forEach((title, i) => add(3, `f${i}`, title, `${title}. Officials said more details would follow.`, i + 1));
      const a = add(1, 'a', 'Storm Oriel breaches Dunmere sea wall', storm(''), 3);
      const b = add(2, 'b', 'Dunmere counts cost of Storm Oriel', storm('The council met.'), 2);
      // Stored before any story decision: the first pass takes them as the backlog.
      while (assignPending(store, store.storyGroups, 2).considered > 0);
      assert.equal(store.storyGroups.storyOf(a), store.storyGroups.storyOf(b));
      assert.notEqual(store.storyGroups.storyOf(a), null);
      const c = add(3, 'c', 'Storm Oriel: Dunmere harbour wrecked', storm('Boats lost.'), 1);
      assert.deepEqual(store.storyGroups.pending(10), [c]);
      assignPending(store, store.storyGroups, 10);
      assert.equal(store.storyGroups.storyOf(c), store.storyGroups.storyOf(a));
      // Deleting an article takes its story row with it.
      db.prepare('DELETE FROM articles WHERE id = ?').run(c);
      assert.equal(store.storyGroups.storyOf(c), null);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
