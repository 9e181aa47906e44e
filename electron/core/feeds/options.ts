// Everything about feed fetching that a test or a benchmark may want to turn
// down: deadlines, byte caps, concurrency, and whether the schedule runs at all.
import { DEFAULT_LIMITS, type FetchLimits } from '../net/http.ts';

export interface FeedOptions {
  limits: FetchLimits;
  /** Sources fetched at the same time, across the whole library. */
  concurrency: number;
  /** Refresh on start and on the schedule. Off unless the shell asks: tests never poll by accident. */
  schedule: boolean;
  /** How often the scheduler looks for sources that are due. */
  tickMs: number;
  /** Most entries taken from one fetch; a feed with more is cut to its newest. */
  maxEntriesPerFetch: number;
  /** The longest a failing source waits between attempts. */
  maxBackoffMs: number;
  /** Articles always kept per source, whatever their age. */
  keepNewestPerSource: number;
  /**
   * Queue new articles for their offline copy (full text and images) after a
   * refresh. Off unless the shell asks, so tests never fetch article pages.
   */
  fullText: boolean;
}

export const DEFAULT_FEED_OPTIONS: FeedOptions = {
  limits: DEFAULT_LIMITS,
  concurrency: 4,
  schedule: false,
  tickMs: 60_000,
  maxEntriesPerFetch: 1000,
  maxBackoffMs: 24 * 3600_000,
  keepNewestPerSource: 50,
  fullText: false,
};

export type FeedOptionsInput = Partial<Omit<FeedOptions, 'limits'>> & { limits?: Partial<FetchLimits> };

export function resolveFeedOptions(input: FeedOptionsInput = {}): FeedOptions {
  return { ...DEFAULT_FEED_OPTIONS, ...input, limits: { ...DEFAULT_LIMITS, ...input.limits } };
}
