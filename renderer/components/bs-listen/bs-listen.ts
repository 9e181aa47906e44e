import { consume } from '@lit/context';
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { BUNDLED_LANGUAGES } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import type { Announcer } from '../../state/announcer.ts';
import { announcerContext, apiContext } from '../../state/context.ts';
import { clock, ListenController, RATES, type BundledSpeech } from '../../state/listen.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-listen.styles.ts';

/**
 * Drawn icons for the paragraph buttons: the ⏮ and ⏭ characters are missing from common Linux
 * fonts (DejaVu, Liberation) and showed as empty boxes there.
 */
function skipIcon(direction: 'back' | 'forward') {
  const path = direction === 'back' ? 'M3 2h2v12H3zM14 2v12L6 8z' : 'M11 2h2v12h-2zM2 2v12l8-6z';
  return html`<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">${svg`<path d=${path} fill="currentColor"></path>`}</svg>`;
}

/**
 * @summary Listen to the open article: play/pause, previous/next paragraph, speed, elapsed and remaining time.
 * The system's voice reads when it has one for the article's language; otherwise the bundled voice reads
 * English (synthesized by the core, sentence by sentence). Only when asked to listen to a language no voice
 * speaks does it say so, once, in words.
 * Owns the listen.* commands, and announces what each did.
 */
@customElement('bs-listen')
export class BsListen extends LitElement {
  static override styles = styles;

  /** Id of the open article; a change stops playback. */
  @property({ type: Number, attribute: 'article-id' }) accessor articleId: number | null = null;
  /** Returns the paragraphs to read, in order (the reading pane's body). */
  @property({ attribute: false }) accessor paragraphSource: () => HTMLElement[] = () => [];
  @property({ attribute: false }) accessor articleLang: string | null = null;
  /** The bundled voice; by default the core's (api.listen), for tests a fake. */
  @property({ attribute: false }) accessor bundledSpeech: BundledSpeech | null = null;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  readonly listen = new ListenController(this, {
    paragraphs: () => this.paragraphSource(),
    lang: () => this.articleLang,
    bundled: () => this.bundledSpeech ?? (this.api ? coreSpeech(this.api) : null),
  });

  @consume({ context: announcerContext, subscribe: true }) accessor announcer: Announcer | undefined = undefined;

  readonly #commands = new OwnCommands(this, {
    'listen.toggle': () => this.announcer?.announce(this.toggle()),
    'listen.next': () => this.announcer?.announce(this.next()),
    'listen.previous': () => this.announcer?.announce(this.previous()),
    'listen.faster': () => this.announcer?.announce(this.changeRate(1)),
    'listen.slower': () => this.announcer?.announce(this.changeRate(-1)),
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('articleId') && changed.get('articleId') !== undefined) this.listen.stop();
  }

  /** Each returns a short sentence for the live region. */
  toggle(): string {
    if (!this.listen.available) return this.#unavailableText();
    this.listen.toggle();
    if (this.listen.notice) return this.listen.notice;
    const voice = this.listen.engine === 'bundled' ? ' (bundled voice)' : '';
    return this.listen.state === 'playing' ? `Listening${voice}` : this.listen.state === 'paused' ? 'Paused' : 'Nothing to read aloud';
  }

  next(): string {
    if (!this.listen.available) return this.#unavailableText();
    this.listen.next();
    return `Paragraph ${this.listen.index + 1} of ${this.listen.paragraphCount}`;
  }

  previous(): string {
    if (!this.listen.available) return this.#unavailableText();
    this.listen.previous();
    return `Paragraph ${this.listen.index + 1} of ${this.listen.paragraphCount}`;
  }

  changeRate(step: 1 | -1): string {
    if (!this.listen.available) return this.#unavailableText();
    return `Speed ${this.listen.changeRate(step)}×`;
  }

  #unavailableText(): string {
    return this.listen.state === 'checking' ? 'Looking for a speech voice…' : 'Listening is not available: this system has no speech voice installed.';
  }

  override render() {
    const l = this.listen;
    const active = l.state === 'playing' || l.state === 'paused';
    return html`<div class="bar" role="group" aria-label="Listen to this article">
      <button type="button" class="play" aria-pressed=${l.state === 'playing' ? 'true' : 'false'} @click=${() => this.toggle()}>
        ${l.state === 'playing' ? '❚❚ Pause' : active ? '▶ Resume' : '▶ Listen'}
      </button>
      <button type="button" class="icon" aria-label="Previous paragraph" title="Previous paragraph" ?disabled=${!active} @click=${() => this.previous()}>${skipIcon('back')}</button>
      <button type="button" class="icon" aria-label="Next paragraph" title="Next paragraph" ?disabled=${!active} @click=${() => this.next()}>${skipIcon('forward')}</button>
      <label>Speed
        <select @change=${(e: Event) => l.setRate(Number((e.target as HTMLSelectElement).value))}>
          ${RATES.map((r) => html`<option value=${r} ?selected=${r === l.rate}>${r}×</option>`)}
        </select>
      </label>
      ${active
        ? html`<span class="time"><span>${clock(l.elapsed)} elapsed</span> · <span>${clock(l.remaining)} remaining</span>
            <span class="visually-hidden">, paragraph ${l.index + 1} of ${l.paragraphCount}</span></span>`
        : nothing}
      ${active && l.engine === 'bundled' ? html`<span class="voice">Bundled voice</span>` : nothing}
    </div>
    ${l.notice ? html`<p class="notice" role="status">${l.notice}</p>` : nothing}`;
  }
}

/** The core's bundled voice over the contract: one sentence per call, a base64 WAV back. */
function coreSpeech(api: Api): BundledSpeech {
  return {
    languages: BUNDLED_LANGUAGES,
    async synthesize(text, rate) {
      const base64 = await api.listen.synthesize(text, { rate });
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      return bytes.buffer;
    },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-listen': BsListen;
  }
}
