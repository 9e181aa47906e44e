// Subscriptions in and out as OPML, the format every feed reader speaks.
// feedsmith parses and writes the XML; nested folders become a folder path
// ("News / World") on the source and turn back into nesting on export.
import { generateOpml, parseOpml } from 'feedsmith';
import type { OpmlImportResult } from '../../shared/models.ts';
import { LibraryError } from '../kernel/errors.ts';
import type { LibraryContext } from '../library/context.ts';
import { plainText } from '../text/sanitize.ts';
import { normaliseAddress } from './discover.ts';

export const FOLDER_SEPARATOR = ' / ';

interface OutlineLike {
  text?: string;
  title?: string;
  type?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: OutlineLike[];
}

function outlineName(outline: OutlineLike): string {
  return plainText(outline.title || outline.text || '');
}

/** Adds every feed in the OPML that is not already a source. Nothing is fetched here; the next refresh does that. */
export function importOpmlText(ctx: LibraryContext, xml: string): OpmlImportResult {
  let document: { body?: { outlines?: OutlineLike[] } };
  try {
    document = parseOpml(xml) as typeof document;
  } catch {
    throw new LibraryError('INVALID_ARGUMENT', 'This file is not OPML that Broadsheet can read. Export your subscriptions again from the other reader and try that file.');
  }
  const result: OpmlImportResult = { added: 0, skipped: 0, problems: [] };
  const seen = new Set<string>();
  const visit = (outlines: OutlineLike[] | undefined, folders: string[]) => {
    for (const outline of outlines ?? []) {
      const name = outlineName(outline);
      if (outline.xmlUrl) {
        const feedUrl = normaliseAddress(outline.xmlUrl);
        if (!feedUrl || !/^https?:/.test(outline.xmlUrl.trim().replace(/^feed:/i, 'http:'))) {
          result.problems.push(`"${name || outline.xmlUrl}" was skipped: its feed address is not an http or https address.`);
          continue;
        }
        if (seen.has(feedUrl) || ctx.sources.feedSourceByUrl(feedUrl)) {
          result.skipped++;
          continue;
        }
        seen.add(feedUrl);
        const siteUrl = outline.htmlUrl ? normaliseAddress(outline.htmlUrl) : null;
        ctx.store.addSource({
          title: name || new URL(feedUrl).host,
          feedUrl,
          siteUrl,
          folder: folders.length ? folders.join(FOLDER_SEPARATOR) : null,
          kind: 'feed',
        });
        result.added++;
      } else if (outline.outlines?.length) {
        visit(outline.outlines, name ? [...folders, name] : folders);
      }
    }
  };
  ctx.store.transaction(() => visit(document.body?.outlines, []));
  if (result.added) ctx.emit('libraryChanged', { reason: 'import', articleIds: [] });
  return result;
}

/** Every feed source as OPML 2.0, folders as nested outlines. */
export function exportOpmlText(ctx: LibraryContext): string {
  const rows = ctx.sources.subscriptions();
  const root: OutlineLike[] = [];
  const folders = new Map<string, OutlineLike>();
  const folderOutline = (path: string[]): OutlineLike[] => {
    let children = root;
    for (let depth = 1; depth <= path.length; depth++) {
      const key = path.slice(0, depth).join(FOLDER_SEPARATOR);
      let folder = folders.get(key);
      if (!folder) {
        folder = { text: path[depth - 1]!, title: path[depth - 1]!, outlines: [] };
        folders.set(key, folder);
        children.push(folder);
      }
      children = folder.outlines!;
    }
    return children;
  };
  for (const row of rows) {
    const target = row.folder ? folderOutline(row.folder.split(FOLDER_SEPARATOR)) : root;
    target.push({ text: row.title, title: row.title, type: 'rss', xmlUrl: row.feedUrl, ...(row.siteUrl ? { htmlUrl: row.siteUrl } : {}) });
  }
  return generateOpml({
    head: { title: 'Broadsheet subscriptions', dateCreated: new Date(ctx.now()) },
    body: { outlines: root as never },
  });
}
