// Bookmarks out and back in, with their full text. Markdown and HTML are for
// people (images point back at their original addresses, since /media paths
// mean nothing outside the app); JSON is for Broadsheet and round-trips.
import { z } from 'zod';
import type { BookmarkExportFormat, BookmarkImportResult } from '../../shared/models.ts';
import { LibraryError, storageFailure } from '../kernel/errors.ts';
import type { BookmarkedArticle, NewArticle } from '../library/article-store.ts';
import type { LibraryContext } from '../library/context.ts';
import { plainText, sanitizeArticle } from '../text/sanitize.ts';
import { extractFeatures } from '../text/story-features.ts';

export const BOOKMARKS_FORMAT = 'broadsheet-bookmarks';
const IMPORT_SOURCE = 'Imported bookmarks';

/** Puts original image addresses back in place of /media paths. */
function portableHtml(ctx: LibraryContext, row: BookmarkedArticle): string {
  let html = row.html;
  for (const [sourceUrl, path] of ctx.media.linksOf(row.id)) html = html.split(path).join(sourceUrl);
  return html;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeMarkdown = (value: string) => value.replace(/([\\`*_[\]#<>])/g, '\\$1');

export function exportBookmarks(ctx: LibraryContext, format: BookmarkExportFormat): string {
  const rows = ctx.store.bookmarksForExport();
  const exportedAt = new Date(ctx.now()).toISOString();
  if (format === 'json') {
    return JSON.stringify(
      {
        format: BOOKMARKS_FORMAT,
        version: 1,
        exportedAt,
        bookmarks: rows.map((r) => ({
          title: r.title,
          url: r.url,
          guid: r.guid,
          source: r.source_title,
          byline: r.byline,
          published: new Date(r.published).toISOString(),
          bookmarkedAt: new Date(r.bookmarked_at).toISOString(),
          version: r.content_source ?? 'feed',
          // A feed's markup is stored as it came (core/text/feed-markup.ts): sanitized here, as for every export.
          html: sanitizeArticle(portableHtml(ctx, r), r.url).html,
          text: r.text,
        })),
      },
      null,
      2,
    );
  }
  if (format === 'markdown') {
    const parts = [`# Bookmarks from Broadsheet\n\nExported ${exportedAt}. ${rows.length} article${rows.length === 1 ? '' : 's'}.`];
    for (const r of rows) {
      const meta = [r.byline, r.source_title, new Date(r.published).toISOString().slice(0, 10)].filter(Boolean).map((v) => escapeMarkdown(v!)).join(' · ');
      parts.push(`## ${escapeMarkdown(r.title)}\n\n${meta}${r.url ? `\n\n<${r.url}>` : ''}\n\n${r.text.split('\n').filter(Boolean).map(escapeMarkdown).join('\n\n')}`);
    }
    return `${parts.join('\n\n---\n\n')}\n`;
  }
  const articles = rows.map((r) => {
    const meta = [r.byline, r.source_title, new Date(r.published).toISOString().slice(0, 10)].filter(Boolean).map((v) => escapeHtml(v!)).join(' · ');
    const link = r.url ? `<p><a href="${escapeHtml(r.url)}">${escapeHtml(r.url)}</a></p>` : '';
    // A feed's markup is stored as it came; this file will be opened in a browser.
    return `<article>\n<h2>${escapeHtml(r.title)}</h2>\n<p class="meta">${meta}</p>\n${link}\n${sanitizeArticle(portableHtml(ctx, r), r.url).html}\n</article>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http:; style-src 'unsafe-inline'">
<title>Bookmarks from Broadsheet</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em}img{max-width:100%;height:auto}.meta{color:#666}article{border-top:1px solid #ccc;padding-top:1em}</style>
</head><body>
<h1>Bookmarks from Broadsheet</h1>
<p>Exported ${escapeHtml(exportedAt)}.</p>
${articles.join('\n')}
</body></html>
`;
}

const importEntry = z.object({
  title: z.string().min(1).max(2000),
  url: z.string().max(4096).nullable().optional(),
  guid: z.string().max(4096).optional(),
  source: z.string().max(500).optional(),
  byline: z.string().max(500).nullable().optional(),
  published: z.string().max(64).optional(),
  bookmarkedAt: z.string().max(64).optional(),
  html: z.string().max(5_000_000).optional(),
  text: z.string().max(5_000_000).optional(),
});

const importFile = z.object({
  format: z.literal(BOOKMARKS_FORMAT),
  version: z.literal(1),
  bookmarks: z.array(z.unknown()).max(100_000),
});

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Entries prepared and written per transaction: another writer waits for one batch at most, never the whole file. */
const IMPORT_BATCH = 50;

type PreparedEntry =
  | { problem: string }
  | { url: string | null; guid: string; article: Omit<NewArticle, 'sourceId'> };

/** Validates, sanitizes and works out the story features of one entry: the slow part, done before taking the write lock. */
function prepareEntry(ctx: LibraryContext, raw: unknown, index: number): PreparedEntry {
  const entry = importEntry.safeParse(raw);
  if (!entry.success) return { problem: `Entry ${index + 1} is not a bookmark Broadsheet can read.` };
  const e = entry.data;
  const url = httpUrl(e.url);
  const guid = e.guid || url || `imported:${e.title}`;
  const clean = e.html ? sanitizeArticle(e.html, url) : sanitizeArticle(`<p>${(e.text ?? '').split('\n').map((t) => t.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))).join('</p><p>')}</p>`);
  const published = Date.parse(e.published ?? '');
  const title = plainText(e.title) || 'Untitled';
  return {
    url,
    guid,
    article: {
      guid,
      url,
      title,
      byline: e.byline ? plainText(e.byline) : null,
      html: clean.html,
      text: clean.text,
      published: Number.isNaN(published) ? ctx.now() : published,
      features: extractFeatures({ title, text: clean.text, lang: null, url }),
    },
  };
}

/**
 * Imports a JSON export. Articles already in the library (same address or
 * guid) are bookmarked; the rest are added under "Imported bookmarks",
 * sanitized again (the file may come from anywhere), and announced as
 * bookmarked so they get their images and full text. Entries are prepared
 * outside the write lock and written IMPORT_BATCH at a time, so the app and
 * other commands can write between batches.
 */
export async function importBookmarks(ctx: LibraryContext, json: string): Promise<BookmarkImportResult> {
  let parsed: z.infer<typeof importFile>;
  try {
    parsed = importFile.parse(JSON.parse(json));
  } catch {
    throw new LibraryError('INVALID_ARGUMENT', 'That file is not a Broadsheet bookmarks export (JSON).');
  }
  const { store } = ctx;
  const result: BookmarkImportResult = { imported: 0, matched: 0, problems: [] };
  const touched: number[] = [];
  let sourceId: number | null = null;
  const total = parsed.bookmarks.length;
  try {
    for (let start = 0; start < total; start += IMPORT_BATCH) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      const prepared = parsed.bookmarks.slice(start, start + IMPORT_BATCH).map((raw, i) => prepareEntry(ctx, raw, start + i));
      store.transaction(() => {
        for (const entry of prepared) {
          if ('problem' in entry) {
            result.problems.push(entry.problem);
            continue;
          }
          const existing = store.findByUrlOrGuid(entry.url, entry.guid);
          let id: number;
          if (existing !== null) {
            id = existing;
            result.matched++;
          } else {
            sourceId ??= ctx.sources.localSourceId(IMPORT_SOURCE) ?? store.addSource({ title: IMPORT_SOURCE });
            id = store.upsertArticle({ sourceId, ...entry.article });
            result.imported++;
          }
          store.setBookmarked(id, true);
          touched.push(id);
        }
      });
    }
  } catch (error) {
    // Batches already written stay: say how far the import got, and queue their copies.
    const storage = touched.length ? storageFailure(error) : null;
    if (!storage) throw error;
    announceImported(ctx, touched);
    throw new LibraryError(
      'STORAGE',
      `${storage.message.replace(/;? nothing was changed\.$/, '.')} ${touched.length} of the file's ${total} bookmarks were imported before that; importing the same file again adds the rest.`,
    );
  }
  announceImported(ctx, touched);
  return result;
}

function announceImported(ctx: LibraryContext, touched: number[]): void {
  if (!touched.length) return;
  ctx.emit('libraryChanged', { reason: 'import', articleIds: touched });
  ctx.announce('articlesBookmarked', { articleIds: touched });
}
