// The sources a new library starts with: a few well-known public news feeds.
// Added once per library, by the desktop shell only (tests and the CLI start
// without them), and not fetched until the first refresh.
import type { LibraryContext } from '../library/context.ts';

export interface DefaultFeed {
  title: string;
  feedUrl: string;
  siteUrl: string;
  folder: 'World' | 'Technology' | 'Science';
}

export const DEFAULT_FEEDS: readonly DefaultFeed[] = [
  { title: 'BBC News – World', feedUrl: 'https://feeds.bbci.co.uk/news/world/rss.xml', siteUrl: 'https://www.bbc.co.uk/news/world', folder: 'World' },
  { title: 'The Guardian – World news', feedUrl: 'https://www.theguardian.com/world/rss', siteUrl: 'https://www.theguardian.com/world', folder: 'World' },
  { title: 'NPR News', feedUrl: 'https://feeds.npr.org/1001/rss.xml', siteUrl: 'https://www.npr.org/sections/news/', folder: 'World' },
  { title: 'Ars Technica', feedUrl: 'https://feeds.arstechnica.com/arstechnica/index', siteUrl: 'https://arstechnica.com/', folder: 'Technology' },
  { title: 'The Verge', feedUrl: 'https://www.theverge.com/rss/index.xml', siteUrl: 'https://www.theverge.com/', folder: 'Technology' },
  { title: 'Hacker News: Front Page', feedUrl: 'https://hnrss.org/frontpage', siteUrl: 'https://news.ycombinator.com/', folder: 'Technology' },
  { title: 'NASA News Releases', feedUrl: 'https://www.nasa.gov/news-release/feed/', siteUrl: 'https://www.nasa.gov/', folder: 'Science' },
  { title: 'ScienceDaily – Top News', feedUrl: 'https://www.sciencedaily.com/rss/top.xml', siteUrl: 'https://www.sciencedaily.com/', folder: 'Science' },
  { title: 'Nature', feedUrl: 'https://www.nature.com/nature.rss', siteUrl: 'https://www.nature.com/', folder: 'Science' },
];

const ADDED_KEY = 'feeds.defaults-added';

/** Adds the default feeds the first time a library is opened by the app; returns how many were added. */
export function addDefaultSources(ctx: LibraryContext, feeds: readonly DefaultFeed[] = DEFAULT_FEEDS): number {
  if (ctx.store.getMeta(ADDED_KEY)) return 0;
  return ctx.store.transaction(() => {
    let added = 0;
    for (const feed of feeds) {
      if (ctx.sources.feedSourceByUrl(feed.feedUrl)) continue;
      ctx.store.addSource({ ...feed, kind: 'feed' });
      added++;
    }
    ctx.store.setMeta(ADDED_KEY, new Date(ctx.now()).toISOString());
    return added;
  });
}
