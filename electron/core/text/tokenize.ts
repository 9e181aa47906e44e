// Tokenization shared by search-query building and related-story terms. It
// folds case and diacritics the way the FTS5 'unicode61 remove_diacritics 2'
// tokenizer does, so a term we pick is a term the index knows.

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
  nor not now of off on once only or other our ours ourselves out over own same she should so some such than
  that the their theirs them themselves then there these they this those through to too under until up very
  was we were what when where which while who whom why will with would you your yours yourself yourselves
  said says say told according new one two three first last year years week weeks day days month months
  time people would could may might must shall many much well back still even since around among across
  will just like get got make made including include includes while however although though whether per
  mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** All index tokens of `text`, in order (stopwords included). */
export function tokens(text: string): string[] {
  return foldCase(text).match(WORD) ?? [];
}

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/** Tokens worth weighing for similarity: no stopwords, no bare numbers, no single letters. */
export function contentTokens(text: string): string[] {
  return tokens(text).filter((t) => t.length > 1 && !STOPWORDS.has(t) && !/^\d+$/.test(t));
}

/**
 * Tokens that appear capitalised mid-sentence in the original text: a cheap,
 * language-agnostic signal for names of people, places and organisations.
 */
export function nameTokens(text: string): Set<string> {
  const names = new Set<string>();
  const re = /(?<![.!?]\s)(?<!^)\b(\p{Lu}[\p{L}\p{M}'’-]+)/gmu;
  for (const match of text.matchAll(re)) {
    for (const t of tokens(match[1]!)) if (!STOPWORDS.has(t)) names.add(t);
  }
  return names;
}

/**
 * The shortest last word searched as a prefix. A shorter prefix ("bre") makes
 * SQLite merge the lists of every word it starts — hundreds of milliseconds in a
 * large library (BENCHMARKS.md) — for results nobody reads while still typing.
 */
export const MIN_PREFIX = 4;

/** Turns what a person typed into a safe FTS5 query: every word must match, the last (if long enough) as a prefix. */
export function toFtsQuery(input: string): string | null {
  const words = tokens(input).slice(0, 16);
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 && [...w].length >= MIN_PREFIX ? `"${w}"*` : `"${w}"`)).join(' ');
}

export function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}
