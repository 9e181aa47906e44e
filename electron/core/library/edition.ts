// The bundled sample edition: original articles written for Broadsheet, loaded
// into a new library on first run so the app has something to read offline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainText, sanitizeArticle } from '../text/sanitize.ts';
import type { ArticleStore } from './article-store.ts';

export interface EditionFile {
  outlets: { id: string; name: string; siteUrl: string }[];
  stories: { id: string; label: string }[];
  articles: EditionArticle[];
}

export interface EditionArticle {
  id: string;
  outlet: string;
  section: string;
  story: string | null;
  title: string;
  byline: string;
  hoursAgo: number;
  url: string;
  summary: string;
  image: string | null;
  lang: string;
  html: string;
}

const SEEDED_KEY = 'edition.seeded';

export function readEdition(assetsDir: string): EditionFile {
  return JSON.parse(readFileSync(join(assetsDir, 'edition', 'edition.json'), 'utf8')) as EditionFile;
}

/**
 * Loads the edition into the library once. Publication times are set relative
 * to `now`, so a new reader opens on a fresh front page. Returns the number of
 * articles added (0 when the library already had the edition).
 */
export function seedEdition(store: ArticleStore, edition: EditionFile, now = Date.now()): number {
  if (store.getMeta(SEEDED_KEY)) return 0;
  return store.transaction(() => {
    // Asked again under the write lock: several processes opening a new library at once seed it once.
    if (store.getMeta(SEEDED_KEY)) return 0;
    const sourceIds = new Map<string, number>();
    for (const outlet of edition.outlets) {
      sourceIds.set(outlet.id, store.addSource({ title: outlet.name, siteUrl: outlet.siteUrl, folder: 'Sample edition', kind: 'edition' }));
    }
    let added = 0;
    for (const item of edition.articles) {
      const sourceId = sourceIds.get(item.outlet);
      if (sourceId === undefined) throw new Error(`Edition article ${item.id} names unknown outlet ${item.outlet}`);
      const { html, text } = sanitizeArticle(item.html);
      store.upsertArticle({
        sourceId,
        guid: `edition:${item.id}`,
        url: item.url,
        title: plainText(item.title),
        byline: plainText(item.byline),
        section: item.section,
        summary: plainText(item.summary),
        html,
        text,
        image: item.image,
        lang: item.lang,
        published: Math.round(now - item.hoursAgo * 3600_000),
      });
      added++;
    }
    store.setMeta(SEEDED_KEY, new Date(now).toISOString());
    return added;
  });
}
