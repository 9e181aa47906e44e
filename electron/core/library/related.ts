// Related stories for the open article. This first version asks the FTS5
// index: the article's most distinctive terms (tf-idf against the library's
// own vocabulary, names weighted up) become an OR query ranked by bm25.
// Entries that share most of those terms and sit close in time are marked
// "same story"; the rest are "related".
import type { ArticleSummary, RelatedEntry } from '../../shared/models.ts';
import { contentTokens, nameTokens } from '../text/tokenize.ts';
import type { ArticleStore } from './article-store.ts';

export const RELATED_LIMIT = 8;
const QUERY_TERMS = 12;
const CANDIDATES = 40;
const NAME_WEIGHT = 1.6;
const TITLE_WEIGHT = 2;
/** Share of the article's distinctive terms a candidate must contain to count as the same story. */
const SAME_STORY_OVERLAP = 0.45;
/** Same-story coverage appears within this window of the article. */
const SAME_STORY_WINDOW_MS = 72 * 3600_000;

interface Term {
  term: string;
  weight: number;
  name: boolean;
}

export function distinctiveTerms(store: ArticleStore, title: string, text: string, limit = QUERY_TERMS): Term[] {
  const names = nameTokens(`${title}\n${text}`);
  const counts = new Map<string, number>();
  for (const t of contentTokens(title)) counts.set(t, (counts.get(t) ?? 0) + TITLE_WEIGHT);
  for (const t of contentTokens(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const total = (store.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  const docFreq = store.db.prepare('SELECT doc FROM articles_vocab WHERE term = ?');
  const scored: Term[] = [];
  for (const [term, tf] of counts) {
    const df = (docFreq.get(term) as { doc: number } | undefined)?.doc ?? 1;
    const idf = Math.log(1 + total / df);
    const name = names.has(term);
    scored.push({ term, weight: (1 + Math.log(tf)) * idf * (name ? NAME_WEIGHT : 1), name });
  }
  return scored.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term)).slice(0, limit);
}

export function relatedArticles(store: ArticleStore, id: number, limit = RELATED_LIMIT): RelatedEntry[] {
  const row = store.db.prepare('SELECT title, text, published FROM articles WHERE id = ?').get(id) as
    | { title: string; text: string; published: number }
    | undefined;
  if (!row) return [];
  const terms = distinctiveTerms(store, row.title, row.text);
  if (terms.length === 0) return [];
  const match = terms.map((t) => `"${t.term}"`).join(' OR ');
  const candidates = store.db
    .prepare(`SELECT f.rowid AS id, -bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts f
      WHERE articles_fts MATCH ? AND f.rowid != ? ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?`)
    .all(match, id, CANDIDATES) as { id: number; score: number }[];

  const termsOf = store.db.prepare('SELECT title, text, published FROM articles WHERE id = ?');
  const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
  const entries: (RelatedEntry & { overlap: number })[] = [];
  for (const candidate of candidates) {
    const other = termsOf.get(candidate.id) as { title: string; text: string; published: number };
    const present = new Set(contentTokens(`${other.title}\n${other.text}`));
    const shared = terms.filter((t) => present.has(t.term));
    const overlap = shared.reduce((sum, t) => sum + t.weight, 0) / totalWeight;
    const close = Math.abs(other.published - row.published) <= SAME_STORY_WINDOW_MS;
    const summary: ArticleSummary = store.summary(candidate.id);
    entries.push({
      article: summary,
      group: overlap >= SAME_STORY_OVERLAP && close ? 'same-story' : 'related',
      score: Math.round(overlap * 1000) / 1000,
      reason: describe(shared),
      overlap,
    });
  }
  entries.sort((a, b) => (a.group === b.group ? b.overlap - a.overlap : a.group === 'same-story' ? -1 : 1));
  return entries.slice(0, limit).map(({ overlap: _overlap, ...entry }) => entry);
}

function describe(shared: Term[]): string {
  if (shared.length === 0) return 'Similar wording';
  const names = shared.filter((t) => t.name).slice(0, 3);
  const words = (names.length ? names : shared.slice(0, 3)).map((t) => t.term[0]!.toUpperCase() + t.term.slice(1));
  return `Shares ${words.join(', ')}`;
}
