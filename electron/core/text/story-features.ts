// What an article contributes to story matching: a weighted bag of terms
// (title and names counted up), a SimHash fingerprint of its wording for
// spotting syndicated and duplicate copies, and a normalised address.
import { storyContentTokens, storyNames, storyTokens, languageKey } from './story-tokenize.ts';

/** A title word says more about the event than a body word. */
export const TITLE_WEIGHT = 3;
/** The first paragraph carries who/what/where; later paragraphs drift into background. */
export const LEAD_WEIGHT = 1.5;
export const LEAD_TOKENS = 60;
/** People, places and organisations identify an event better than common nouns. */
export const NAME_BOOST = 1.6;
/** Terms kept per article; the rest of a long article's tail adds storage, not accuracy. */
export const MAX_TERMS = 64;

export interface StoryFeatures {
  lang: string;
  /** term → raw weight (log tf × title/lead/name boosts), before idf. */
  terms: Map<string, number>;
  names: Set<string>;
  /** 64-bit SimHash as 16 hex digits, or null when the text is too short to fingerprint. */
  fingerprint: string | null;
  urlKey: string | null;
}

export interface FeatureInput {
  title: string;
  text: string;
  lang?: string | null;
  url?: string | null;
}

export function extractFeatures(input: FeatureInput): StoryFeatures {
  const counts = new Map<string, number>();
  const add = (t: string, w: number) => counts.set(t, (counts.get(t) ?? 0) + w);
  for (const t of storyContentTokens(input.title)) add(t, TITLE_WEIGHT);
  const body = storyContentTokens(input.text);
  body.forEach((t, i) => add(t, i < LEAD_TOKENS ? LEAD_WEIGHT : 1));
  const names = storyNames(`${input.title}\n${input.text}`);
  const terms = new Map<string, number>();
  for (const [t, tf] of counts) terms.set(t, (1 + Math.log(tf)) * (names.has(t) ? NAME_BOOST : 1));
  return {
    lang: languageKey(input.lang, `${input.title} ${input.text}`),
    terms,
    names,
    fingerprint: simhash(storyTokens(input.text)),
    urlKey: urlKey(input.url ?? null),
  };
}

/** Same page, whatever the tracking parameters, scheme, `www.` or trailing slash. */
export function urlKey(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    for (const key of [...u.searchParams.keys()]) if (/^(utm_|fbclid|gclid|ref$|cmp$|ocid$)/i.test(key)) u.searchParams.delete(key);
    const query = u.searchParams.toString();
    return `${u.hostname.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
  } catch {
    return null;
  }
}

const SHINGLE = 4;

/** FNV-1a over UTF-16 units with a seed: two seeds give the two halves of a 64-bit hash. */
function fnv(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche: FNV's high bits are weak for short inputs.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * SimHash (Charikar) over word 4-shingles: near-identical texts (a wire story
 * reprinted with a new headline or a trimmed ending) land a few bits apart,
 * while two outlets writing the same event in their own words do not.
 */
export function simhash(tokens: string[]): string | null {
  if (tokens.length < SHINGLE + 4) return null;
  // Hash each token once, then mix a window of SHINGLE token hashes: the same
  // result as hashing the joined shingle text for our purposes, at a fraction of the cost.
  const lo = new Uint32Array(tokens.length);
  const hi = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    lo[i] = fnv(tokens[i]!, 0);
    hi[i] = fnv(tokens[i]!, 0x9e3779b9);
  }
  // Counting the 1 bits per position is the vote (votes = 2 × ones − shingles).
  // Eight byte-lane counters per half count four positions each in one add
  // (bits k, k+8, k+16, k+24), emptied into `ones` before a lane can overflow.
  const ones = new Float64Array(64);
  const laneA = new Int32Array(8);
  const laneB = new Int32Array(8);
  let inLanes = 0;
  const empty = () => {
    for (let k = 0; k < 8; k++) {
      for (let byte = 0; byte < 4; byte++) {
        ones[k + 8 * byte]! += (laneA[k]! >>> (8 * byte)) & 0xff;
        ones[32 + k + 8 * byte]! += (laneB[k]! >>> (8 * byte)) & 0xff;
      }
      laneA[k] = 0;
      laneB[k] = 0;
    }
    inLanes = 0;
  };
  let shingles = 0;
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    let a = 0x2545f491;
    let b = 0x6b43a9b5;
    for (let k = 0; k < SHINGLE; k++) {
      a = Math.imul(a ^ lo[i + k]!, 0x9e3779b1) >>> 0;
      a ^= a >>> 15;
      b = Math.imul(b ^ hi[i + k]!, 0x85ebca77) >>> 0;
      b ^= b >>> 13;
    }
    for (let k = 0; k < 8; k++) {
      laneA[k]! += (a >>> k) & 0x01010101;
      laneB[k]! += (b >>> k) & 0x01010101;
    }
    shingles++;
    if (++inLanes === 255) empty();
  }
  empty();
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * ones[bit]! > shingles) low |= 1 << bit;
    if (2 * ones[bit + 32]! > shingles) high |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function hamming(a: string, b: string): number {
  return popcount((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) + popcount((parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0);
}
