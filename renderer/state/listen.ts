// Reads the open article aloud with the platform's speech synthesis (Web
// Speech API). One utterance per paragraph: the current paragraph can then be
// highlighted, skipped and restarted at a new speed, and Chromium's habit of
// stopping long utterances after about fifteen seconds never bites.
//
// Where the system has no voice for the article's language (most Linux
// desktops have none at all), the bundled voice reads English instead: the
// core synthesizes one sentence at a time in a worker (electron/core/speech),
// the next sentences are asked for while one plays, and each WAV is played
// through Web Audio (no media URL, so the page's CSP needs nothing more).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ListenState = 'checking' | 'unavailable' | 'idle' | 'playing' | 'paused';

export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** Average speaking pace at rate 1, used to estimate elapsed and remaining time. */
export const WORDS_PER_MINUTE = 170;
/** Chromium fills its voice list asynchronously; after this long with none, there are none. */
export const VOICE_WAIT_MS = 1500;

const HIGHLIGHT_ATTRIBUTE = 'data-listening';
const highlightSheet = (() => {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`[${HIGHLIGHT_ATTRIBUTE}] { background: var(--selection); outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
      @media (forced-colors: active) { [${HIGHLIGHT_ATTRIBUTE}] { outline: 3px solid Highlight; background: Mark; color: MarkText; } }`);
    return sheet;
  } catch {
    return null;
  }
})();

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The bundled voice as the controller sees it. */
export interface BundledSpeech {
  /** Primary language subtags it speaks ('en'). */
  languages: readonly string[];
  /** One sentence at `rate`, as a WAV file. */
  synthesize(text: string, rate: number): Promise<ArrayBuffer>;
}

/** Plays WAV clips one at a time; play resolves when the clip ends or is stopped. */
export interface AudioOut {
  play(wav: ArrayBuffer): Promise<void>;
  pause(): void;
  resume(): void;
  stop(): void;
}

/** AudioOut over Web Audio: decodes each WAV and plays it; pausing suspends the context. */
export class WebAudioOut implements AudioOut {
  #context: AudioContext | null = null;
  #source: AudioBufferSourceNode | null = null;
  #finish: (() => void) | null = null;
  /** Incremented by stop(), so a clip still decoding when stopped never starts. */
  #token = 0;
  /** Paused before the first clip made a context: the context starts suspended. */
  #paused = false;

  async play(wav: ArrayBuffer): Promise<void> {
    const token = this.#token;
    this.#context ??= new AudioContext();
    const context = this.#context;
    if (this.#paused && context.state === 'running') await context.suspend();
    const buffer = await context.decodeAudioData(wav.slice(0));
    if (token !== this.#token) return;
    await new Promise<void>((resolve) => {
      const source = context.createBufferSource();
      source.buffer = buffer;
      source.connect(context.destination);
      this.#source = source;
      this.#finish = resolve;
      source.addEventListener('ended', () => {
        if (this.#source === source) this.#source = null;
        resolve();
      });
      source.start();
    });
  }

  pause(): void {
    this.#paused = true;
    void this.#context?.suspend();
  }

  resume(): void {
    this.#paused = false;
    void this.#context?.resume();
  }

  stop(): void {
    this.#token++;
    const source = this.#source;
    this.#source = null;
    try {
      source?.stop();
    } catch {
      // never started
    }
    this.#finish?.();
    this.#finish = null;
    this.#paused = false;
    void this.#context?.resume();
  }
}

/** Sentences of a paragraph, each short enough for one synthesis call. */
export function sentencesOf(text: string, lang: string | null = null, max = 600): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  let parts: string[];
  try {
    parts = [...new Intl.Segmenter(lang ?? 'en', { granularity: 'sentence' }).segment(clean)].map((s) => s.segment.trim());
  } catch {
    parts = clean.split(/(?<=[.!?…])\s+/);
  }
  const out: string[] = [];
  for (const part of parts.filter(Boolean)) {
    let rest = part;
    while (rest.length > max) {
      const cut = Math.max(rest.lastIndexOf(', ', max), rest.lastIndexOf(' ', max));
      const at = cut > max / 3 ? cut + 1 : max;
      out.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest) out.push(rest);
  }
  return out;
}

/** "de-AT" → "German" (in English), for saying plainly which language has no voice. */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang.split('-')[0]!) ?? lang;
  } catch {
    return lang;
  }
}

export interface ListenOptions {
  /** The paragraphs of the open article, in reading order (elements in the reading pane). */
  paragraphs(): HTMLElement[];
  /** Language of the article, to pick a matching voice. */
  lang?(): string | null;
  synth?: SpeechSynthesis | null;
  /** The bundled voice, when the app has one (null: not now). Without this option, no voice means unavailable. */
  bundled?(): BundledSpeech | null;
  /** Where the bundled voice's clips play; defaults to Web Audio. */
  audio?: AudioOut;
  /** For tests; defaults to performance.now. */
  now?(): number;
}

export class ListenController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ListenOptions;
  readonly #synth: SpeechSynthesis | null;
  readonly #now: () => number;
  state: ListenState = 'checking';
  /** Which voice reads the article being read: the system's, or the bundled one. */
  engine: 'system' | 'bundled' | null = null;
  /** Said once, when the reader asked to listen and no voice speaks the article's language (cleared by stop()). */
  notice = '';
  rate = 1;
  index = 0;
  #elements: HTMLElement[] = [];
  #words: number[] = [];
  /** Incremented whenever playback is redirected, so stale utterances' end events are ignored. */
  #generation = 0;
  #paragraphStartedAt = 0;
  #pausedAt = 0;
  #pausedTotal = 0;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #voiceTimer: ReturnType<typeof setTimeout> | undefined;
  #audio: AudioOut | null = null;
  /** Bundled clips asked for, by paragraph:sentence:rate; the next ones are asked for while one plays. */
  #clips = new Map<string, Promise<ArrayBuffer>>();
  #sentences = new Map<number, string[]>();

  constructor(host: ReactiveControllerHost, options: ListenOptions) {
    this.#host = host;
    this.#options = options;
    this.#synth = options.synth !== undefined ? options.synth : 'speechSynthesis' in globalThis ? globalThis.speechSynthesis : null;
    this.#now = options.now ?? (() => performance.now());
    host.addController(this);
  }

  hostConnected(): void {
    this.#checkVoices();
  }

  hostDisconnected(): void {
    this.stop();
    clearTimeout(this.#voiceTimer);
    this.#synth?.removeEventListener('voiceschanged', this.#onVoices);
  }

  #checkVoices(): void {
    const none = this.#options.bundled ? 'idle' : 'unavailable';
    if (!this.#synth || typeof SpeechSynthesisUtterance === 'undefined') {
      this.#setState(none);
      return;
    }
    if (this.#synth.getVoices().length > 0) {
      this.#setState('idle');
      return;
    }
    this.#synth.addEventListener('voiceschanged', this.#onVoices);
    this.#voiceTimer = setTimeout(() => {
      if (this.state === 'checking') this.#setState(none);
    }, VOICE_WAIT_MS);
  }

  #onVoices = (): void => {
    if (!this.#synth) return;
    const has = this.#synth.getVoices().length > 0;
    if (has && (this.state === 'checking' || this.state === 'unavailable')) this.#setState('idle');
    if (!has && this.engine === 'system') {
      this.stop();
      this.#setState(this.#options.bundled ? 'idle' : 'unavailable');
    }
  };

  get available(): boolean {
    return this.state !== 'unavailable' && this.state !== 'checking';
  }

  get paragraphCount(): number {
    return this.#elements.length;
  }

  #secondsFor(words: number): number {
    return (words / (WORDS_PER_MINUTE * this.rate)) * 60;
  }

  /** Seconds listened so far (estimated from words and speaking pace). */
  get elapsed(): number {
    const before = this.#words.slice(0, this.index).reduce((a, b) => a + b, 0);
    let within = 0;
    if (this.state === 'playing' || this.state === 'paused') {
      const until = this.state === 'paused' ? this.#pausedAt : this.#now();
      within = Math.min(this.#secondsFor(this.#words[this.index] ?? 0), Math.max(0, (until - this.#paragraphStartedAt - this.#pausedTotal) / 1000));
    }
    return this.#secondsFor(before) + within;
  }

  get total(): number {
    return this.#secondsFor(this.#words.reduce((a, b) => a + b, 0));
  }

  get remaining(): number {
    return Math.max(0, this.total - this.elapsed);
  }

  toggle(): void {
    if (this.state === 'playing') this.pause();
    else if (this.state === 'paused') this.resume();
    else this.play();
  }

  play(from = this.state === 'idle' ? 0 : this.index): void {
    if (!this.available) return;
    if (this.state === 'idle') {
      const engine = this.#chooseEngine();
      if (!engine) {
        const lang = this.#options.lang?.();
        this.notice = lang
          ? `There is no voice for ${languageName(lang)} on this system, so this article cannot be read aloud.`
          : 'There is no speech voice on this system.';
        this.#host.requestUpdate();
        return;
      }
      this.engine = engine;
      this.notice = '';
      this.#load();
    }
    if (this.#elements.length === 0) return;
    this.#speak(Math.min(Math.max(0, from), this.#elements.length - 1));
  }

  pause(): void {
    if (this.state !== 'playing') return;
    if (this.engine === 'bundled') this.#audio?.pause();
    else this.#synth?.pause();
    this.#pausedAt = this.#now();
    this.#setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    if (this.engine === 'bundled') this.#audio?.resume();
    else this.#synth?.resume();
    this.#pausedTotal += this.#now() - this.#pausedAt;
    this.#setState('playing');
  }

  next(): void {
    if (this.state === 'playing' || this.state === 'paused') {
      if (this.index + 1 < this.#elements.length) this.#speak(this.index + 1);
    } else this.play(0);
  }

  previous(): void {
    if (this.state === 'playing' || this.state === 'paused') this.#speak(Math.max(0, this.index - 1));
    else this.play(0);
  }

  setRate(rate: number): void {
    this.rate = rate;
    // An utterance's rate is fixed once spoken, so the current paragraph restarts at the new pace.
    if (this.state === 'playing' || this.state === 'paused') this.#speak(this.index);
    else this.#host.requestUpdate();
  }

  /** Steps through RATES; returns the new rate. */
  changeRate(step: 1 | -1): number {
    const at = RATES.findIndex((r) => r >= this.rate);
    const next = RATES[Math.min(RATES.length - 1, Math.max(0, (at === -1 ? RATES.length - 1 : at) + step))]!;
    this.setRate(next);
    return next;
  }

  /** Stops and forgets the article (a new one was opened, or the pane closed). */
  stop(): void {
    this.#generation++;
    if (this.state === 'playing' || this.state === 'paused') {
      if (this.engine === 'bundled') this.#audio?.stop();
      else this.#synth?.cancel();
    }
    clearInterval(this.#ticker);
    this.#highlight(null);
    this.index = 0;
    this.#elements = [];
    this.#words = [];
    this.#clips.clear();
    this.#sentences.clear();
    this.engine = null;
    this.notice = '';
    if (this.state === 'playing' || this.state === 'paused') this.#setState('idle');
    else this.#host.requestUpdate();
  }

  #load(): void {
    this.#elements = this.#options.paragraphs().filter((el) => (el.textContent ?? '').trim() !== '');
    this.#words = this.#elements.map((el) => wordsIn(el.textContent ?? ''));
  }

  /**
   * The system's voice when it has one for the article's language (better, and in every language);
   * else the bundled voice if it speaks the language; else any system voice (the engine may manage);
   * else none.
   */
  #chooseEngine(): 'system' | 'bundled' | null {
    const voices = this.#synth?.getVoices() ?? [];
    const lang = this.#options.lang?.()?.toLowerCase() ?? null;
    if (voices.length > 0 && (!lang || this.#voice())) return 'system';
    const bundled = this.#options.bundled?.();
    if (bundled && (!lang || bundled.languages.includes(lang.split('-')[0]!))) return 'bundled';
    return voices.length > 0 ? 'system' : null;
  }

  #voice(): SpeechSynthesisVoice | null {
    const lang = this.#options.lang?.()?.toLowerCase();
    const voices = this.#synth?.getVoices() ?? [];
    if (!lang) return voices.find((v) => v.default) ?? null;
    return voices.find((v) => v.lang.toLowerCase() === lang) ?? voices.find((v) => v.lang.toLowerCase().startsWith(lang.split('-')[0]!)) ?? null;
  }

  #speak(index: number): void {
    if (this.engine === 'bundled') {
      this.#speakBundled(index);
      return;
    }
    const synth = this.#synth!;
    const generation = ++this.#generation;
    synth.cancel();
    this.index = index;
    const element = this.#elements[index]!;
    const utterance = new SpeechSynthesisUtterance(element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    utterance.rate = this.rate;
    const voice = this.#voice();
    try {
      if (voice) utterance.voice = voice;
    } catch {
      // Not a voice this engine accepts (a stand-in): the engine picks one by utterance.lang.
    }
    const lang = this.#options.lang?.();
    if (lang) utterance.lang = lang;
    utterance.addEventListener('end', () => {
      if (generation !== this.#generation) return;
      if (this.index + 1 < this.#elements.length) this.#speak(this.index + 1);
      else this.#finish();
    });
    utterance.addEventListener('error', (event) => {
      if (generation !== this.#generation || event.error === 'interrupted' || event.error === 'canceled') return;
      this.#finish();
    });
    this.#paragraphStartedAt = this.#now();
    this.#pausedTotal = 0;
    this.#highlight(element);
    synth.speak(utterance);
    // A paused engine keeps new utterances queued; speaking again means playing.
    if (synth.paused) synth.resume();
    clearInterval(this.#ticker);
    this.#ticker = setInterval(() => this.#host.requestUpdate(), 500);
    this.#setState('playing');
  }

  #speakBundled(index: number): void {
    const generation = ++this.#generation;
    this.#audio ??= this.#options.audio ?? new WebAudioOut();
    this.#audio.stop();
    this.index = index;
    // Clips of paragraphs behind this one are not needed again (previous re-asks for them).
    for (const key of this.#clips.keys()) if (Number(key.split(':')[0]) < index - 1) this.#clips.delete(key);
    this.#paragraphStartedAt = this.#now();
    this.#pausedTotal = 0;
    this.#highlight(this.#elements[index]!);
    clearInterval(this.#ticker);
    this.#ticker = setInterval(() => this.#host.requestUpdate(), 500);
    this.#setState('playing');
    void this.#readBundled(index, generation);
  }

  async #readBundled(index: number, generation: number): Promise<void> {
    const sentences = this.#sentencesOf(index);
    try {
      for (let i = 0; i < sentences.length; i++) {
        const clip = this.#clip(index, i);
        this.#prefetch(index, i + 1);
        const wav = await clip;
        if (generation !== this.#generation) return;
        await this.#audio!.play(wav);
        if (generation !== this.#generation) return;
      }
    } catch {
      if (generation !== this.#generation) return;
      this.notice = 'The bundled voice could not read this paragraph.';
      this.#finish();
      return;
    }
    if (this.index + 1 < this.#elements.length) this.#speak(this.index + 1);
    else this.#finish();
  }

  #sentencesOf(index: number): string[] {
    let list = this.#sentences.get(index);
    if (!list) {
      list = sentencesOf(this.#elements[index]?.textContent ?? '', this.#options.lang?.() ?? null);
      this.#sentences.set(index, list);
    }
    return list;
  }

  #clip(paragraph: number, sentence: number): Promise<ArrayBuffer> {
    const key = `${paragraph}:${sentence}:${this.rate}`;
    let clip = this.#clips.get(key);
    if (!clip) {
      const text = this.#sentencesOf(paragraph)[sentence]!;
      clip = this.#options.bundled!()!.synthesize(text, this.rate);
      clip.catch(() => this.#clips.delete(key));
      this.#clips.set(key, clip);
    }
    return clip;
  }

  /** Asks for the sentence after this one (the next paragraph's first at a paragraph's end) while this one plays. */
  #prefetch(paragraph: number, sentence: number): void {
    if (sentence >= this.#sentencesOf(paragraph).length) {
      paragraph++;
      sentence = 0;
    }
    if (paragraph < this.#elements.length && this.#sentencesOf(paragraph).length > sentence) void this.#clip(paragraph, sentence).catch(() => {});
  }

  #finish(): void {
    clearInterval(this.#ticker);
    this.#highlight(null);
    this.index = 0;
    this.engine = null;
    this.#setState('idle');
  }

  #highlight(element: HTMLElement | null): void {
    for (const el of this.#elements) el.removeAttribute(HIGHLIGHT_ATTRIBUTE);
    if (!element) return;
    // The paragraphs live in the reading pane's shadow root; the highlight style is adopted there
    // (constructed sheets pass the CSP that forbids inline styles).
    const root = element.getRootNode();
    if (highlightSheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(highlightSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, highlightSheet];
    }
    element.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }

  #setState(state: ListenState): void {
    this.state = state;
    if (state !== 'playing') clearInterval(this.#ticker);
    this.#host.requestUpdate();
  }
}

/** 75 → "1:15". */
export function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
