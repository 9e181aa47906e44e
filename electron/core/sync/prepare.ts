// An item from a sync server made ready to store: its HTML sanitized like any
// feed article's (items from a server are as hostile as feeds), a plain-text
// title, summary and byline, and its story-index features. This is the costly
// part of storing an item and needs no database, so a sync runs it in a worker
// (prepare-worker.ts) and the main thread only writes.
import { plainText, sanitizeArticle } from '../text/sanitize.ts';
import { extractFeatures, type StoryFeatures } from '../text/story-features.ts';

export interface ItemToPrepare {
  title: string;
  html: string;
  url: string | null;
  author: string | null;
}

export interface PreparedItem {
  title: string;
  html: string;
  text: string;
  summary: string;
  byline: string | null;
  /** What upsertArticle would compute on the main thread otherwise. */
  features: StoryFeatures;
}

const SUMMARY_CHARS = 280;

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** plainText runs DOMPurify; most titles have no markup or entities and skip it. */
export function cleanText(value: string): string {
  return /[<&]/.test(value) ? plainText(value) : value.replace(/\s+/g, ' ').trim();
}

export function prepareItem(item: ItemToPrepare): PreparedItem {
  const { html, text } = item.html ? sanitizeArticle(item.html, item.url) : { html: '', text: '' };
  let title = cleanText(item.title);
  if (!title) title = shorten(text, 80) || item.url || 'Untitled';
  return {
    title,
    html,
    text,
    summary: shorten(text, SUMMARY_CHARS),
    byline: item.author ? cleanText(item.author) || null : null,
    // The same title, text and address upsertArticle stores, so the story index gets what it would compute itself.
    features: extractFeatures({ title, text, lang: null, url: item.url }),
  };
}

export function prepareItems(items: ItemToPrepare[]): PreparedItem[] {
  return items.map(prepareItem);
}
