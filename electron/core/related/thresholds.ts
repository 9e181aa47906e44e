// Written by `node scripts/eval-related.ts --tune` from the tuning half of the
// labelled set (see docs/related-stories.md). Edit by re-running the tuner, not by hand.
export const TUNED = {
  /** Cosine similarity (tf-idf, names boosted) at or above which two articles report the same event. */
  sameStoryMinSimilarity: 0.1,
  /** Same-event coverage appears within this many hours of each other. */
  sameStoryWindowHours: 48,
  /** Names two articles must share to be one story (when both have names). */
  sameStoryMinSharedNames: 1,
} as const;
