// How a feed source's refresh state reads in the source list: a tooltip with
// when it last worked, and a short visible line when something is wrong.
import type { SourceInfo } from '../../../electron/shared/models.ts';

export function ago(iso: string, now = Date.now()): string {
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `${Math.round(hours / 24)} days ago`;
}

export function sourceStatus(source: SourceInfo, now = Date.now()): { tooltip: string; problem: string | null } | null {
  if (!source.feedUrl) return null;
  const updated = source.lastSuccess ? `Updated ${ago(source.lastSuccess, now)}` : 'Not fetched yet';
  if (source.gone) return { tooltip: `${updated}. ${source.lastError ?? 'This feed is gone.'}`, problem: 'Feed gone; no longer checked.' };
  // The visible line keeps to the first sentence; the tooltip has all of it.
  if (source.lastError) return { tooltip: `${updated}. Last refresh failed: ${source.lastError}`, problem: source.lastError.split(/(?<=\.)\s/)[0]! };
  return { tooltip: updated, problem: null };
}
