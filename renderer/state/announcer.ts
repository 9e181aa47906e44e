// The app's polite live region: results of what the person did ("Bookmarked",
// "12 new articles") are read out by screen readers and shown nowhere else.
// Elements reach it through announcerContext; events that carry a finished
// action's message (an export saved, an open request answered) are announced
// as they bubble up to the host.
import { html, type ReactiveController, type ReactiveElement } from 'lit';

/** Events whose `detail.message` is announced when they reach the host. */
type MessageEvent = {
  [K in keyof GlobalEventHandlersEventMap]: GlobalEventHandlersEventMap[K] extends CustomEvent<{ message: string }> ? K : never;
}[keyof GlobalEventHandlersEventMap];

export interface AnnouncerOptions {
  /** Bubbling events whose message is announced as it arrives. */
  messagesFrom?: MessageEvent[];
}

export class Announcer implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #messagesFrom: readonly MessageEvent[];
  #text = '';

  constructor(host: ReactiveElement, options: AnnouncerOptions = {}) {
    this.#host = host;
    this.#messagesFrom = options.messagesFrom ?? [];
    host.addController(this);
  }

  /** What the live region says now. */
  get text(): string {
    return this.#text;
  }

  announce(text: string): void {
    // Clearing first makes a repeated message ("Bookmarked" twice) be read again.
    this.#set('');
    requestAnimationFrame(() => this.#set(text));
  }

  /** The live region itself; the host renders it once and styles `.visually-hidden`. */
  region() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.#text}</div>`;
  }

  hostConnected(): void {
    for (const type of this.#messagesFrom) this.#host.addEventListener(type, this.#onMessage);
  }

  hostDisconnected(): void {
    for (const type of this.#messagesFrom) this.#host.removeEventListener(type, this.#onMessage);
  }

  readonly #onMessage = (event: Event): void => this.announce((event as CustomEvent<{ message: string }>).detail.message);

  #set(text: string): void {
    this.#text = text;
    this.#host.requestUpdate();
  }
}
