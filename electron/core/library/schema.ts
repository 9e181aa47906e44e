// Forward-only schema migrations. The database's `user_version` records how
// many have run; a new version appends an entry and never edits an old one.
import type { DatabaseSync } from 'node:sqlite';

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
];

export const SCHEMA_VERSION = migrations.length;
