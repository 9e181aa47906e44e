import { consume } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { PendingOpenRequest } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import { apiContext } from '../../state/context.ts';
import { errorMessage } from '../../state/errors.ts';
import { styles } from './bs-confirm-open.styles.ts';

export type OpenRequestResolvedEvent = CustomEvent<{ message: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'open-request-resolved': OpenRequestResolvedEvent;
  }
  interface HTMLElementTagNameMap {
    'bs-confirm-open': BsConfirmOpen;
  }
}

/**
 * @summary Asks before subscribing to a feed: link or importing an .opml file that the system handed to Broadsheet.
 * Nothing the OS opens takes effect until the person says so here: a web page can fire a feed: link at any time.
 * @fires open-request-resolved - After an answer was carried out; `detail.message` says what happened.
 * @csspart dialog - The modal dialog.
 */
@customElement('bs-confirm-open')
export class BsConfirmOpen extends LitElement {
  static override styles = styles;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  /** Requests waiting for an answer, oldest first; the first one is shown. */
  @state() accessor queue: PendingOpenRequest[] = [];
  @state() accessor busy = false;
  @state() accessor error = '';

  @query('dialog') accessor dialog!: HTMLDialogElement;

  #off: (() => void) | null = null;
  #listeningTo: Api | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#off?.();
    this.#off = null;
    this.#listeningTo = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api !== this.#listeningTo) void this.#listen();
  }

  async #listen(): Promise<void> {
    this.#off?.();
    const api = (this.#listeningTo = this.api);
    if (!api) return;
    this.#off = api.on('openRequested', (request) => this.#add([request]));
    // Requests that arrived before the window loaded (a double-clicked file launched the app).
    try {
      this.#add(await api.openRequests.pending());
    } catch {
      // The library is not reachable; bs-app already says so.
    }
  }

  #add(requests: PendingOpenRequest[]): void {
    const known = new Set(this.queue.map((r) => r.id));
    this.queue = [...this.queue, ...requests.filter((r) => !known.has(r.id))];
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.queue.length > 0 && !dialog.open) dialog.showModal();
    if (this.queue.length === 0 && dialog.open) dialog.close();
  }

  async answer(accept: boolean): Promise<void> {
    const request = this.queue[0];
    if (!request || !this.api || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      const outcome = await this.api.openRequests.resolve(request.id, accept);
      this.queue = this.queue.slice(1);
      this.dispatchEvent(new CustomEvent('open-request-resolved', { detail: { message: outcome.message }, bubbles: true, composed: true }));
    } catch (error) {
      // The request is gone in the core either way; keep the dialog to show why, with only a Close button.
      this.error = errorMessage(error);
      this.queue = [{ ...request, problem: this.error }, ...this.queue.slice(1)];
      this.#answeredWithError = request.id;
    } finally {
      this.busy = false;
    }
  }

  #answeredWithError: string | null = null;

  #close(): void {
    const request = this.queue[0];
    if (request && request.id === this.#answeredWithError) {
      // Already removed from the core when it failed; just stop showing it.
      this.queue = this.queue.slice(1);
      this.error = '';
      return;
    }
    void this.answer(false);
  }

  #onCancel = (event: Event): void => {
    // Escape means "no"; the dialog closes once the answer is through.
    event.preventDefault();
    this.#close();
  };

  #question(request: PendingOpenRequest) {
    if (request.kind === 'subscribe') {
      return {
        title: 'Subscribe to this feed?',
        body: html`A link asked Broadsheet to follow <strong class="target">${request.target}</strong>. New articles from it will appear in your library.`,
        action: 'Subscribe',
      };
    }
    return {
      title: 'Import these subscriptions?',
      body: html`Broadsheet was asked to open <strong class="target">${request.target}</strong>. The feeds listed in it will be added to your library.`,
      action: 'Import',
    };
  }

  override render() {
    const request = this.queue[0];
    if (!request) return html`<dialog part="dialog" aria-labelledby="title" @cancel=${this.#onCancel}></dialog>`;
    const waiting = this.queue.length - 1;
    if (request.problem) {
      return html`<dialog part="dialog" aria-labelledby="title" aria-describedby="body" @cancel=${this.#onCancel}>
        <h2 id="title">${request.kind === 'subscribe' ? 'This feed cannot be added' : 'This file cannot be imported'}</h2>
        <p id="body" role="alert">${request.problem}</p>
        <div class="actions"><button class="primary" autofocus @click=${() => this.#close()}>Close</button></div>
      </dialog>`;
    }
    const question = this.#question(request);
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby="body" @cancel=${this.#onCancel}>
      <h2 id="title">${question.title}</h2>
      <p id="body">${question.body}</p>
      ${waiting > 0 ? html`<p class="more">${waiting} more waiting after this one.</p>` : null}
      <div class="actions">
        <button ?disabled=${this.busy} @click=${() => void this.answer(false)}>Cancel</button>
        <button class="primary" autofocus ?disabled=${this.busy} @click=${() => void this.answer(true)}>${question.action}</button>
      </div>
    </dialog>`;
  }
}
