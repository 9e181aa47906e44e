import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Announcer } from '../../state/announcer.ts';
import { announcerContext } from '../../state/context.ts';
import { clock, ListenController, RATES } from '../../state/listen.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-listen.styles.ts';

/**
 * @summary Listen to the open article: play/pause, previous/next paragraph, speed, elapsed and remaining time.
 * When the system has no speech voice, it says so instead of offering controls that cannot work.
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

  readonly listen = new ListenController(this, {
    paragraphs: () => this.paragraphSource(),
    lang: () => this.articleLang,
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
    return this.listen.state === 'playing' ? 'Listening' : this.listen.state === 'paused' ? 'Paused' : 'Nothing to read aloud';
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
    if (l.state === 'unavailable' || l.state === 'checking') {
      return html`<p class="unavailable" role="note">${this.#unavailableText()}</p>`;
    }
    const active = l.state === 'playing' || l.state === 'paused';
    return html`<div class="bar" role="group" aria-label="Listen to this article">
      <button type="button" class="play" aria-pressed=${l.state === 'playing' ? 'true' : 'false'} @click=${() => this.toggle()}>
        ${l.state === 'playing' ? '❚❚ Pause' : active ? '▶ Resume' : '▶ Listen'}
      </button>
      <button type="button" aria-label="Previous paragraph" ?disabled=${!active} @click=${() => this.previous()}>⏮</button>
      <button type="button" aria-label="Next paragraph" ?disabled=${!active} @click=${() => this.next()}>⏭</button>
      <label>Speed
        <select @change=${(e: Event) => l.setRate(Number((e.target as HTMLSelectElement).value))}>
          ${RATES.map((r) => html`<option value=${r} ?selected=${r === l.rate}>${r}×</option>`)}
        </select>
      </label>
      ${active
        ? html`<span class="time"><span>${clock(l.elapsed)} elapsed</span> · <span>${clock(l.remaining)} remaining</span>
            <span class="visually-hidden">, paragraph ${l.index + 1} of ${l.paragraphCount}</span></span>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-listen': BsListen;
  }
}
