// Test helpers: a throwaway library in a temporary directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibraryCore, type LibraryCore, type LibraryCoreOptions } from '../library-core.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { sanitizeArticle } from '../text/sanitize.ts';

export const ASSETS_DIR = join(import.meta.dirname, '..', '..', '..', 'assets');

export interface TempLibrary {
  dir: string;
  core: LibraryCore;
  opened: string[];
  dispose(): void;
}

/** A throwaway library; fetchers, pools and clocks go through to openLibraryCore. */
export function tempLibrary(options: Partial<Pick<LibraryCoreOptions, 'seed' | 'now' | 'fetchPage' | 'fetchImage' | 'preparePool'>> = {}): TempLibrary {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-test-'));
  const opened: string[] = [];
  const core = openLibraryCore({
    libraryDir: join(dir, 'library'),
    assetsDir: ASSETS_DIR,
    preferences: new MemoryPreferences(),
    platform: { openExternal: async (url) => void opened.push(url) },
    ...options,
    seed: options.seed ?? false,
  });
  // As the app does: the background work (the story back-fill; the feed schedule is off in tests).
  core.start();
  return {
    dir,
    core,
    opened,
    dispose() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Adds a source and articles given as [title, body, hoursAgo] with minimal ceremony. */
export function addArticles(core: LibraryCore, sourceTitle: string, articles: { title: string; body: string; hoursAgo?: number; guid?: string }[], now = Date.now()): number[] {
  const sourceId = core.store.addSource({ title: sourceTitle, feedUrl: `https://${sourceTitle.toLowerCase().replace(/\W+/g, '-')}.example/feed` });
  return articles.map((a, i) => {
    const { html, text } = sanitizeArticle(`<p>${a.body}</p>`);
    return core.store.upsertArticle({
      sourceId,
      guid: a.guid ?? `${sourceTitle}-${i}-${a.title}`,
      url: `https://${sourceTitle.toLowerCase().replace(/\W+/g, '-')}.example/${i}`,
      title: a.title,
      html,
      text,
      published: now - (a.hoursAgo ?? i) * 3600_000,
    });
  });
}
