// Stories beside the one being read: the related-stories sidebar for the selected article,
// looked up once the selection rests, and the Big picture (the day's stories across sources)
// while it stands in for the article list. [ and ] step through the sidebar's stories.
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { BigPictureQuery, RelatedEntry, StoryCluster } from '../../electron/shared/models.ts';
import type { Api } from '../api.ts';
import type { RelatedState } from '../components/bs-related/bs-related.ts';
import type { CommandHandlers } from './command-router.ts';
import { errorMessage } from './errors.ts';
import { deepActiveElement, focusablesIn } from './focus.ts';

/** How long a selection rests before its related stories are looked up (see RelatedStories.#lookedUp). */
export const RELATED_SETTLE_MS = 150;

export interface RelatedStoriesOptions {
  api(): Api | null;
  /** The selected article's id, or null. */
  selected(): number | null;
  /** True while the Big picture is shown. */
  bigPictureOpen(): boolean;
  /** The element that lists the related stories (one button with data-article-id each). */
  sidebar(): Element | null;
  announce(text: string): void;
}

/** What the Big picture shows: bs-big-picture's properties. */
export interface BigPictureView {
  state: 'loading' | 'ready' | 'error';
  clusters: StoryCluster[];
  errorMessage: string;
  /** The day shown, or null for the last 24 hours. */
  day: string | null;
}

/** What the sidebar shows: bs-related's properties. */
export interface SidebarView {
  state: RelatedState;
  entries: RelatedEntry[];
  errorMessage: string;
}

export class RelatedStories implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: RelatedStoriesOptions;
  /**
   * The article whose related stories are shown: the selection once it has rested for
   * RELATED_SETTLE_MS. Finding related stories costs the core tens of milliseconds on a
   * large library, and while it runs the next key press's article waits; skimming with j
   * should not pay that for every article passed over.
   */
  #lookedUp: number | null = null;
  #seen: number | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #bigPictureQuery: BigPictureQuery = { since: '24h' };

  readonly related: Task<readonly [number | null, Api | null], RelatedEntry[]>;
  readonly bigPicture: Task<readonly [boolean, BigPictureQuery, Api | null], StoryCluster[]>;

  constructor(host: ReactiveElement, options: RelatedStoriesOptions) {
    this.#host = host;
    this.#options = options;
    // Added before the tasks, so a rested selection is seen in the same update that runs them.
    host.addController(this);
    this.related = new Task(host, {
      task: async ([id, api]) => (id === null || !api ? [] : api.related.articles(id)),
      args: () => [this.#lookedUp, options.api()] as const,
    });
    this.bigPicture = new Task(host, {
      task: async ([open, query, api]) => (!open || !api ? [] : api.related.bigPicture(query)),
      args: () => [options.bigPictureOpen(), this.#bigPictureQuery, options.api()] as const,
    });
  }

  hostConnected(): void {
    this.#host.addEventListener('big-picture-range', this.#onRange);
  }

  /** The Big picture's range buttons choose the last 24 hours or a day. */
  readonly #onRange = (event: CustomEvent<BigPictureQuery>): void => void (this.bigPictureQuery = event.detail);

  hostUpdate(): void {
    const selected = this.#options.selected();
    if (selected === this.#seen) return;
    this.#seen = selected;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#lookedUp = selected;
      this.#host.requestUpdate();
    }, RELATED_SETTLE_MS);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('big-picture-range', this.#onRange);
    clearTimeout(this.#timer);
  }

  get sidebar(): SidebarView {
    const none = { entries: [], errorMessage: '' };
    const selected = this.#options.selected();
    if (selected === null) return { state: 'idle', ...none };
    if (this.#lookedUp !== selected) return { state: 'loading', ...none };
    switch (this.related.status) {
      case TaskStatus.COMPLETE:
        return { state: 'ready', entries: this.related.value ?? [], errorMessage: '' };
      case TaskStatus.ERROR:
        return { state: 'error', entries: [], errorMessage: errorMessage(this.related.error) };
      default:
        return { state: 'loading', ...none };
    }
  }

  get bigPictureView(): BigPictureView {
    const task = this.bigPicture;
    const day = this.#bigPictureQuery.day ?? null;
    if (task.status === TaskStatus.COMPLETE) return { state: 'ready', clusters: task.value ?? [], errorMessage: '', day };
    if (task.status === TaskStatus.ERROR) return { state: 'error', clusters: [], errorMessage: errorMessage(task.error), day };
    return { state: 'loading', clusters: [], errorMessage: '', day };
  }

  /** The day the Big picture shows (`{ day }`), or the last 24 hours. */
  get bigPictureQuery(): BigPictureQuery {
    return this.#bigPictureQuery;
  }

  set bigPictureQuery(query: BigPictureQuery) {
    this.#bigPictureQuery = query;
    this.#host.requestUpdate();
  }

  /** Looks up the selection's related stories without waiting for it to rest. */
  async lookUpNow(): Promise<void> {
    const selected = this.#options.selected();
    if (selected === null) return;
    if (this.#lookedUp !== selected) {
      clearTimeout(this.#timer);
      this.#lookedUp = selected;
      this.#host.requestUpdate();
    }
    // A lookup the rest timer already started may still be running: wait for it too, or `]`
    // pressed just then finds no stories yet (seen on a loaded machine).
    await this.#host.updateComplete;
    await this.related.taskComplete.catch(() => {});
    await this.#host.updateComplete;
  }

  /** [ and ]: step through the related stories; looks them up at once if the selection has not rested yet. */
  async #step(step: 1 | -1): Promise<void> {
    if (this.#options.selected() === null) return this.#options.announce('Open an article first');
    await this.lookUpNow();
    const buttons = focusablesIn(this.#options.sidebar()).filter((b) => b.matches('button[data-article-id]'));
    if (buttons.length === 0) return this.#options.announce('No related stories');
    const at = buttons.indexOf(deepActiveElement() as HTMLElement);
    const next = step === 1 ? (at + 1) % buttons.length : at <= 0 ? buttons.length - 1 : at - 1;
    buttons[next]!.focus();
  }

  readonly commands: CommandHandlers = {
    'related.next': () => this.#step(1),
    'related.previous': () => this.#step(-1),
  };
}
