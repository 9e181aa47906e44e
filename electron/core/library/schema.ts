// Forward-only schema migrations. The database's `user_version` records how
// many have run; a new version appends an entry and never edits an old one.
import { createEnclosureTables } from './enclosures.ts';
import { addSourceAddresses } from './sources.ts';
import type { DatabaseSync } from 'node:sqlite';
import { createStoryIndexTables, indexCommonSourceTerms } from './story-index.ts';
import { createArticleCounts } from './counts.ts';
import { createSyncTables } from './sync-store.ts';
import { createStoryGroupTables } from './story-groups.ts';

export const migrations: ReadonlyArray<(db: DatabaseSync) => void> = [
  // 1: sources, articles with full-text index, bookmarks, key/value metadata.
  (db) => {
    db.exec(`
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        site_url TEXT,
        feed_url TEXT UNIQUE,
        folder TEXT,
        kind TEXT NOT NULL DEFAULT 'feed' CHECK (kind IN ('feed', 'edition')),
        created_at INTEGER NOT NULL
      );

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        url TEXT,
        title TEXT NOT NULL,
        byline TEXT,
        section TEXT,
        summary TEXT NOT NULL DEFAULT '',
        html TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        image TEXT,
        lang TEXT,
        word_count INTEGER NOT NULL DEFAULT 0,
        published INTEGER NOT NULL,
        added_at INTEGER NOT NULL,
        read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
        UNIQUE (source_id, guid)
      );
      -- Keyset pagination walks these indexes; no OFFSET scans.
      CREATE INDEX articles_by_date ON articles (published DESC, id DESC);
      CREATE INDEX articles_by_source ON articles (source_id, published DESC, id DESC);
      CREATE INDEX articles_unread ON articles (published DESC, id DESC) WHERE read = 0;

      -- A bookmark keeps its own copy of what identifies the article, so it
      -- outlives any clean-up of the article row (article_id becomes NULL).
      CREATE TABLE bookmarks (
        id INTEGER PRIMARY KEY,
        article_id INTEGER UNIQUE REFERENCES articles(id) ON DELETE SET NULL,
        guid TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT,
        source_title TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX bookmarks_by_date ON bookmarks (created_at DESC, id DESC);

      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE articles_vocab USING fts5vocab (articles_fts, 'row');

      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
      END;

      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
  },
  // 2 (feeds): per-source fetch state for polite polling, and the sources an
  // article was also found in (stored once, shown as "also in").
  (db) => {
    db.exec(`
      ALTER TABLE sources ADD COLUMN etag TEXT;
      ALTER TABLE sources ADD COLUMN last_modified TEXT;
      ALTER TABLE sources ADD COLUMN last_attempt_at INTEGER;
      ALTER TABLE sources ADD COLUMN last_success_at INTEGER;
      ALTER TABLE sources ADD COLUMN last_error TEXT;
      ALTER TABLE sources ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sources ADD COLUMN next_fetch_at INTEGER;
      ALTER TABLE sources ADD COLUMN retry_after_until INTEGER;
      ALTER TABLE sources ADD COLUMN refresh_minutes INTEGER;
      ALTER TABLE sources ADD COLUMN gone INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE article_also_in (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        PRIMARY KEY (source_id, guid)
      );
      CREATE INDEX article_also_in_by_article ON article_also_in (article_id);
      -- The same story reached through two feeds is recognised by its address.
      CREATE INDEX articles_by_url ON articles (url) WHERE url IS NOT NULL;
    `);
  },
  // 3 (related stories): the incremental story index (see electron/core/library/story-index.ts).
  (db) => createStoryIndexTables(db),
  // 4 (offline): both versions of an article (the feed's and the extracted full
  // text), content-addressed images and which article uses which. `html`/`text`
  // stay "what the reader sees" so search covers the full text; the trigger keeps
  // that true when a feed refresh rewrites `html` through upsertArticle.
  (db) => {
    db.exec(`
      ALTER TABLE articles ADD COLUMN content_source TEXT CHECK (content_source IN ('feed', 'full'));
      ALTER TABLE articles ADD COLUMN feed_origin_html TEXT;
      ALTER TABLE articles ADD COLUMN feed_html TEXT;
      ALTER TABLE articles ADD COLUMN feed_text TEXT;
      ALTER TABLE articles ADD COLUMN feed_word_count INTEGER;
      ALTER TABLE articles ADD COLUMN full_html TEXT;
      ALTER TABLE articles ADD COLUMN full_text TEXT;
      ALTER TABLE articles ADD COLUMN full_word_count INTEGER;
      ALTER TABLE articles ADD COLUMN full_status TEXT NOT NULL DEFAULT 'none' CHECK (full_status IN ('none', 'ok', 'failed'));
      ALTER TABLE articles ADD COLUMN full_error TEXT;
      ALTER TABLE articles ADD COLUMN full_fetched_at INTEGER;
      ALTER TABLE articles ADD COLUMN site_name TEXT;
      ALTER TABLE articles ADD COLUMN excerpt TEXT;
      ALTER TABLE articles ADD COLUMN media_stale INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE media (
        sha256 TEXT PRIMARY KEY,
        ext TEXT NOT NULL,
        type TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE article_media (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source_url TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES media(sha256),
        PRIMARY KEY (article_id, source_url)
      );
      CREATE INDEX article_media_by_hash ON article_media (sha256);

      -- A feed refresh upserts the feed's HTML into html; put back what the reader
      -- chose, keep the new feed version beside it, and flag its images for download.
      CREATE TRIGGER articles_keep_offline_copy AFTER UPDATE OF html ON articles
      WHEN new.content_source IS NOT NULL
        AND new.html IS NOT (CASE new.content_source WHEN 'full' THEN new.full_html ELSE new.feed_html END)
      BEGIN
        UPDATE articles SET
          feed_html = CASE WHEN new.html = old.feed_origin_html THEN old.feed_html ELSE new.html END,
          feed_text = CASE WHEN new.html = old.feed_origin_html THEN old.feed_text ELSE new.text END,
          feed_word_count = CASE WHEN new.html = old.feed_origin_html THEN old.feed_word_count ELSE new.word_count END,
          media_stale = CASE WHEN new.html = old.feed_origin_html THEN media_stale ELSE 1 END,
          feed_origin_html = new.html,
          html = CASE WHEN new.content_source = 'full' THEN old.full_html
            WHEN new.html = old.feed_origin_html THEN old.feed_html ELSE new.html END,
          text = CASE WHEN new.content_source = 'full' THEN old.full_text
            WHEN new.html = old.feed_origin_html THEN old.feed_text ELSE new.text END,
          word_count = CASE WHEN new.content_source = 'full' THEN old.full_word_count
            WHEN new.html = old.feed_origin_html THEN old.feed_word_count ELSE new.word_count END
        WHERE id = new.id;
      END;
    `);
  },
  // 5 (bench): per-source article and unread counts kept by triggers, so counts never scan the library.
  (db) => createArticleCounts(db),
  // 6 (bench): the article row with what a list shows first and the bodies last. SQLite reads a row's
  // columns in order; with 3–8 KB bodies in the middle, reading `read` or `published` walked the
  // overflow pages of both bodies for every listed row (BENCHMARKS.md, list pages).
  (db) => rebuildArticles(db),
  // 7 (sync): the sync account, its sources and articles with the server's last-seen marks,
  // cursors, and the queue of changes the triggers fill (electron/core/library/sync-store.ts).
  (db) => createSyncTables(db),
  // 8 (retention, issue #14): the identities each feed's latest document lists, which retention
  // never removes, and the identities retention removed, so a feed listing one again cannot
  // bring it back as new (docs/feeds.md, "Reading state and retention").
  (db) => {
    db.exec(`
      CREATE TABLE feed_listings (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        PRIMARY KEY (source_id, guid)
      ) WITHOUT ROWID;
      CREATE TABLE pruned_entries (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        pruned_at INTEGER NOT NULL,
        PRIMARY KEY (source_id, guid)
      ) WITHOUT ROWID;
      CREATE INDEX pruned_entries_by_time ON pruned_entries (pruned_at);
    `);
  },
  // 9 (stories, issue #17): which articles report one story (the list folds them), the sources
  // preferred as a story's lead, and per-source term counts that find each source's boilerplate
  // (electron/core/library/story-groups.ts).
  (db) => createStoryGroupTables(db),
  // 10 (podcasts, issue #15): each article's enclosures (audio/video address, type, size,
  // duration) and how far the reader has listened (electron/core/library/enclosures.ts).
  createEnclosureTables,
  // 11 (sources, issue #15): the addresses a feed is also known by (where its redirects end, its
  // own self link), so the same feed at a second address is recognised (electron/core/library/sources.ts).
  addSourceAddresses,
  // 12 (bench, related stories at 1M): source term counts of 64 and more in a partial index, so a
  // large source's boilerplate is found without reading all its counts (electron/core/library/story-index.ts).
  indexCommonSourceTerms,
];

/** Columns of `articles`, in storage order: the list's columns fit in the row's first page. */
const ARTICLE_COLUMNS = `
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  published INTEGER NOT NULL,
  read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
  word_count INTEGER NOT NULL DEFAULT 0,
  image TEXT,
  title TEXT NOT NULL,
  url TEXT,
  byline TEXT,
  section TEXT,
  summary TEXT NOT NULL DEFAULT '',
  lang TEXT,
  guid TEXT NOT NULL,
  added_at INTEGER NOT NULL,
  content_source TEXT CHECK (content_source IN ('feed', 'full')),
  full_status TEXT NOT NULL DEFAULT 'none' CHECK (full_status IN ('none', 'ok', 'failed')),
  full_error TEXT,
  full_fetched_at INTEGER,
  feed_word_count INTEGER,
  full_word_count INTEGER,
  media_stale INTEGER NOT NULL DEFAULT 0,
  site_name TEXT,
  excerpt TEXT,
  html TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  feed_origin_html TEXT,
  feed_html TEXT,
  feed_text TEXT,
  full_html TEXT,
  full_text TEXT,
  UNIQUE (source_id, guid)`;

/**
 * Rewrites `articles` with its columns in a new order, as SQLite's documented
 * way to change a table: copy into a new table (ids kept, so the full-text
 * index, story index, bookmarks and media links stay valid), drop the old one,
 * rename, and recreate its indexes and triggers from their own SQL. migrate()
 * runs this with foreign keys off and checks them before committing.
 */
function rebuildArticles(db: DatabaseSync): void {
  const dependents = (db.prepare(`SELECT sql FROM sqlite_schema WHERE tbl_name = 'articles' AND type IN ('index', 'trigger') AND sql IS NOT NULL`).all() as { sql: string }[]).map((r) => r.sql);
  const names = ARTICLE_COLUMNS.split('\n').map((line) => line.trim().split(/\s+/)[0]!).filter((name) => name && name !== 'UNIQUE');
  const columns = names.join(', ');
  db.exec(`CREATE TABLE articles_reordered (${ARTICLE_COLUMNS})`);
  db.exec(`INSERT INTO articles_reordered (${columns}) SELECT ${columns} FROM articles ORDER BY id`);
  db.exec('DROP TABLE articles');
  db.exec('ALTER TABLE articles_reordered RENAME TO articles');
  for (const sql of dependents) db.exec(sql);
}

export const SCHEMA_VERSION = migrations.length;
