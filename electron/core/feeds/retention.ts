// Keeping the library from growing forever: feed articles older than the
// retention preference go, except the newest few per source (so a quiet
// source never empties) and anything bookmarked (never removed).
import type { CoreContext } from '../library-core.ts';
import { feedOptions } from './options.ts';

/** Removes expired feed articles; returns how many were removed. */
export function pruneArticles(ctx: CoreContext, days = ctx.preferences.get().retentionDays): number {
  const cutoff = ctx.now() - days * 24 * 3600_000;
  const keep = feedOptions(ctx).keepNewestPerSource;
  const result = ctx.db
    .prepare(
      `DELETE FROM articles WHERE id IN (
         SELECT id FROM (
           SELECT a.id, a.published,
             row_number() OVER (PARTITION BY a.source_id ORDER BY a.published DESC, a.id DESC) AS rank
           FROM articles a JOIN sources s ON s.id = a.source_id
           WHERE s.kind = 'feed'
         )
         WHERE rank > ? AND published < ?
           AND id NOT IN (SELECT article_id FROM bookmarks WHERE article_id IS NOT NULL)
       )`,
    )
    .run(keep, cutoff);
  return Number(result.changes);
}
