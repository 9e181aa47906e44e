// Keeping the library from growing forever: feed articles older than the
// retention preference go once their feed no longer lists them, except the
// newest few per source (so a quiet source never empties) and anything
// bookmarked (never removed). What the feed still shows is never removed: it
// would only come back as "new" on the next refresh (issue #14).
import type { LibraryContext } from '../library/context.ts';
import { DEFAULT_FEED_OPTIONS } from './options.ts';

/** Removes expired feed articles; returns how many were removed. */
export function pruneArticles(
  ctx: Pick<LibraryContext, 'store' | 'preferences' | 'now'>,
  keepNewestPerSource = DEFAULT_FEED_OPTIONS.keepNewestPerSource,
  days = ctx.preferences.get().retentionDays,
): number {
  const now = ctx.now();
  return ctx.store.pruneExpired(now - days * 24 * 3600_000, keepNewestPerSource, now);
}
