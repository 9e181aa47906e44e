// A fetched feed body turned into entries ready to store: decoded, parsed, and
// each entry's markup read for its text (text/feed-markup.ts). Needs no
// database, so it runs in a worker (prepare-worker.ts) or, when no worker can
// start, on the calling thread; both give the same result.
import { decodeBody } from '../net/charset.ts';
import { prepareEntries, type PreparedEntries } from './ingest.ts';
import { parseFeedText } from './parse.ts';

export interface PrepareJob {
  body: Uint8Array;
  contentType: string | null;
  /** The address the body came from: the base for relative links. */
  feedUrl: string;
  maxEntries: number;
}

export interface PreparedFeed extends PreparedEntries {
  siteUrl: string | null;
  /** The feed's own self link, to recognise it at a second address (library/sources.ts). */
  selfUrl: string | null;
}

/** Decodes, parses and reads one feed body. Throws CharsetError or FeedParseError for bodies that are not a readable feed. */
export function prepareFeedBody(job: PrepareJob): PreparedFeed {
  const { text } = decodeBody(job.body, job.contentType);
  const feed = parseFeedText(text, job.feedUrl);
  return { ...prepareEntries(feed, job.maxEntries), siteUrl: feed.siteUrl, selfUrl: feed.selfUrl };
}
