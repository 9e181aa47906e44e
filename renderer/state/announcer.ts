// The app's one status region: results of what the person did ("Bookmarked",
// "12 new articles") are shown for a moment at the foot of the window (bs-toast)
// and read out by screen readers from its polite live region, with an Undo button
// while an action can be undone. Elements reach it through announcerContext;
// events that carry a finished action's message (an export saved, an open request
// answered) are announced as they bubble up to the host.
import { html, type ReactiveController, type ReactiveElement } from 'lit';
import type { ToastAction } from '../components/bs-toast/bs-toast.ts';

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
  #action: ToastAction | null = null;

  constructor(host: ReactiveElement, options: AnnouncerOptions = {}) {
    this.#host = host;
    this.#messagesFrom = options.messagesFrom ?? [];
    host.addController(this);
  }

  /** What the live region says now. */
  get text(): string {
    return this.#text;
  }

  /** Says `text`; `action` adds a button (Undo) for as long as the message is in view. */
  announce(text: string, action: ToastAction | null = null): void {
    // Clearing first makes a repeated message ("Bookmarked" twice) be read again.
    this.#set('', null);
    requestAnimationFrame(() => this.#set(text, action));
  }

  /** The status region itself; the host renders it once. */
  region() {
    return html`<bs-toast .message=${this.#text} .action=${this.#action}></bs-toast>`;
  }

  hostConnected(): void {
    for (const type of this.#messagesFrom) this.#host.addEventListener(type, this.#onMessage);
  }

  hostDisconnected(): void {
    for (const type of this.#messagesFrom) this.#host.removeEventListener(type, this.#onMessage);
  }

  readonly #onMessage = (event: Event): void => this.announce((event as CustomEvent<{ message: string }>).detail.message);

  #set(text: string, action: ToastAction | null): void {
    this.#text = text;
    this.#action = action;
    this.#host.requestUpdate();
  }
}
