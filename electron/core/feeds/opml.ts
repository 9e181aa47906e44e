// Subscriptions in and out as OPML, the format every feed reader speaks.
// feedsmith parses and writes the XML; nested folders become a folder path
// ("News / World") on the source and turn back into nesting on export.
import { feedsmith } from './feedsmith.ts';
import { MAX_STRING } from '../../shared/contract.ts';
import type { OpmlImportResult } from '../../shared/models.ts';
import { LibraryError } from '../kernel/errors.ts';
import type { LibraryContext } from '../library/context.ts';
import type { NewSource } from '../library/article-store.ts';
import { markupLine } from '../text/feed-markup.ts';
import { normaliseAddress } from './discover.ts';

export const FOLDER_SEPARATOR = ' / ';
/**
 * A folder whose own name holds the separator ("A / B") would split into two
 * levels on the way back out. Inside one name it is stored as " ∕ " (U+2215,
 * which looks the same) and written back as " / " on export.
 */
const SEPARATOR_IN_NAME = ' \u2215 ';
/**
 * Outline levels (folders and the feed) an import reads. The XML parser stops
 * at 100 nested elements with a bare "invalid"; this names the limit instead.
 */
export const MAX_OPML_DEPTH = 90;

/** Sources written per transaction (a few milliseconds of inserts each). */
const OPML_BATCH = 1000;

/** Deepest <outline> nesting in the text, by a linear scan of its tags (comments and CDATA hold no outlines in practice). */
function outlineDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  for (const match of xml.matchAll(/<(\/?)outline\b[^>]*?(\/?)>/gi)) {
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!match[2]) max = Math.max(max, ++depth);
    else max = Math.max(max, depth + 1);
  }
  return max;
}

interface OutlineLike {
  text?: string;
  title?: string;
  type?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: OutlineLike[];
}

function outlineName(outline: OutlineLike): string {
  return markupLine(outline.title || outline.text || '');
}

/** The form a feed address is stored in, or why it is refused. Scheme case does not matter (HTTP://, Https://). */
function feedAddress(raw: string): { url: string } | { problem: string } {
  const trimmed = raw.trim();
  if (trimmed.length > MAX_STRING) return { problem: `its feed address is longer than ${MAX_STRING.toLocaleString('en')} characters.` };
  const url = normaliseAddress(trimmed);
  if (!url || !/^https?:/i.test(trimmed.replace(/^feed:/i, 'http:'))) return { problem: 'its feed address is not an http or https address.' };
  if (url.length > MAX_STRING) return { problem: `its feed address is longer than ${MAX_STRING.toLocaleString('en')} characters.` };
  return { url };
}

/** Adds every feed in the OPML that is not already a source. Nothing is fetched here; the next refresh does that. */
export function importOpmlText(ctx: LibraryContext, xml: string): OpmlImportResult {
  let document: { body?: { outlines?: OutlineLike[] } };
  if (outlineDepth(xml) > MAX_OPML_DEPTH) {
    throw new LibraryError(
      'INVALID_ARGUMENT',
      `This OPML file has folders nested more than ${MAX_OPML_DEPTH} levels deep; Broadsheet reads up to ${MAX_OPML_DEPTH}. Move the deepest feeds up a few folders and try again.`,
    );
  }
  try {
    document = feedsmith().parseOpml(xml) as typeof document;
  } catch {
    throw new LibraryError('INVALID_ARGUMENT', 'This file is not OPML that Broadsheet can read. Export your subscriptions again from the other reader and try that file.');
  }
  const result: OpmlImportResult = { added: 0, skipped: 0, problems: [] };
  // Names and addresses are read (and cleaned: markupLine) before the write lock is taken; only the
  // inserts happen inside it, OPML_BATCH at a time, so another writer never waits for the whole file.
  const found: NewSource[] = [];
  const seen = new Set<string>();
  const visit = (outlines: OutlineLike[] | undefined, folders: string[]) => {
    for (const outline of outlines ?? []) {
      const name = outlineName(outline);
      if (outline.xmlUrl) {
        const address = feedAddress(outline.xmlUrl);
        if ('problem' in address) {
          result.problems.push(`"${name || outline.xmlUrl.slice(0, 200)}" was skipped: ${address.problem}`);
          continue;
        }
        const feedUrl = address.url;
        if (seen.has(feedUrl)) {
          result.skipped++;
          continue;
        }
        seen.add(feedUrl);
        const site = outline.htmlUrl && outline.htmlUrl.length <= MAX_STRING ? normaliseAddress(outline.htmlUrl) : null;
        const siteUrl = site && site.length <= MAX_STRING ? site : null;
        found.push({
          title: name || new URL(feedUrl).host,
          feedUrl,
          siteUrl,
          folder: folders.length ? folders.join(FOLDER_SEPARATOR) : null,
          kind: 'feed',
        });
      } else if (outline.outlines?.length) {
        visit(outline.outlines, name ? [...folders, name.split(FOLDER_SEPARATOR).join(SEPARATOR_IN_NAME)] : folders);
      }
    }
  };
  visit(document.body?.outlines, []);
  for (let start = 0; start < found.length; start += OPML_BATCH) {
    ctx.store.transaction(() => {
      for (const source of found.slice(start, start + OPML_BATCH)) {
        if (ctx.sources.feedSourceByUrl(source.feedUrl!)) {
          result.skipped++;
          continue;
        }
        ctx.store.addSource(source);
        result.added++;
      }
    });
  }
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
        const name = path[depth - 1]!.split(SEPARATOR_IN_NAME).join(FOLDER_SEPARATOR);
        folder = { text: name, title: name, outlines: [] };
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
  const head = { title: 'Broadsheet subscriptions', dateCreated: new Date(ctx.now()) };
  if (root.length === 0) {
    // feedsmith refuses to write a body with no outlines; an empty subscription list is still a valid OPML file.
    return `<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">\n  <head>\n    <title>${head.title}</title>\n    <dateCreated>${head.dateCreated.toUTCString()}</dateCreated>\n  </head>\n  <body/>\n</opml>\n`;
  }
  return feedsmith().generateOpml({ head, body: { outlines: root as never } });
}
