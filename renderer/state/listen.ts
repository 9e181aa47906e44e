// Reads the open article aloud with the platform's speech synthesis (Web
// Speech API). One utterance per paragraph: the current paragraph can then be
// highlighted, skipped and restarted at a new speed, and Chromium's habit of
// stopping long utterances after about fifteen seconds never bites.
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

export interface ListenOptions {
  /** The paragraphs of the open article, in reading order (elements in the reading pane). */
  paragraphs(): HTMLElement[];
  /** Language of the article, to pick a matching voice. */
  lang?(): string | null;
  synth?: SpeechSynthesis | null;
  /** For tests; defaults to performance.now. */
  now?(): number;
}

export class ListenController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ListenOptions;
  readonly #synth: SpeechSynthesis | null;
  readonly #now: () => number;
  state: ListenState = 'checking';
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
    if (!this.#synth || typeof SpeechSynthesisUtterance === 'undefined') {
      this.#setState('unavailable');
      return;
    }
    if (this.#synth.getVoices().length > 0) {
      this.#setState('idle');
      return;
    }
    this.#synth.addEventListener('voiceschanged', this.#onVoices);
    this.#voiceTimer = setTimeout(() => {
      if (this.state === 'checking') this.#setState('unavailable');
    }, VOICE_WAIT_MS);
  }

  #onVoices = (): void => {
    if (!this.#synth) return;
    const has = this.#synth.getVoices().length > 0;
    if (has && (this.state === 'checking' || this.state === 'unavailable')) this.#setState('idle');
    if (!has && this.state !== 'unavailable') {
      this.stop();
      this.#setState('unavailable');
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
    if (!this.available || !this.#synth) return;
    if (this.state === 'idle') this.#load();
    if (this.#elements.length === 0) return;
    this.#speak(Math.min(Math.max(0, from), this.#elements.length - 1));
  }

  pause(): void {
    if (this.state !== 'playing' || !this.#synth) return;
    this.#synth.pause();
    this.#pausedAt = this.#now();
    this.#setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused' || !this.#synth) return;
    this.#synth.resume();
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
    if (this.state === 'playing' || this.state === 'paused') this.#synth?.cancel();
    clearInterval(this.#ticker);
    this.#highlight(null);
    this.index = 0;
    this.#elements = [];
    this.#words = [];
    if (this.state === 'playing' || this.state === 'paused') this.#setState('idle');
    else this.#host.requestUpdate();
  }

  #load(): void {
    this.#elements = this.#options.paragraphs().filter((el) => (el.textContent ?? '').trim() !== '');
    this.#words = this.#elements.map((el) => wordsIn(el.textContent ?? ''));
  }

  #voice(): SpeechSynthesisVoice | null {
    const lang = this.#options.lang?.()?.toLowerCase();
    const voices = this.#synth?.getVoices() ?? [];
    if (!lang) return voices.find((v) => v.default) ?? null;
    return voices.find((v) => v.lang.toLowerCase() === lang) ?? voices.find((v) => v.lang.toLowerCase().startsWith(lang.split('-')[0]!)) ?? null;
  }

  #speak(index: number): void {
    const synth = this.#synth!;
    const generation = ++this.#generation;
    synth.cancel();
    this.index = index;
    const element = this.#elements[index]!;
    const utterance = new SpeechSynthesisUtterance(element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    utterance.rate = this.rate;
    const voice = this.#voice();
    if (voice) utterance.voice = voice;
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

  #finish(): void {
    clearInterval(this.#ticker);
    this.#highlight(null);
    this.index = 0;
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
