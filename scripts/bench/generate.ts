// Deterministic synthetic libraries for the benchmarks and their smoke test.
// Everything derives from one seeded PRNG, so a size always produces the same
// articles, and a cached library can be reused until GENERATOR_VERSION changes.
import type { NewArticle } from '../../electron/core/library/article-store.ts';

/** Bump when the generated articles change shape, so stale cached libraries are rebuilt. */
export const GENERATOR_VERSION = 2;
/** Fixed "now" of the synthetic world: dates are reproducible whatever the day of the run. */
export const BENCH_NOW = Date.UTC(2026, 5, 1, 12);
export const SPREAD_DAYS = 180;
/** Share of articles marked read after the build, and of articles bookmarked. */
export const READ_SHARE = 0.6;
export const BOOKMARK_EVERY = 200;

import { prng } from '../../electron/core/related/eval/synthetic.ts';

export { prng };

const ONSETS = ['b', 'br', 'c', 'ch', 'cr', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck', 'rt'];
const FUNCTION_WORDS = `the of and to in a is that for on it with as was at by from this be are an have has not but or which
their its after over more than also been were who into about would could had they said new one two year people`.split(/\s+/);

function word(random: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(random, ONSETS) + pick(random, VOWELS) + (i === syllables - 1 ? pick(random, CODAS) : '');
  return w;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function capital(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Vocabulary and names shared by every size (generated once from a fixed seed). */
export interface World {
  vocabulary: string[];
  names: string[];
  sources: { title: string; siteUrl: string; folder: string }[];
}

export function makeWorld(sourceCount: number): World {
  const random = prng(0xb0a5);
  const vocabulary = unique(12_000, () => word(random, 2 + Math.floor(random() * 2)));
  const names = unique(3_000, () => capital(word(random, 2 + Math.floor(random() * 2))));
  const folders = ['World', 'Politics', 'Business', 'Science', 'Technology', 'Culture', 'Sport', 'Local'];
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const title = `${capital(word(random, 2))} ${pick(random, ['Herald', 'Times', 'Post', 'Gazette', 'Review', 'Daily', 'Courier', 'Wire'])} ${i + 1}`;
    return { title, siteUrl: `https://source-${i + 1}.example`, folder: folders[i % folders.length]! };
  });
  return { vocabulary, names, sources };
}

function unique(count: number, make: () => string): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(make());
  return [...seen];
}

export function sourceCountFor(size: number): number {
  return Math.min(400, Math.max(20, Math.round(size / 2_500)));
}

/** A news event: several outlets write about it within a couple of days, sharing its names and terms. */
interface Story {
  names: string[];
  terms: string[];
  published: number;
}

export interface GeneratedArticle extends NewArticle {
  /** Index of the source in World.sources. */
  sourceIndex: number;
  /** The story this article covers, if any (articles of one story share names and terms). */
  story: number | null;
}

/** Stories and story articles fall within this long after the story broke. */
const STORY_HOURS = 48;

/**
 * Yields `size` articles in publication order, oldest first, as a library fills
 * from feeds day by day (generator 1 yielded them in random date order, which
 * made every index insert land somewhere random in a large index: the build
 * slowed with the library in a way no reader's refresh does). Text is 3–8 KB
 * drawn from the vocabulary with a skewed (Zipf-like) frequency, so search and
 * related see common and rare terms.
 */
export function* generateArticles(world: World, size: number, seed = 42): Generator<GeneratedArticle> {
  const random = prng(seed ^ size);
  const { vocabulary, names } = world;
  const vocabSize = vocabulary.length;
  // Roughly a third of articles belong to a multi-outlet story of 3–6 articles.
  const storyCount = Math.max(1, Math.floor(size / 15));
  const stories: Story[] = [];
  for (let s = 0; s < storyCount; s++) {
    stories.push({
      names: [pick(random, names), pick(random, names), pick(random, names)],
      terms: Array.from({ length: 5 }, () => vocabulary[200 + Math.floor(random() * (vocabSize - 200))]!),
      published: BENCH_NOW - Math.floor(random() * SPREAD_DAYS * 86_400_000),
    });
  }
  const skewed = () => vocabulary[Math.floor(vocabSize * random() * random() * random())]!;

  stories.sort((a, b) => a.published - b.published);
  const start = BENCH_NOW - SPREAD_DAYS * 86_400_000;
  const step = (SPREAD_DAYS * 86_400_000) / size;
  /** The first story that broke after `time - STORY_HOURS` (stories are sorted by time). */
  const firstOpenStory = (time: number) => {
    let lo = 0;
    let hi = stories.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stories[mid]!.published <= time - STORY_HOURS * 3_600_000) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  for (let i = 0; i < size; i++) {
    const sourceIndex = Math.floor(random() * world.sources.length);
    const time = Math.floor(start + (i + random()) * step);
    // A third of articles cover a story that broke in the two days before they appear.
    let storyIndex: number | null = null;
    if (random() < 0.33) {
      const first = firstOpenStory(time);
      let last = first;
      while (last < stories.length && stories[last]!.published <= time) last++;
      if (last > first) storyIndex = first + Math.floor(random() * (last - first));
    }
    const story = storyIndex === null ? null : stories[storyIndex]!;
    const target = 3_000 + Math.floor(random() * 5_000);
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      let paragraph = '';
      const sentences = 3 + Math.floor(random() * 4);
      for (let s = 0; s < sentences; s++) {
        const words = 8 + Math.floor(random() * 14);
        let sentence = '';
        for (let w = 0; w < words; w++) {
          const r = random();
          let next: string;
          if (story && r < 0.06) next = pick(random, story.names);
          else if (story && r < 0.12) next = pick(random, story.terms);
          else if (r < 0.16) next = pick(random, names);
          else if (r < 0.5) next = pick(random, FUNCTION_WORDS);
          else next = skewed();
          sentence += w === 0 ? capital(next) : ` ${next}`;
        }
        paragraph += (s === 0 ? '' : ' ') + sentence + '.';
      }
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    const titleWords = story
      ? [story.names[0]!, skewed(), story.terms[0]!, story.names[1]!, skewed()]
      : [pick(random, names), skewed(), skewed(), skewed(), pick(random, names)];
    const title = capital(titleWords.join(' '));
    const text = paragraphs.join('\n\n');
    const published = time;
    yield {
      sourceIndex,
      sourceId: 0,
      story: storyIndex,
      guid: `bench-${i}`,
      url: `${world.sources[sourceIndex]!.siteUrl}/articles/${i}`,
      title,
      byline: `By ${pick(random, names)} ${pick(random, names)}`,
      section: world.sources[sourceIndex]!.folder,
      summary: paragraphs[0]!.slice(0, 240),
      html: `<p>${paragraphs.join('</p><p>')}</p>`,
      text,
      image: null,
      lang: 'en',
      published: Math.min(published, BENCH_NOW),
    };
  }
}

/** The fixed search queries: a common term, rarer terms, two-word AND, a name, a prefix. */
export function searchQueries(world: World): string[] {
  const v = world.vocabulary;
  return [v[3]!, v[60]!, v[900]!, v[6_000]!, `${v[10]!} ${v[40]!}`, `${v[120]!} ${v[700]!}`, world.names[17]!, `${world.names[5]!} ${v[25]!}`, v[300]!.slice(0, 4), v[2_500]!.slice(0, 4)];
}

/** Deterministic "is this article read" by its generation index (applied after ingest). */
export function isRead(index: number): boolean {
  return ((Math.imul(index + 1, 2654435761) >>> 0) % 1000) / 1000 < READ_SHARE;
}
