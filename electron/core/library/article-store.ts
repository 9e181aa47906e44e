// The library's articles, sources and bookmarks over node:sqlite. All list
// reads use keyset pagination over the indexes declared in schema.ts.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type {
  Article,
  ArticlePage,
  ArticleSummary,
  ListQuery,
  SnippetPart,
  SourceInfo,
} from '../../shared/models.ts';
import { LibraryError } from '../kernel/errors.ts';
import { MEDIA_DIR } from '../kernel/paths.ts';
import { toFtsQuery, wordCount } from '../text/tokenize.ts';
import { StoryIndex } from './story-index.ts';
import { beginWrite, rollBack } from './write-lock.ts';
import { EnclosureStore } from './enclosures.ts';
import { StoryGroups } from './story-groups.ts';
import { deferredText, IndexCatchUp } from './catch-up.ts';
import type { StoryFeatures } from '../text/story-features.ts';
import { statementCache } from './statements.ts';

export const DEFAULT_PAGE = 100;
/** Matches ranked per search (the most recently stored ones); see search(). */
export const SEARCH_WINDOW = 2_000;
/** Words a trailing prefix is expanded into at most (see #expandPrefix). */
export const PREFIX_EXPANSION = 16;
/** Words of text a search snippet shows around what matched (about two lines of the list). */
export const SNIPPET_TOKENS = 24;
// Private-use characters mark matched words inside snippet(); article text has no use for them.
const MARK_START = '\uE000';
const MARK_END = '\uE001';
const WORDS_PER_MINUTE = 230;
const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv']);

export interface NewSource {
  title: string;
  siteUrl?: string | null;
  feedUrl?: string | null;
  folder?: string | null;
  kind?: 'feed' | 'edition';
}

/** What ingest compares a feed entry against to tell an update from a repeat. */
export interface StoredEntry {
  id: number;
  title: string;
  html: string;
  url: string | null;
  published: number;
  image: string | null;
}

export interface BookmarkedArticle {
  id: number;
  guid: string;
  title: string;
  url: string | null;
  byline: string | null;
  source_title: string;
  published: number;
  bookmarked_at: number;
  html: string;
  text: string;
  content_source: string | null;
}

export interface NewArticle {
  sourceId: number;
  guid: string;
  url: string | null;
  title: string;
  byline?: string | null;
  section?: string | null;
  summary?: string;
  /** Already sanitized. */
  html: string;
  text: string;
  image?: string | null;
  lang?: string | null;
  /** Milliseconds since the epoch, UTC. */
  published: number;
  /** Story-index features of this title, text, language and address, when computed ahead (off the main thread). */
  features?: StoryFeatures;
  /**
   * Stored with its title indexed, its body text and story-index entry a
   * moment later by `catchUp` (a refresh stores thousands at once). The text
   * must then be what catch-up.ts reads from `html` (feed-markup.ts).
   */
  deferIndexing?: boolean;
  /** Words in `text`, when counted ahead (off the main thread); else counted here. */
  wordCount?: number;
}

interface SummaryRow {
  id: number;
  title: string;
  url: string | null;
  source_id: number;
  source_title: string;
  byline: string | null;
  section: string | null;
  published: number;
  summary: string;
  image: string | null;
  read: number;
  bookmarked: number;
  word_count: number;
}

interface ArticleRow extends SummaryRow {
  html: string;
  lang: string | null;
}

// The image as the app serves it once kept (the list's thumbnail, the pane's lead): one lookup on
// article_media's primary key per row, for the rows a page shows.
const SUMMARY_COLUMNS = `
  a.id, a.title, a.url, a.source_id, s.title AS source_title, a.byline, a.section, a.published,
  a.summary, coalesce((SELECT '/${MEDIA_DIR}/' || m.sha256 || '.' || m.ext FROM article_media am JOIN media m ON m.sha256 = am.sha256
    WHERE am.article_id = a.id AND am.source_url = a.image), a.image) AS image, a.read, a.word_count,
  EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) AS bookmarked`;

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    source: { id: row.source_id, title: row.source_title },
    byline: row.byline,
    section: row.section,
    published: new Date(row.published).toISOString(),
    summary: row.summary,
    image: row.image,
    read: row.read === 1,
    bookmarked: row.bookmarked === 1,
    readingMinutes: Math.max(1, Math.round(row.word_count / WORDS_PER_MINUTE)),
  };
}

/** snippet()'s text with its marks, as runs of plain text: whitespace collapsed, no marker left over. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  marked.split(/[\uE000\uE001]/).forEach((piece, i) => {
    const text = piece.replace(/\s+/g, ' ');
    if (!text) return;
    const match = i % 2 === 1;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  });
  return parts;
}

interface Cursor {
  key: number;
  id: number;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.key}:${c.id}`).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  const match = /^(-?\d+):(\d+)$/.exec(Buffer.from(value, 'base64url').toString());
  if (!match) throw new LibraryError('INVALID_ARGUMENT', 'That page cursor is not one Broadsheet made.');
  return { key: Number(match[1]), id: Number(match[2]) };
}

export class ArticleStore {
  readonly db: DatabaseSync;
  /** Every stored article is indexed here as it arrives. */
  readonly storyIndex: StoryIndex;
  /** Podcast enclosures of the stored articles, with how far each was listened to. */
  readonly enclosures: EnclosureStore;
  /** Which stored articles report one story: a folded list shows each story once. */
  readonly storyGroups: StoryGroups;
  /** The articles stored with deferIndexing that still wait for their body text and story-index entry. */
  readonly catchUp: IndexCatchUp;
  readonly #statements: (text: string) => StatementSync;

  constructor(db: DatabaseSync, storyIndex = new StoryIndex(db), storyGroups = new StoryGroups(db)) {
    this.db = db;
    this.#statements = statementCache(db);
    this.storyIndex = storyIndex;
    this.enclosures = new EnclosureStore(db);
    this.storyGroups = storyGroups;
    this.catchUp = new IndexCatchUp(db, storyIndex);
  }

  /** Prepared statements are cached by SQL text: preparing is the costly part of a small query. */
  protected sql(text: string): StatementSync {
    return this.#statements(text);
  }

  /** Runs `work` in one write transaction; story-index rows of the articles it stores are written together at the end. */
  transaction<T>(work: () => T): T {
    beginWrite(this.db);
    this.storyIndex.beginBatch();
    try {
      const result = work();
      this.storyIndex.flushBatch();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.storyIndex.discardBatch();
      rollBack(this.db);
      throw error;
    }
  }

  addSource(source: NewSource): number {
    const row = this.sql(
      `INSERT INTO sources (title, site_url, feed_url, folder, kind, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(source.title, source.siteUrl ?? null, source.feedUrl ?? null, source.folder ?? null, source.kind ?? 'feed', Date.now()) as {
      id: number;
    };
    return row.id;
  }

  /** Inserts an article, or updates it in place (keeping read and bookmark state) when its guid is known. */
  upsertArticle(article: NewArticle): number {
    const row = this.sql(`
      INSERT INTO articles (source_id, guid, url, title, byline, section, summary, html, text, image, lang, word_count, published, added_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (source_id, guid) DO UPDATE SET
        url = excluded.url, title = excluded.title, byline = excluded.byline, section = excluded.section,
        summary = excluded.summary, html = excluded.html, text = excluded.text, image = excluded.image,
        lang = excluded.lang, word_count = excluded.word_count, published = excluded.published
      RETURNING id`).get(
      article.sourceId,
      article.guid,
      article.url,
      article.title,
      article.byline ?? null,
      article.section ?? null,
      article.summary ?? '',
      article.html,
      article.deferIndexing ? '' : article.text,
      article.image ?? null,
      article.lang ?? null,
      article.wordCount ?? wordCount(article.text),
      article.published,
      Date.now(),
    ) as { id: number };
    // Every way an article arrives passes here, so the indexes never miss one: now, or by the catch-up.
    if (article.deferIndexing) {
      if (this.catchUp.defer(row.id)) return row.id;
      this.catchUp.fill(row.id);
    }
    this.storyIndex.indexArticle(row.id, article.features);
    return row.id;
  }

  list(query: ListQuery): ArticlePage {
    const limit = query.limit ?? DEFAULT_PAGE;
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    if (query.view === 'bookmarks') return this.#listBookmarks(limit, cursor);
    if (query.fold) return this.#listFolded(query, limit, cursor);

    const where: string[] = [];
    const params: (number | string)[] = [];
    if (query.view === 'unread') where.push('a.read = 0');
    if (query.sourceId != null) {
      where.push('a.source_id = ?');
      params.push(query.sourceId);
    }
    if (query.folder != null) {
      where.push('a.source_id IN (SELECT id FROM sources WHERE folder = ?)');
      params.push(query.folder);
    }
    const filter = where.length ? where.join(' AND ') : '1';
    const page = cursor ? ' AND (a.published, a.id) < (?, ?)' : '';
    const rows = this.sql(`
      SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id
      WHERE ${filter}${page}
      ORDER BY a.published DESC, a.id DESC LIMIT ?`).all(
      ...params,
      ...(cursor ? [cursor.key, cursor.id] : []),
      limit + 1,
    ) as unknown as SummaryRow[];
    const more = rows.length > limit;
    const items = rows.slice(0, limit).map(toSummary);
    const last = rows[limit - 1];
    const total = cursor ? null : this.#listTotal(query);
    return { items, next: more && last ? encodeCursor({ key: last.published, id: last.id }) : null, total };
  }

  /**
   * One row per story among the articles the list shows. A story's row sits
   * where its first article in this list does ('first': it stays put while
   * the story grows) or its latest ('latest'); every other article of it is
   * skipped by an index probe of its few siblings, so a page costs about what
   * an unfolded one does. The row shows the story's lead: a preferred
   * source's article, else the longest (the most complete version), with the
   * rest in `story.others`. Keyset paging runs over the rows' positions.
   */
  #listFolded(query: ListQuery, limit: number, cursor: Cursor | null): ArticlePage {
    const scope = (alias: string) => {
      const where: string[] = [];
      const params: (number | string)[] = [];
      if (query.view === 'unread') where.push(`${alias}.read = 0`);
      if (query.sourceId != null) {
        where.push(`${alias}.source_id = ?`);
        params.push(query.sourceId);
      }
      if (query.folder != null) {
        where.push(`${alias}.source_id IN (SELECT id FROM sources WHERE folder = ?)`);
        params.push(query.folder);
      }
      return { filter: where.length ? where.join(' AND ') : '1', params };
    };
    const outer = scope('a');
    const inner = scope('b');
    const before = query.storyOrder === 'latest' ? '>' : '<';
    const page = cursor ? ' AND (a.published, a.id) < (?, ?)' : '';
    const rows = this.sql(`
      SELECT ${SUMMARY_COLUMNS}, m.story_id FROM articles a JOIN sources s ON s.id = a.source_id
      LEFT JOIN article_stories m ON m.article_id = a.id
      WHERE ${outer.filter}${page} AND (m.story_id IS NULL OR NOT EXISTS (
        SELECT 1 FROM article_stories o JOIN articles b ON b.id = o.article_id
        WHERE o.story_id = m.story_id AND o.article_id != a.id AND (b.published, b.id) ${before} (a.published, a.id) AND ${inner.filter}))
      ORDER BY a.published DESC, a.id DESC LIMIT ?`).all(
      ...outer.params,
      ...(cursor ? [cursor.key, cursor.id] : []),
      ...inner.params,
      limit + 1,
    ) as unknown as (SummaryRow & { story_id: number | null })[];
    const more = rows.length > limit;
    const shown = rows.slice(0, limit);
    const storyIds = [...new Set(shown.filter((r) => r.story_id !== null).map((r) => r.story_id!))];
    const members = new Map<number, (SummaryRow & { story_id: number })[]>();
    if (storyIds.length) {
      const found = this.sql(`
        SELECT ${SUMMARY_COLUMNS}, o.story_id FROM article_stories o JOIN articles a ON a.id = o.article_id JOIN sources s ON s.id = a.source_id
        WHERE o.story_id IN (SELECT value FROM json_each(?)) AND ${outer.filter}`).all(JSON.stringify(storyIds), ...outer.params) as unknown as (SummaryRow & { story_id: number })[];
      for (const row of found) {
        const list = members.get(row.story_id);
        if (list) list.push(row);
        else members.set(row.story_id, [row]);
      }
    }
    const leads = storyIds.length ? this.storyGroups.leadSources() : new Set<number>();
    const items = shown.map((row) => {
      const story = row.story_id === null ? undefined : members.get(row.story_id);
      if (!story || story.length < 2) return toSummary(row);
      const lead = [...story].sort(
        (x, y) => Number(leads.has(y.source_id)) - Number(leads.has(x.source_id)) || y.word_count - x.word_count || x.published - y.published || x.id - y.id,
      )[0]!;
      const others = story.filter((m) => m.id !== lead.id).sort((x, y) => y.published - x.published || y.id - x.id);
      return {
        ...toSummary(lead),
        story: { id: row.story_id!, others: others.map(toSummary), unread: story.filter((m) => m.read === 0).length },
      };
    });
    const last = shown[shown.length - 1];
    const total = cursor ? null : this.#listTotal(query);
    return { items, next: more && last ? encodeCursor({ key: last.published, id: last.id }) : null, total };
  }

  /** Marks every article of `id`'s story (or `id` alone) read; returns the ids that were unread. */
  markStoryRead(id: number): number[] {
    const ids = [id, ...this.storyGroups.siblings(id)];
    return (this.sql('UPDATE articles SET read = 1 WHERE read = 0 AND id IN (SELECT value FROM json_each(?)) RETURNING id').all(JSON.stringify(ids)) as { id: number }[]).map((r) => r.id);
  }

  /** The list header's count, read from the trigger-kept source_counts (counts.ts) instead of scanning. */
  #listTotal(query: ListQuery): number {
    const column = query.view === 'unread' ? 'unread' : 'total';
    const where: string[] = [];
    const params: (number | string)[] = [];
    if (query.sourceId != null) {
      where.push('source_id = ?');
      params.push(query.sourceId);
    }
    if (query.folder != null) {
      where.push('source_id IN (SELECT id FROM sources WHERE folder = ?)');
      params.push(query.folder);
    }
    const sql = `SELECT coalesce(sum(${column}), 0) AS n FROM source_counts${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    return (this.sql(sql).get(...params) as { n: number }).n;
  }

  #listBookmarks(limit: number, cursor: Cursor | null): ArticlePage {
    const rows = this.sql(`
      SELECT ${SUMMARY_COLUMNS}, b.id AS bookmark_id, b.created_at AS bookmarked_at
      FROM bookmarks b JOIN articles a ON a.id = b.article_id JOIN sources s ON s.id = a.source_id
      WHERE ${cursor ? '(b.created_at, b.id) < (?, ?)' : '1'}
      ORDER BY b.created_at DESC, b.id DESC LIMIT ?`).all(
      ...(cursor ? [cursor.key, cursor.id] : []),
      limit + 1,
    ) as unknown as (SummaryRow & { bookmark_id: number; bookmarked_at: number })[];
    const more = rows.length > limit;
    const last = rows[limit - 1];
    const total = cursor
      ? null
      : (this.sql('SELECT count(*) AS n FROM bookmarks WHERE article_id IS NOT NULL').get() as { n: number }).n;
    return {
      items: rows.slice(0, limit).map(toSummary),
      next: more && last ? encodeCursor({ key: last.bookmarked_at, id: last.bookmark_id }) : null,
      total,
    };
  }

  summary(id: number): ArticleSummary {
    const row = this.sql(`SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?`).get(id) as
      | SummaryRow
      | undefined;
    if (!row) throw new LibraryError('NOT_FOUND', `Article ${id} is not in the library.`);
    return toSummary(row);
  }

  article(id: number): Article {
    const row = this.sql(
      `SELECT ${SUMMARY_COLUMNS}, a.html, a.lang FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?`,
    ).get(id) as ArticleRow | undefined;
    if (!row) throw new LibraryError('NOT_FOUND', `Article ${id} is not in the library.`);
    const lang = row.lang;
    return {
      ...toSummary(row),
      html: row.html,
      lang,
      dir: lang && RTL_LANGS.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr',
      wordCount: row.word_count,
    };
  }

  /**
   * Full-text search over titles and bodies, best match first (titles weigh more), the newer
   * first between matches that score the same (to two decimals: copies of one story), each with
   * a snippet of its text around what matched.
   * Ranking is over the SEARCH_WINDOW most recently stored matches: a common word
   * matches most of a large library, and scoring every match made one keystroke
   * cost the whole library (0.17 s at 100k articles, seconds at a million).
   * A last word typed in full ranks the articles that have that very word first; those found
   * only through longer words it starts ("stormy" for "storm") follow. bm25 adds up each word's
   * weight, and a rare longer word outweighed the word asked for: a novel mentioning "storms"
   * once came third for "storm", ahead of the storm's own reports.
   */
  search(input: string, limit = 50): ArticleSummary[] {
    const query = toFtsQuery(input);
    if (!query) return [];
    const expanded = this.#expandPrefix(query)!;
    const whole = query.endsWith('*') ? query.slice(0, -1) : query;
    const ranked = this.#rankMatches(whole, limit).map((m) => ({ ...m, tier: 0 }));
    if (expanded !== whole && ranked.length < limit) {
      const seen = new Set(ranked.map((m) => m.id));
      // Asking for as many more as were found leaves enough after the overlap is taken out.
      for (const m of this.#rankMatches(expanded, limit + ranked.length)) {
        if (ranked.length >= limit) break;
        if (!seen.has(m.id)) ranked.push({ ...m, tier: 1 });
      }
    }
    if (!ranked.length) return [];
    const order = new Map(ranked.map((m) => [m.id, m]));
    // Only the chosen rows are read, and only they get a snippet (which reads the body).
    const rows = this.sql(`SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id
      WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ranked.map((m) => m.id))) as unknown as SummaryRow[];
    const key = (row: SummaryRow) => order.get(row.id)!;
    rows.sort((x, y) => key(x).tier - key(y).tier || key(x).score - key(y).score || y.published - x.published || y.id - x.id);
    // One pass over the matches between the lowest and highest shown id, keeping only the shown rows:
    // a rowid list alone makes FTS5 set up the whole expression once per row (2-3x slower). Not
    // `rowid = ?` either: node:sqlite binds a JS number as a REAL, and FTS5 then ignores the rowid
    // constraint and answers every match (bounds go as BigInt, the list as json_each's integers).
    // Rows found by the word as typed are marked by it alone (cheaper than the OR of every word it
    // starts); the rest by the words they were found by.
    const snippet = this.sql(`SELECT rowid AS id, snippet(articles_fts, 1, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) AS s
      FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? AND rowid <= ? AND +rowid IN (SELECT value FROM json_each(?))`);
    const snippets = new Map<number, string>();
    for (const [tier, match] of [[0, whole], [1, expanded]] as const) {
      const ids = ranked.filter((m) => m.tier === tier).map((m) => m.id);
      if (!ids.length) continue;
      const found = snippet.all(match, BigInt(Math.min(...ids)), BigInt(Math.max(...ids)), JSON.stringify(ids)) as { id: number; s: string | null }[];
      for (const r of found) snippets.set(r.id, r.s ?? '');
    }
    return rows.map((row) => ({ ...toSummary(row), snippet: snippetParts(snippets.get(row.id) ?? '') }));
  }

  /** The best `limit` of the SEARCH_WINDOW newest matches of an FTS query, by id and score (rounded: equal scores go newest first). */
  #rankMatches(match: string, limit: number): { id: number; score: number }[] {
    return this.sql(`
      SELECT id, round(score, 2) AS score FROM (
        SELECT rowid AS id, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts
        WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${SEARCH_WINDOW}
      ) ORDER BY round(score, 2), id DESC LIMIT ?`).all(match, limit) as { id: number; score: number }[];
  }

  /**
   * Replaces the trailing prefix term (`"brep"*`) by the words the index holds
   * that start with it, ORed. FTS5 answers a prefix term by merging the whole
   * match list of every such word before it can return the newest matches —
   * a cost that grows with the library — while an OR of words is read newest
   * first and stops at the search window. Too many words (a short, common
   * prefix) keep the prefix term.
   */
  #expandPrefix(match: string | null): string | null {
    const prefix = match ? /"([^"]+)"\*$/.exec(match) : null;
    if (!match || !prefix) return match;
    const words = (
      this.sql(`SELECT term FROM articles_vocab WHERE term >= ? AND term < ? LIMIT ${PREFIX_EXPANSION + 1}`).all(prefix[1]!, `${prefix[1]!}\uffff`) as { term: string }[]
    ).map((r) => r.term);
    if (words.length === 0 || words.length > PREFIX_EXPANSION || words.some((w) => w.includes('"'))) return match;
    const rest = match.slice(0, prefix.index).trim();
    const alternatives = words.length === 1 ? `"${words[0]}"` : `(${words.map((w) => `"${w}"`).join(' OR ')})`;
    return rest ? `${rest} AND ${alternatives}` : alternatives;
  }

  /**
   * A small write the reader asked for, in its own transaction unless one is open: it then waits
   * out other writers (beginWrite's retries) instead of failing after one busy timeout.
   */
  #write<T>(work: () => T): T {
    return this.db.isTransaction ? work() : this.transaction(work);
  }

  setBookmarked(id: number, bookmarked: boolean): ArticleSummary {
    return this.#write(() => this.#setBookmarked(id, bookmarked));
  }

  #setBookmarked(id: number, bookmarked: boolean): ArticleSummary {
    const summary = this.summary(id);
    if (bookmarked && !summary.bookmarked) {
      const guid = (this.sql('SELECT guid FROM articles WHERE id = ?').get(id) as { guid: string }).guid;
      // Another process may bookmark the same article at the same moment: one bookmark, no error.
      this.sql(
        'INSERT INTO bookmarks (article_id, guid, title, url, source_title, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO NOTHING',
      ).run(id, guid, summary.title, summary.url, summary.source.title, Date.now());
    } else if (!bookmarked && summary.bookmarked) {
      this.sql('DELETE FROM bookmarks WHERE article_id = ?').run(id);
    }
    return { ...summary, bookmarked };
  }

  setRead(id: number, read: boolean): ArticleSummary {
    const result = this.#write(() => this.sql('UPDATE articles SET read = ? WHERE id = ?').run(read ? 1 : 0, id));
    if (result.changes === 0) throw new LibraryError('NOT_FOUND', `Article ${id} is not in the library.`);
    return this.summary(id);
  }

  sources(): SourceInfo[] {
    const rows = this.sql(`
      SELECT s.id, s.title, s.site_url, s.feed_url, s.folder, s.story_lead,
        coalesce(c.total, 0) AS total, coalesce(c.unread, 0) AS unread
      FROM sources s LEFT JOIN source_counts c ON c.source_id = s.id ORDER BY s.folder IS NOT NULL, s.folder, s.title COLLATE NOCASE`).all() as unknown as {
      id: number;
      title: string;
      site_url: string | null;
      feed_url: string | null;
      folder: string | null;
      story_lead: number;
      total: number;
      unread: number;
    }[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      siteUrl: r.site_url,
      feedUrl: r.feed_url,
      folder: r.folder,
      total: r.total,
      unread: r.unread,
      storyLead: r.story_lead === 1,
    }));
  }

  counts(): { articles: number; unread: number; bookmarks: number; sources: number } {
    return this.sql(`SELECT
      (SELECT coalesce(sum(total), 0) FROM source_counts) AS articles,
      (SELECT coalesce(sum(unread), 0) FROM source_counts) AS unread,
      (SELECT count(*) FROM bookmarks) AS bookmarks,
      (SELECT count(*) FROM sources) AS sources`).get() as { articles: number; unread: number; bookmarks: number; sources: number };
  }

  /** The stored article of `sourceId` with this feed identity, if any. */
  storedEntry(sourceId: number, guid: string): StoredEntry | undefined {
    return this.sql('SELECT id, title, html, url, published, image FROM articles WHERE source_id = ? AND guid = ?').get(sourceId, guid) as StoredEntry | undefined;
  }

  /** The article an entry of `sourceId` was recognised as, when it was stored once from another source. */
  alsoInArticle(sourceId: number, guid: string): number | null {
    return (this.sql('SELECT article_id FROM article_also_in WHERE source_id = ? AND guid = ?').get(sourceId, guid) as { article_id: number } | undefined)?.article_id ?? null;
  }

  /** An article another source already stored at this address. */
  articleAtUrlElsewhere(url: string, sourceId: number): number | null {
    return (this.sql('SELECT id FROM articles WHERE url = ? AND source_id != ? LIMIT 1').get(url, sourceId) as { id: number } | undefined)?.id ?? null;
  }

  /** Records that `sourceId` also carries `articleId` (as its entry `guid`). */
  addAlsoIn(articleId: number, sourceId: number, guid: string): void {
    this.sql('INSERT OR IGNORE INTO article_also_in (article_id, source_id, guid) VALUES (?, ?, ?)').run(articleId, sourceId, guid);
  }

  /** The other sources an article was also found in. */
  alsoInSources(articleId: number): { id: number; title: string }[] {
    return this.sql('SELECT s.id, s.title FROM article_also_in x JOIN sources s ON s.id = x.source_id WHERE x.article_id = ? ORDER BY s.title')
      .all(articleId)
      .map((row) => ({ id: Number(row.id), title: String(row.title) }));
  }

  /** Marks every unread article in a source, a folder, or (with neither) the whole library as read; returns their ids. */
  markAllRead(scope: { sourceId?: number | null; folder?: string | null }): number[] {
    const where: string[] = ['read = 0'];
    const params: (number | string)[] = [];
    if (scope.sourceId != null) {
      if (!this.sql('SELECT 1 FROM sources WHERE id = ?').get(scope.sourceId)) throw new LibraryError('NOT_FOUND', `Source ${scope.sourceId} is not in the library.`);
      where.push('source_id = ?');
      params.push(scope.sourceId);
    }
    if (scope.folder != null) {
      where.push('source_id IN (SELECT id FROM sources WHERE folder = ?)');
      params.push(scope.folder);
    }
    return (this.sql(`UPDATE articles SET read = 1 WHERE ${where.join(' AND ')} RETURNING id`).all(...params) as { id: number }[]).map((r) => r.id);
  }

  /** Marks the listed articles read or unread; returns the ids whose mark changed (ids no longer stored are skipped). */
  setReadMany(ids: readonly number[], read: boolean): number[] {
    const flag = read ? 1 : 0;
    return (
      this.sql(`UPDATE articles SET read = ? WHERE read != ? AND id IN (SELECT value FROM json_each(?)) RETURNING id`).all(flag, flag, JSON.stringify(ids)) as { id: number }[]
    ).map((r) => r.id);
  }

  /**
   * Retention: removes feed articles published before `cutoff` that are gone
   * from their feed, except the newest `keepNewestPerSource` of each source (so
   * a quiet source never empties) and anything bookmarked (never removed). An
   * article is gone from its feed when neither its own source's latest document
   * nor that of a source it is "also in" lists it (recordListing). What goes is
   * remembered (wasPruned) so a feed listing it again cannot bring it back as
   * new; that memory is dropped once the feed no longer lists the identity and
   * it was removed before `cutoff`. Returns how many articles went.
   */
  pruneExpired(cutoff: number, keepNewestPerSource: number, now = Date.now()): number {
    return this.transaction(() => {
      // The window runs over the (source, date) index alone; guids are read for the old candidates only.
      const doomed = (
        this.sql(`
          SELECT a.id FROM (
            SELECT id FROM (
              SELECT a.id, a.published,
                row_number() OVER (PARTITION BY a.source_id ORDER BY a.published DESC, a.id DESC) AS rank
              FROM articles a JOIN sources s ON s.id = a.source_id
              WHERE s.kind = 'feed'
            )
            WHERE rank > ? AND published < ?
          ) c JOIN articles a ON a.id = c.id
          WHERE NOT EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id)
            AND NOT EXISTS (SELECT 1 FROM feed_listings l WHERE l.source_id = a.source_id AND l.guid = a.guid)
            AND NOT EXISTS (
              SELECT 1 FROM article_also_in x JOIN feed_listings l ON l.source_id = x.source_id AND l.guid = x.guid
              WHERE x.article_id = a.id)`).all(keepNewestPerSource, cutoff) as { id: number }[]
      ).map((r) => r.id);
      if (doomed.length) {
        const ids = JSON.stringify(doomed);
        this.sql(`
          INSERT OR REPLACE INTO pruned_entries (source_id, guid, pruned_at)
            SELECT source_id, guid, ?1 FROM articles WHERE id IN (SELECT value FROM json_each(?2))
            UNION ALL
            SELECT source_id, guid, ?1 FROM article_also_in WHERE article_id IN (SELECT value FROM json_each(?2))`).run(now, ids);
        this.sql('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(ids);
      }
      this.sql(`
        DELETE FROM pruned_entries WHERE pruned_at < ?
          AND NOT EXISTS (SELECT 1 FROM feed_listings l WHERE l.source_id = pruned_entries.source_id AND l.guid = pruned_entries.guid)`).run(cutoff);
      return doomed.length;
    });
  }

  /**
   * Records the identities a feed's latest document lists, replacing the last
   * document's: two statements per feed, writing only what changed, whatever
   * the number of entries.
   */
  recordListing(sourceId: number, guids: readonly string[]): void {
    const listed = JSON.stringify(guids);
    this.sql('DELETE FROM feed_listings WHERE source_id = ? AND guid NOT IN (SELECT value FROM json_each(?))').run(sourceId, listed);
    this.sql('INSERT OR IGNORE INTO feed_listings (source_id, guid) SELECT ?, value FROM json_each(?)').run(sourceId, listed);
  }

  /** Whether retention removed `sourceId`'s entry with this identity (ingest then leaves it out rather than call it new). */
  wasPruned(sourceId: number, guid: string): boolean {
    return this.sql('SELECT 1 FROM pruned_entries WHERE source_id = ? AND guid = ?').get(sourceId, guid) !== undefined;
  }

  /** Every bookmarked article still in the library, newest bookmark first, with what an export writes. */
  bookmarksForExport(): BookmarkedArticle[] {
    // An article whose indexing a refresh left for later (catch-up.ts) has its text read from its markup.
    return (this.sql(`
      SELECT a.id, a.guid, a.title, a.url, a.byline, s.title AS source_title, a.published, b.created_at AS bookmarked_at,
        a.html, a.text, a.content_source
      FROM bookmarks b JOIN articles a ON a.id = b.article_id JOIN sources s ON s.id = a.source_id
      ORDER BY b.created_at DESC, b.id DESC`).all() as unknown as BookmarkedArticle[]).map((r) => (r.text ? r : { ...r, text: deferredText(r.html) }));
  }

  /** The first stored article with this address or guid (matching imported bookmarks to the library). */
  findByUrlOrGuid(url: string | null, guid: string): number | null {
    return (this.sql('SELECT id FROM articles WHERE (url IS NOT NULL AND url = ?) OR guid = ? ORDER BY id LIMIT 1').get(url, guid) as { id: number } | undefined)?.id ?? null;
  }

  /** An article's plain text as the reader sees it now. */
  text(id: number): string {
    return this.titleAndText(id).text;
  }

  /** What story matching reads of an article beyond its index entry. */
  titleAndText(id: number): { title: string; text: string } {
    const row = this.sql('SELECT title, text, html FROM articles WHERE id = ?').get(id) as { title: string; text: string; html: string } | undefined;
    if (!row) throw new LibraryError('NOT_FOUND', `Article ${id} is not in the library.`);
    // An article whose indexing a refresh left for later (catch-up.ts) has its text read from its markup.
    return { title: row.title, text: row.text || deferredText(row.html) };
  }

  sourceTitle(sourceId: number): string | null {
    return (this.sql('SELECT title FROM sources WHERE id = ?').get(sourceId) as { title: string } | undefined)?.title ?? null;
  }

  getMeta(key: string): string | null {
    const row = this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
