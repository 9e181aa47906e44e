import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Enclosure } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import type { Announcer } from '../../state/announcer.ts';
import { announcerContext, apiContext } from '../../state/context.ts';
import { RATES } from '../../state/listen.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-player.styles.ts';

/** Seconds the back and forward buttons (and `,` `.`) jump. */
export const BACK_SECONDS = 15;
export const FORWARD_SECONDS = 30;
/** While playing, the position is saved this often (and on every pause, seek and close). */
export const SAVE_EVERY_MS = 10_000;
/** Within this many seconds of the end, an episode starts again from the beginning. */
const NEAR_END_SECONDS = 5;

/** The first enclosure a media element can play: audio or video, by type or by the address's extension. */
export function playableEnclosure(enclosures: readonly Enclosure[]): { enclosure: Enclosure; index: number; video: boolean } | null {
  for (const [index, enclosure] of enclosures.entries()) {
    const type = enclosure.type?.toLowerCase() ?? '';
    const path = (() => {
      try {
        return new URL(enclosure.url).pathname.toLowerCase();
      } catch {
        return '';
      }
    })();
    const video = type.startsWith('video/') || (!type && /\.(mp4|m4v|webm|mov)$/.test(path));
    const audio = type.startsWith('audio/') || (!type && /\.(mp3|m4a|aac|ogg|oga|opus|wav|flac)$/.test(path));
    if (audio || video) return { enclosure, index, video };
  }
  return null;
}

/** 12_345_678 → "12 MB". */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** 3723 → "1:02:03", 75 → "1:15". */
export function timecode(seconds: number): string {
  const s = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * @summary A podcast episode's player in the reading pane: play/pause, back 15 s, forward 30 s, a seek bar,
 * speed and the time left; the position is kept in the library per episode and playback resumes there.
 * Nothing is fetched until play is pressed (preload none). Owns the player.* commands.
 * @fires open-original - "Open the episode ↗" was chosen (its address goes to the system browser).
 * @csspart media - The audio or video element.
 */
@customElement('bs-player')
export class BsPlayer extends LitElement {
  static override styles = styles;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  @consume({ context: announcerContext, subscribe: true }) accessor announcer: Announcer | undefined = undefined;

  @property({ type: Number, attribute: 'article-id' }) accessor articleId: number | null = null;
  @property({ attribute: false }) accessor enclosures: Enclosure[] = [];

  @state() accessor playing = false;
  @state() accessor current = 0;
  @state() accessor duration = 0;
  @state() accessor rate = 1;
  @state() accessor failed = false;

  @query('audio, video') accessor media!: HTMLMediaElement | null;

  #lastSaved = 0;
  #savedAt = 0;

  readonly #commands = new OwnCommands(this, {
    'player.toggle': () => this.#say(this.toggle()),
    'player.back': () => this.#say(this.skip(-BACK_SECONDS)),
    'player.forward': () => this.#say(this.skip(FORWARD_SECONDS)),
    'player.slower': () => this.#say(this.changeRate(-1)),
    'player.faster': () => this.#say(this.changeRate(1)),
  });

  get #episode() {
    return playableEnclosure(this.enclosures);
  }

  #say(text: string | null): void {
    if (text) this.announcer?.announce(text);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('articleId') && !changed.has('enclosures')) return;
    const oldId = (changed.has('articleId') ? changed.get('articleId') : this.articleId) as number | null | undefined;
    const oldList = (changed.has('enclosures') ? changed.get('enclosures') : this.enclosures) as Enclosure[] | undefined;
    const oldUrl = oldList ? playableEnclosure(oldList)?.enclosure.url : undefined;
    const episode = this.#episode;
    // The same episode handed down again (the article reloaded) keeps playing where it is.
    if (oldId === this.articleId && oldUrl === episode?.enclosure.url) return;
    if (oldId != null && oldList) this.#save(oldId, oldList);
    this.playing = false;
    this.failed = false;
    this.current = episode?.enclosure.position ?? 0;
    this.duration = episode?.enclosure.duration ?? 0;
    this.#lastSaved = this.current;
  }

  override disconnectedCallback(): void {
    this.#save();
    this.media?.pause();
    super.disconnectedCallback();
  }

  /** Each returns a short sentence for the live region, or null when there is no episode here. */
  toggle(): string | null {
    const media = this.media;
    if (!media) return null;
    if (media.paused) {
      void media.play().catch(() => {});
      return 'Playing';
    }
    media.pause();
    return 'Paused';
  }

  skip(seconds: number): string | null {
    const media = this.media;
    if (!media) return null;
    const end = Number.isFinite(media.duration) ? media.duration : this.duration || Infinity;
    this.#seek(Math.min(end, Math.max(0, this.current + seconds)));
    return `${timecode(this.current)} of ${timecode(this.duration)}`;
  }

  changeRate(step: 1 | -1): string | null {
    if (!this.media) return null;
    const at = RATES.findIndex((r) => r >= this.rate);
    this.#setRate(RATES[Math.min(RATES.length - 1, Math.max(0, (at === -1 ? RATES.length - 1 : at) + step))]!);
    return `Speed ${this.rate}×`;
  }

  #setRate(rate: number): void {
    this.rate = rate;
    if (this.media) this.media.playbackRate = rate;
  }

  #seek(seconds: number): void {
    this.current = seconds;
    const media = this.media;
    // Before the first play nothing is loaded (preload none): the position waits for loadedmetadata.
    if (media && media.readyState >= HTMLMediaElement.HAVE_METADATA) media.currentTime = seconds;
    this.#save();
  }

  /** Saves the position to the library when it moved; article and list default to what is shown. */
  #save(articleId = this.articleId, enclosures = this.enclosures): void {
    const episode = playableEnclosure(enclosures);
    if (articleId == null || !episode || !this.api) return;
    const seconds = Math.round(this.current * 10) / 10;
    if (seconds === this.#lastSaved) return;
    this.#lastSaved = seconds;
    this.#savedAt = performance.now();
    episode.enclosure.position = seconds;
    void this.api.library.savePlaybackPosition(articleId, episode.index, seconds).catch(() => {});
  }

  #onLoadedMetadata = (): void => {
    const media = this.media!;
    if (Number.isFinite(media.duration)) this.duration = media.duration;
    media.playbackRate = this.rate;
    if (this.current > 0 && this.current < this.duration - NEAR_END_SECONDS) media.currentTime = this.current;
  };

  #onTimeUpdate = (): void => {
    const media = this.media!;
    this.current = media.currentTime;
    if (performance.now() - this.#savedAt > SAVE_EVERY_MS) this.#save();
  };

  #onEnded = (): void => {
    this.playing = false;
    this.current = 0;
    this.#save();
  };

  override render() {
    const episode = this.#episode;
    if (!episode) return nothing;
    const { enclosure, video } = episode;
    // A bookmarked episode kept offline plays from the library (app://…/media/…), with no network.
    const src = enclosure.kept?.path ?? enclosure.url;
    if (!/^https:|^\//.test(src)) {
      // The window's content policy lets media play only from the app or over https.
      return html`<p class="note">This episode is offered over an insecure address and plays only in another app.
        ${this.#openLink(enclosure.url)}</p>`;
    }
    const left = Math.max(0, (this.duration || 0) - this.current);
    const media = video
      ? html`<video part="media" preload="none" playsinline src=${src} @loadedmetadata=${this.#onLoadedMetadata} @timeupdate=${this.#onTimeUpdate}
          @play=${() => (this.playing = true)} @pause=${() => ((this.playing = false), this.#save())} @ended=${this.#onEnded}
          @error=${() => (this.failed = true)} @click=${() => this.toggle()}></video>`
      : html`<audio part="media" preload="none" src=${src} @loadedmetadata=${this.#onLoadedMetadata} @timeupdate=${this.#onTimeUpdate}
          @play=${() => (this.playing = true)} @pause=${() => ((this.playing = false), this.#save())} @ended=${this.#onEnded}
          @error=${() => (this.failed = true)}></audio>`;
    return html`${media}
      <div class="bar" role="group" aria-label=${video ? 'Video player' : 'Episode player'}>
        <button type="button" class="play" aria-pressed=${this.playing ? 'true' : 'false'} @click=${() => this.toggle()}>
          ${this.playing ? '❚❚ Pause' : this.current > 0 ? '▶ Resume' : '▶ Play'}
        </button>
        <button type="button" aria-label="Back ${BACK_SECONDS} seconds" title="Back ${BACK_SECONDS} seconds (,)" @click=${() => this.skip(-BACK_SECONDS)}>↺ ${BACK_SECONDS}</button>
        <button type="button" aria-label="Forward ${FORWARD_SECONDS} seconds" title="Forward ${FORWARD_SECONDS} seconds (.)" @click=${() => this.skip(FORWARD_SECONDS)}>${FORWARD_SECONDS} ↻</button>
        <input class="seek" type="range" min="0" max=${Math.max(1, Math.round(this.duration))} step="1" .value=${String(Math.round(this.current))}
          aria-label="Position" aria-valuetext="${timecode(this.current)} of ${timecode(this.duration)}"
          @change=${(e: Event) => this.#seek(Number((e.target as HTMLInputElement).value))} />
        <span class="time"><span class="elapsed">${timecode(this.current)}</span> · <span class="left">${this.duration ? `${timecode(left)} left` : 'length unknown'}</span></span>
        <label>Speed
          <select aria-label="Playback speed" @change=${(e: Event) => this.#setRate(Number((e.target as HTMLSelectElement).value))}>
            ${RATES.map((r) => html`<option value=${r} ?selected=${r === this.rate}>${r}×</option>`)}
          </select>
        </label>
      </div>
      ${enclosure.kept ? html`<p class="note kept">Kept offline · ${megabytes(enclosure.kept.bytes)} (bookmarked episodes share the cap set in Preferences)</p>` : nothing}
      ${this.failed ? html`<p class="note" role="alert">This episode could not be played. ${this.#openLink(enclosure.url)}</p>` : nothing}`;
  }

  #openLink(url: string) {
    return html`<a href=${url} @click=${(e: Event) => {
      e.preventDefault();
      this.dispatchEvent(new CustomEvent('open-original', { detail: { url }, bubbles: true, composed: true }));
    }}>Open the episode ↗</a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-player': BsPlayer;
  }
}
