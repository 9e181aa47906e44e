// Tokens for story matching. Latin, Cyrillic, Greek, Arabic, Hebrew … split on
// letters and digits the way the FTS5 unicode61 tokenizer does; scripts
// written without spaces (Chinese, Japanese, Korean) become overlapping
// character bigrams, the usual choice when no dictionary segmenter is at hand.
// Anything else (emoji, symbols, control characters) is simply not a token.
import { isStopword, nameTokens } from './tokenize.ts';

const RUN = /[\p{L}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_SPLIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/u;

// English stopwords come from the shared tokenizer; these cover the other
// languages a European reader most often subscribes to, so their glue words
// do not pass as shared subject matter.
const OTHER_STOPWORDS = new Set(
  `le la les un une des du de et est sont dans pour par sur avec au aux ce cette ces qui que quoi dont il elle ils elles
  nous vous leur leurs se sa son ses pas plus ont été être avait fait selon entre mais ou donc car lors après avant
  der die das den dem des ein eine einer und ist sind im in zu mit von auf für nicht sich auch als am aus bei nach wie
  el los las una unos del al y en con por para que se su sus es son como más pero fue sobre entre tras
  il lo gli della delle dei di da nel nella che per con non sono anche come più`.split(/\s+/),
);

// Accents are folded for alphabets (café = cafe, as the search index does), but
// not for kana: the voicing mark makes が a different syllable from か.
const ALPHABET_MARKS = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

function fold(text: string): string {
  return text.normalize('NFKD').replace(ALPHABET_MARKS, '').normalize('NFC').toLowerCase();
}

export function isCjk(text: string): boolean {
  return CJK.test(text);
}

/** Splits one letter-and-digit run (itself, or its CJK parts as character bigrams) and adds the tokens `keep` accepts. */
function pushRun(run: string, out: string[], keep: (token: string) => boolean = () => true): void {
  const push = (t: string) => keep(t) && out.push(t);
  if (!CJK.test(run)) {
    push(run);
    return;
  }
  for (const part of run.split(CJK_SPLIT)) {
    if (!part) continue;
    if (!CJK.test(part)) {
      push(part);
      continue;
    }
    const chars = Array.from(part);
    if (chars.length === 1) push(part);
    for (let i = 0; i + 1 < chars.length; i++) push(chars[i]! + chars[i + 1]!);
  }
}

/** Folded tokens of `text`, in order; CJK runs as character bigrams. Never throws on any string. */
export function storyTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of fold(text).match(RUN) ?? []) pushRun(run, out);
  return out;
}

// A figure as a report states it: 3.25%, 14,000, 2,1 %, 157. Not part of a word or
// code (7C2216, 122mph, v1.2 stay word tokens) and not one group of a longer
// dotted run (an address, a version). After folding, so "％" is "%" and "Per Cent" is "per cent".
const FIGURE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?:[.,](\d+))?(?![\p{L}\p{N}]|[.,]\d)(\s?(?:%|per ?cent(?!\p{L})))?/u;
const FIGURE_OR_RUN = new RegExp(`${FIGURE.source}|${RUN.source}`, 'gu');

/**
 * A figure's token, or null when it says too little to tell events apart. A
 * share or a decimal always counts ("3.25%", "0.75"), so does a count of a
 * hundred or more ("157", "14000"); small whole numbers (dates, "5-2", "two")
 * are everywhere. A decimal comma reads as a point unless three digits follow
 * (then it separates thousands). Years and other long plain numbers stay as
 * written, as they were before figures had tokens of their own.
 */
function figureToken(whole: string, decimals: string | undefined, percent: string | undefined): string | null {
  const grouped = whole.includes(',');
  const digits = whole.replaceAll(',', '');
  const fraction = decimals?.replace(/0+$/, '') ?? '';
  const value = (digits.replace(/^0+(?=\d)/, '') || '0') + (fraction ? `.${fraction}` : '');
  if (percent) return `${value}%`;
  if (decimals !== undefined) return value;
  if (!grouped && digits.length >= 4) return whole;
  return Number(digits) >= 100 ? value : null;
}

function isContent(t: string): boolean {
  return (t.length > 1 || isCjk(t)) && !isStopword(t) && !OTHER_STOPWORDS.has(t) && !/^\d{1,3}$/.test(t);
}

/** Tokens worth weighing: no stopwords, no small bare numbers, no single Latin letters; figures (3.25%, 14,000) as one token each. */
export function storyContentTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(FIGURE_OR_RUN)) {
    if (m[1] !== undefined) {
      const figure = figureToken(m[1], m[2], m[3]);
      if (figure !== null) out.push(figure);
    } else pushRun(m[0], out, isContent);
  }
  return out;
}

/** Capitalised-mid-sentence words: people, places, organisations (for scripts that have case). */
export function storyNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const n of nameTokens(text)) if (!OTHER_STOPWORDS.has(n)) names.add(n);
  return names;
}

/**
 * A coarse language key: the article's declared language when it has one,
 * otherwise the dominant script. Articles are only matched within one key,
 * so a Japanese article is grouped with Japanese coverage, never with English
 * coverage that happens to share a romanised name.
 */
export function languageKey(declared: string | null | undefined, text: string): string {
  const lang = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (lang && /^[a-z]{2,3}$/.test(lang)) return lang;
  const sample = text.slice(0, 2000);
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const scripts: [string, number][] = [
    ['ja', count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) * 3],
    ['zh', count(/\p{Script=Han}/gu)],
    ['ko', count(/\p{Script=Hangul}/gu)],
    ['ar', count(/\p{Script=Arabic}/gu)],
    ['he', count(/\p{Script=Hebrew}/gu)],
    ['ru', count(/\p{Script=Cyrillic}/gu)],
    ['el', count(/\p{Script=Greek}/gu)],
    ['en', count(/\p{Script=Latin}/gu)],
  ];
  scripts.sort((a, b) => b[1] - a[1]);
  return scripts[0]![1] > 0 ? scripts[0]![0] : 'und';
}
