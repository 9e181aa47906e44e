// Story grouping for the article list: each new article joins the story its
// same-story matches belong to, by the sidebar's own Same story rule, and two
// stories that turn out to be one event merge once enough of their members
// link. Decided once per article, after it is indexed and off the ingest path
// (StoryAssigner), and stored by the library (StoryGroups), so a list page only
// reads it.
import type { ArticleStore } from '../library/article-store.ts';
import type { StoryGroups } from '../library/story-groups.ts';
import { storyContentTokens } from '../text/story-tokenize.ts';
import { scoreCandidates, type Thresholds } from './related.ts';
import { TUNED } from './thresholds.ts';

/**
 * Links from one new article to a story's members before the article's own
 * story and that one are taken to be the same event. One link could be a
 * coincidence between two neighbouring events; two are not.
 */
export const MERGE_LINKS = 2;

/**
 * Share of a headline's weight (its words' idf) that the other article must
 * contain, both ways, before two articles are one story. Two reports of one
 * event each carry what the other's headline names (the storm, "Maelis");
 * background about the same place and people does not (the sea-wall dispute
 * never names the storm, the repair law never the rate). On the development
 * half and the sample edition every pair of one event covers at least 0.14 of
 * the other's headline, and the near-misses that had joined stories at most
 * 0.10. Costs recall on headlines without the event's words ("Disaster of
 * biblical proportions"): docs/related-stories.md.
 */
export const MIN_HEADLINE_COVERAGE = 0.12;

/** Idf-weighted share of `title`'s words found in `tokens` (another article's title and text). */
export function headlineCoverage(title: string, tokens: ReadonlySet<string>, idf: (term: string) => number): number {
  let all = 0;
  let found = 0;
  for (const term of new Set(storyContentTokens(title))) {
    const w = idf(term);
    all += w;
    if (tokens.has(term)) found += w;
  }
  // A headline with no words to compare (symbols, numbers only) says nothing either way.
  return all === 0 ? 1 : found / all;
}

/** An article's headline and the words of its headline and text, for headlinesAgree; the named storm its headline is about, for namedSystemsDiffer. */
export interface HeadlineAndWords {
  title: string;
  words: ReadonlySet<string>;
  system: string | null;
}

export function headlineAndWords({ title, text }: { title: string; text: string }): HeadlineAndWords {
  return { title, words: new Set(storyContentTokens(`${title}\n${text}`)), system: headlineSystem(title, text) };
}

// Words that name a kind of weather system before its given name ("Storm Isha", "Hurricane
// Helene", "la tempête Ciarán", "Sturmtief Zoltan"), in the languages the stopwords cover.
const SYSTEM_KINDS = [
  'storm', 'hurricane', 'typhoon', 'super typhoon', 'cyclone', 'tropical storm', 'tropical depression', 'tropical cyclone',
  'tempête', 'ouragan', 'cyclone tropical', 'sturm', 'sturmtief', 'orkan', 'hurrikan', 'taifun', 'tormenta', 'borrasca', 'huracán', 'tifón',
  'tempesta', 'uragano', 'tifone', 'ciclone',
];
const KIND = SYSTEM_KINDS.map((k) => k.replace(/^\p{L}/u, (c) => `[${c}${c.toUpperCase()}]`)).join('|');
/** A kind word, then a capitalised name: in running text, "Storm Isha" names a storm; "storm warning" does not. */
const SYSTEM_IN_TEXT = new RegExp(`(?<!\\p{L})(?:${KIND})\\s+(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)`, 'gu');
/** The kind words one by one, folded: "tropical storm" beside a name is "storm" beside it. */
const KIND_WORDS = new Set(SYSTEM_KINDS.flatMap((k) => foldName(k).split(' ')));
/** Capitalised words that follow "Storm" without being a storm's name. */
const NOT_SYSTEM_NAMES = new Set(['center', 'centre', 'prediction', 'shadow', 'warning', 'watch', 'surge', 'season', 'team', 'damage', 'alert', 'names']);

function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * The weather system a headline is about: of the names the headline or text gives as
 * "Storm <Name>" (capitalised, so "storm warning" is not one), the one the headline puts beside a
 * kind word ("Storm Jocelyn", "the Domingos storm"), else the first it names. Storms are named in
 * sequence, so two in a week are common and their coverage names each other ("Storm Jocelyn
 * follows in the wake of Storm Isha"); the headline's own storm says which one a report is about.
 */
export function headlineSystem(title: string, text: string): string | null {
  const named = new Set<string>();
  for (const m of `${title}\n${text}`.matchAll(SYSTEM_IN_TEXT)) {
    const name = foldName(m[1]!);
    if (!NOT_SYSTEM_NAMES.has(name)) named.add(name);
  }
  if (named.size === 0) return null;
  const words = foldName(title).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  let first: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/['’]s$/, '');
    if (!named.has(word)) continue;
    if (KIND_WORDS.has(words[i - 1] ?? '') || KIND_WORDS.has(words[i + 1] ?? '')) return word;
    first ??= word;
  }
  return first;
}

/** Two headlines about two different named storms, however much their text shares (the same coasts, power cuts, the other storm's name). */
export function namedSystemsDiffer(a: HeadlineAndWords, b: HeadlineAndWords): boolean {
  return a.system !== null && b.system !== null && a.system !== b.system;
}

/** Whether each of two articles carries enough of the other's headline (MIN_HEADLINE_COVERAGE). */
export function headlinesAgree(a: HeadlineAndWords, b: HeadlineAndWords, idf: (term: string) => number): boolean {
  return headlineCoverage(a.title, b.words, idf) >= MIN_HEADLINE_COVERAGE && headlineCoverage(b.title, a.words, idf) >= MIN_HEADLINE_COVERAGE;
}

/**
 * Decides the story of one indexed article; returns it, or null when the article stands alone.
 * `read` keeps the headlines and words read for earlier decisions of the same step (one event's
 * reports arrive together, so each one's matches are mostly the others).
 */
export function assignStory(
  store: ArticleStore,
  groups: StoryGroups,
  id: number,
  thresholds: Thresholds = TUNED,
  now = Date.now(),
  read = new Map<number, HeadlineAndWords>(),
): number | null {
  const index = store.storyIndex;
  const doc = index.loadDoc(id);
  if (!doc) return null;
  const windowMs = thresholds.sameStoryWindowHours * 3600_000;
  const headline = (of: number) => {
    let h = read.get(of);
    if (!h) read.set(of, (h = headlineAndWords(store.titleAndText(of))));
    return h;
  };
  const systems = new Map<number, string | null>();
  const systemOf = (of: number) => {
    let system = read.get(of)?.system ?? systems.get(of);
    if (system === undefined) {
      const { title, text } = store.titleAndText(of);
      systems.set(of, (system = headlineSystem(title, text)));
    }
    return system;
  };
  const article = headline(id);
  const idf = (term: string) => index.idf(term);
  // A copy needs no headline check; any other match must carry this article's headline and it its
  // own, and must not be a report of another named storm.
  const links = scoreCandidates(index, doc, thresholds).filter(
    (c) =>
      (c.duplicate && c.gapMs <= windowMs) ||
      (c.sameStory && headlinesAgree(article, headline(c.doc.id), idf) && !namedSystemsDiffer(article, headline(c.doc.id))),
  );
  const own = groups.storyOf(id);
  if (links.length === 0) return own;
  const storyOf = groups.storiesOf(links.map((l) => l.doc.id));
  const byStory = new Map<number, { links: number; best: number }>();
  const alone: number[] = [];
  for (const link of links) {
    const story = storyOf.get(link.doc.id);
    if (story === undefined) {
      alone.push(link.doc.id);
      continue;
    }
    const entry = byStory.get(story) ?? { links: 0, best: 0 };
    entry.links++;
    entry.best = Math.max(entry.best, link.similarity);
    byStory.set(story, entry);
  }
  // Whether any report in `members` is about another named storm than any in `others`: a story
  // that reached this one through a report naming both must still not take either storm's own reports.
  const stormsDiffer = (members: number[], others: number[]) => {
    const named = new Set(members.map(systemOf).filter((s) => s !== null));
    return named.size > 0 && others.some((o) => {
      const system = systemOf(o);
      return system !== null && (named.size > 1 || !named.has(system));
    });
  };
  // The article goes where most of its matches are (the strongest match breaks a tie), but a
  // story of several articles takes it only when two of them match: one match between an
  // article and a grown story is as often the neighbouring event (the dispute before the storm).
  const ranked = [...byStory]
    .filter(([story, { links: count }]) => story === own || count >= Math.min(MERGE_LINKS, groups.members(story).length))
    .filter(([story]) => story === own || article.system === null || !stormsDiffer([id], groups.members(story)))
    .sort((a, b) => b[1].links - a[1].links || b[1].best - a[1].best);
  if (own === null && ranked.length === 0 && alone.length === 0) return null;
  const target = own ?? ranked[0]?.[0] ?? null;
  // Matches standing alone come along, each only if it reports no other storm than the story does.
  const joining = [id];
  const present = target === null || alone.length === 0 ? [] : groups.members(target);
  for (const other of alone) if (!stormsDiffer([other], [...present, ...joining])) joining.push(other);
  if (target === null && joining.length === 1) return null;
  const story = groups.join(target, joining, now);
  for (const [other, { links: count }] of ranked) {
    if (other !== story && count >= MERGE_LINKS && !stormsDiffer(groups.members(story), groups.members(other))) groups.merge(story, other);
  }
  return story;
}

/** How long one background step may take before it yields, and the clock it is read from (tests pass a fake one). */
export interface StepBudget {
  ms: number;
  clock?: () => number;
}

/**
 * Decides up to `limit` pending articles' stories in one transaction; returns the articles whose row may have changed.
 * With a `budget`, it stops after the article that used it up (at least one is always decided), so one
 * step of background work holds the main process for about `budget.ms` however slow the articles are.
 */
export function assignPending(
  store: ArticleStore,
  groups: StoryGroups,
  limit: number,
  thresholds: Thresholds = TUNED,
  budget?: StepBudget,
): { considered: number; grouped: number[] } {
  const ids = groups.pending(limit);
  if (ids.length === 0) return { considered: 0, grouped: [] };
  const clock = budget?.clock ?? (() => performance.now());
  const started = clock();
  const grouped: number[] = [];
  let done = 0;
  const read = new Map<number, HeadlineAndWords>();
  store.transaction(() => {
    for (const id of ids) {
      const story = assignStory(store, groups, id, thresholds, Date.now(), read);
      if (story !== null) grouped.push(id);
      done++;
      if (budget && clock() - started >= budget.ms) break;
    }
    // pending() lists new arrivals upward then the backlog downward, so a decided prefix keeps its watermarks exact.
    groups.considered(ids.slice(0, done));
  });
  return { considered: done, grouped };
}

/**
 * Background steps: at most STEP articles and about STEP_MS of main-thread time each (a story
 * decision costs a related query, 1–2 ms typically but tens of ms for an article of common
 * words), so a step stays well under the 50 ms a window may be held; a short pause between.
 */
const STEP = 50;
const STEP_MS = 12;
const PAUSE_MS = 10;
/**
 * Grouped articles are reported at most this often while a backlog lasts (and
 * once more when it is done). The window reloads its first page on each report:
 * once a step, that was a list query every ~25 ms for as long as an upgraded
 * library's backlog took (an hour at a million articles), and key presses
 * waited behind them (BENCHMARKS.md).
 */
export const NOTIFY_MS = 1000;

/**
 * Works through the articles without a story decision in small steps with
 * pauses (new arrivals first, then an older library newest first), and says
 * which articles it grouped so the window can update the rows in place.
 * Created, woken and closed by the composition root.
 */
export class StoryAssigner {
  readonly #store: ArticleStore;
  readonly #groups: StoryGroups;
  readonly #onGrouped: (articleIds: number[]) => void;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;
  #idle: (() => void)[] = [];
  readonly #budget: StepBudget;
  readonly #notifyMs: number;
  /** Grouped since the last report, and when that was. */
  #unreported: number[] = [];
  #reportedAt = -Infinity;

  constructor(store: ArticleStore, groups: StoryGroups, onGrouped: (articleIds: number[]) => void, budget: StepBudget = { ms: STEP_MS }, notifyMs = NOTIFY_MS) {
    this.#store = store;
    this.#groups = groups;
    this.#onGrouped = onGrouped;
    this.#budget = budget;
    this.#notifyMs = notifyMs;
  }

  /** Starts (or continues) deciding stories; stops by itself when none is pending. */
  wake(): void {
    if (this.#closed || this.#timer) return;
    this.#timer = setTimeout(() => this.#step(), PAUSE_MS);
    // A short CLI command must not be kept alive by background grouping.
    this.#timer.unref?.();
  }

  /** Decides every pending story now (the CLI and tests, which want the answer before they list). */
  drain(): void {
    while (!this.#closed && this.#runStep() > 0);
    this.#report(true);
  }

  /** Resolves when nothing is pending. */
  idle(): Promise<void> {
    if (!this.#timer) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  close(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    for (const resolve of this.#idle.splice(0)) resolve();
  }

  #runStep(budget?: StepBudget): number {
    const { considered, grouped } = assignPending(this.#store, this.#groups, STEP, TUNED, budget);
    this.#unreported.push(...grouped);
    this.#report(false);
    return considered;
  }

  /** Reports what was grouped: the first step's at once, then at most every notifyMs, and the rest when the work is done. */
  #report(done: boolean): void {
    if (this.#unreported.length === 0) return;
    const now = (this.#budget.clock ?? performance.now.bind(performance))();
    if (!done && now - this.#reportedAt < this.#notifyMs) return;
    this.#reportedAt = now;
    this.#onGrouped(this.#unreported.splice(0));
  }

  #step(): void {
    this.#timer = null;
    if (this.#closed) return;
    let considered = 0;
    try {
      considered = this.#runStep(this.#budget);
    } catch {
      // Busy or closing: the next wake (a refresh, the next start) continues where this stopped.
      considered = 0;
    }
    if (considered > 0) return this.wake();
    this.#report(true);
    for (const resolve of this.#idle.splice(0)) resolve();
  }
}
