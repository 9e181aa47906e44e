import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SyncAccountInfo, SyncAccountInput, SyncService } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import { apiContext } from '../../state/context.ts';
import { errorMessage } from '../../state/errors.ts';
import { fullDate } from '../../state/format.ts';
import { ModalDialog } from '../../state/modal.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-account.styles.ts';

/** The services Broadsheet speaks, with where their API lives, as the form offers them. */
export const SERVICES: readonly { id: SyncService; label: string; hint: string; placeholder: string }[] = [
  {
    id: 'ttrss',
    label: 'Tiny Tiny RSS',
    hint: 'The address of your Tiny Tiny RSS, with "Enable API" turned on in its preferences.',
    placeholder: 'https://rss.example.net/tt-rss/',
  },
  {
    id: 'greader',
    label: 'Google Reader API (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux)',
    hint: 'FreshRSS: …/api/greader.php with its API password. Miniflux: its address with the Google Reader user and password from Settings → Integrations.',
    placeholder: 'https://rss.example.net/api/greader.php',
  },
  {
    id: 'fever',
    label: 'Fever API (FreshRSS, Miniflux)',
    hint: 'FreshRSS: …/api/fever.php. Miniflux: …/fever/. Fever cannot add or remove subscriptions; do that on the server.',
    placeholder: 'https://rss.example.net/api/fever.php',
  },
];

const serviceLabel = (id: SyncService) => SERVICES.find((s) => s.id === id)!.label.replace(/ \(.*\)$/, '');

type Phase = 'idle' | 'testing' | 'adding' | 'syncing' | 'confirm-remove' | 'removing';

/**
 * @summary The sync account: add one (service, server address, user, password or API key, "Test
 * connection"), or see the one there is (last sync, changes waiting, the last problem, progress
 * while it syncs) and sync it now or remove it. The password goes to the library to be sealed and
 * never comes back. Owns the command account.settings (the palette and the File menu). A modal dialog:
 * focus stays inside while open and returns where it was on close.
 *
 * @fires account-changed - The account was added or removed (detail: the account, or null).
 */
@customElement('bs-account')
export class BsAccount extends LitElement {
  static override styles = styles;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  /** The account as last heard (null: none); kept current by the syncChanged event while the element is connected. */
  @property({ attribute: false }) accessor account: SyncAccountInfo | null = null;

  @state() accessor phase: Phase = 'idle';
  @state() accessor service: SyncService = 'ttrss';
  @state() accessor error = '';
  /** The outcome of "Test connection" or "Sync now", in words. */
  @state() accessor status: { ok: boolean; text: string } | null = null;

  readonly #modal = new ModalDialog(this);
  readonly #commands = new OwnCommands(this, { 'account.settings': () => this.show() });
  #off: (() => void) | null = null;
  #listeningTo: Api | null = null;

  get open(): boolean {
    return this.#modal.open;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api') && this.api !== this.#listeningTo) {
      this.#off?.();
      this.#listeningTo = this.api;
      this.#off = this.api?.on('syncChanged', (account) => (this.account = account)) ?? null;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#off?.();
    this.#off = null;
    this.#listeningTo = null;
  }

  /** Opens the dialog with the account as the library has it now. */
  async show(): Promise<void> {
    this.phase = 'idle';
    this.error = '';
    this.status = null;
    const shown = this.#modal.show(() => this.renderRoot.querySelector<HTMLElement>(this.account ? '.sync-now' : '#service'));
    try {
      if (!this.api) throw new Error('The library is not connected.');
      this.account = await this.api.sync.account();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(this.account ? '.sync-now' : '#service')?.focus();
    } catch (error) {
      this.error = `Could not read the sync account: ${errorMessage(error)}`;
    }
    return shown;
  }

  close(): void {
    this.#modal.close();
  }

  #input(): SyncAccountInput {
    const field = (id: string) => this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? '';
    return { service: field('service') as SyncService, serverUrl: field('server').trim(), user: field('user').trim(), password: field('password') };
  }

  #missing(input: SyncAccountInput): string {
    if (!input.serverUrl) return 'Enter the server address.';
    if (!input.user) return 'Enter the user name.';
    if (!input.password) return 'Enter the password or API key.';
    return '';
  }

  async #test(): Promise<void> {
    const input = this.#input();
    this.error = this.#missing(input);
    this.status = null;
    if (this.error || !this.api) return;
    this.phase = 'testing';
    try {
      const result = await this.api.sync.test(input);
      this.status = { ok: result.ok, text: result.message };
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.phase = 'idle';
    }
  }

  #add = async (event: Event): Promise<void> => {
    event.preventDefault();
    const input = this.#input();
    this.error = this.#missing(input);
    this.status = null;
    if (this.error || !this.api) return;
    this.phase = 'adding';
    try {
      this.account = await this.api.sync.addAccount(input);
      this.dispatchEvent(new CustomEvent('account-changed', { detail: { account: this.account }, bubbles: true, composed: true }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.sync-now')?.focus();
      // The first sync brings the subscriptions and articles; the dialog shows its progress.
      await this.#syncNow();
    } catch (error) {
      // The form keeps what was typed, so a wrong password or address can be corrected.
      this.error = errorMessage(error);
      this.phase = 'idle';
    }
  };

  async #syncNow(): Promise<void> {
    if (!this.api) return;
    this.phase = 'syncing';
    this.error = '';
    this.status = null;
    try {
      const summary = await this.api.sync.now();
      this.status = summary.ok
        ? { ok: true, text: `Synced: ${summary.newArticles} new article${summary.newArticles === 1 ? '' : 's'}, ${summary.sent} change${summary.sent === 1 ? '' : 's'} sent.` }
        : { ok: false, text: '' };
      if (!summary.ok) this.error = summary.error ?? 'The sync failed.';
      this.account = await this.api.sync.account();
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.phase = 'idle';
    }
  }

  async #remove(): Promise<void> {
    if (!this.api) return;
    this.phase = 'removing';
    try {
      const { unsentChanges } = await this.api.sync.removeAccount();
      this.account = null;
      this.status = {
        ok: true,
        text: `Account removed. Its sources and articles stay here, and Broadsheet fetches those feeds itself again.${unsentChanges ? ` ${unsentChanges} change${unsentChanges === 1 ? '' : 's'} not yet sent ${unsentChanges === 1 ? 'was' : 'were'} dropped.` : ''}`,
      };
      this.dispatchEvent(new CustomEvent('account-changed', { detail: { account: null }, bubbles: true, composed: true }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#service')?.focus();
    } catch (error) {
      this.error = `Could not remove the account: ${errorMessage(error)}`;
    } finally {
      this.phase = 'idle';
    }
  }

  #form() {
    const busy = this.phase === 'testing' || this.phase === 'adding' || this.phase === 'syncing';
    const service = SERVICES.find((s) => s.id === this.service)!;
    return html`<form class="body" @submit=${this.#add}>
      <p class="intro">Sync your subscriptions, read marks and bookmarks with a feed service you already use. Broadsheet keeps everything offline as before.</p>
      <div class="field">
        <label for="service">Service</label>
        <select id="service" .value=${this.service} ?disabled=${busy} @change=${(e: Event) => (this.service = (e.target as HTMLSelectElement).value as SyncService)}>
          ${SERVICES.map((s) => html`<option value=${s.id} ?selected=${s.id === this.service}>${s.label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="server">Server address</label>
        <input id="server" type="url" inputmode="url" autocomplete="url" spellcheck="false" placeholder=${service.placeholder} ?disabled=${busy} aria-describedby="server-hint" />
        <p class="hint" id="server-hint">${service.hint}</p>
      </div>
      <div class="field">
        <label for="user">User</label>
        <input id="user" type="text" autocomplete="username" spellcheck="false" ?disabled=${busy} />
      </div>
      <div class="field">
        <label for="password">Password or API key</label>
        <input id="password" type="password" autocomplete="current-password" ?disabled=${busy} aria-describedby="password-hint" />
        <p class="hint" id="password-hint">Kept sealed by your system's keychain, never in plain text.</p>
      </div>
      ${this.#statusLine()}
      <div class="actions">
        <button type="button" class="test" ?disabled=${busy} @click=${() => void this.#test()}>${this.phase === 'testing' ? 'Testing…' : 'Test connection'}</button>
        <span class="spacer"></span>
        <button type="button" @click=${() => this.close()}>Cancel</button>
        <button type="submit" class="primary add" ?disabled=${busy}>${this.phase === 'adding' ? 'Adding…' : 'Add account'}</button>
      </div>
    </form>`;
  }

  #statusLine() {
    return html`${this.status && this.status.text ? html`<p class="status ${this.status.ok ? 'ok' : ''}" role="status">${this.status.text}</p>` : nothing}
    ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
  }

  #details(account: SyncAccountInfo) {
    const busy = this.phase !== 'idle' && this.phase !== 'confirm-remove';
    const syncing = account.syncing || this.phase === 'syncing';
    const progress = account.progress;
    return html`<div class="body">
      <dl>
        <dt>Service</dt>
        <dd>${serviceLabel(account.service)}</dd>
        <dt>Server</dt>
        <dd>${account.serverUrl}</dd>
        <dt>User</dt>
        <dd>${account.user}</dd>
        <dt>Password</dt>
        <dd>Kept in ${account.secretStorage}</dd>
        <dt>Last sync</dt>
        <dd>${account.lastSync ? fullDate(account.lastSync) : 'Not yet'}</dd>
        <dt>Waiting to send</dt>
        <dd>${account.pendingChanges === 0 ? 'Nothing' : `${account.pendingChanges} change${account.pendingChanges === 1 ? '' : 's'}`}</dd>
        ${account.lastError
          ? html`<dt>Problem</dt>
              <dd class="problem">${account.lastError}${account.nextAttempt ? html` Next try ${fullDate(account.nextAttempt)}.` : nothing}</dd>`
          : nothing}
      </dl>
      ${syncing
        ? html`<p class="status" role="status">${progress?.message ?? 'Syncing…'}</p>
            ${progress?.total ? html`<progress max=${progress.total} .value=${progress.done} aria-label="Sync progress"></progress>` : nothing}`
        : this.#statusLine()}
      ${this.phase === 'confirm-remove' || this.phase === 'removing'
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">
              <strong>Remove the account?</strong> Its sources and articles stay here and Broadsheet fetches those feeds itself.${account.pendingChanges
                ? ` ${account.pendingChanges} change${account.pendingChanges === 1 ? '' : 's'} not yet sent will be dropped.`
                : ''}
            </p>
            <div class="actions">
              <button type="button" class="keep" ?disabled=${this.phase === 'removing'} @click=${() => (this.phase = 'idle')}>Keep account</button>
              <button type="button" class="danger remove" ?disabled=${this.phase === 'removing'} @click=${() => void this.#remove()}>
                ${this.phase === 'removing' ? 'Removing…' : 'Remove account'}
              </button>
            </div>
          </div>`
        : html`<div class="actions">
            <button type="button" class="ask-remove" ?disabled=${busy} @click=${() => (this.phase = 'confirm-remove')}>Remove account…</button>
            <span class="spacer"></span>
            <button type="button" @click=${() => this.close()}>Close</button>
            <button type="button" class="primary sync-now" ?disabled=${busy || syncing} @click=${() => void this.#syncNow()}>${syncing ? 'Syncing…' : 'Sync now'}</button>
          </div>`}
    </div>`;
  }

  override render() {
    return html`<dialog aria-labelledby="account-title" @close=${() => {
      this.phase = this.phase === 'confirm-remove' ? 'idle' : this.phase;
      // A typed password does not wait in a closed dialog.
      const password = this.renderRoot.querySelector<HTMLInputElement>('#password');
      if (password) password.value = '';
      this.#modal.closed();
    }}>
      <header>
        <h2 id="account-title">Sync account</h2>
        <button type="button" class="close" @click=${() => this.close()}>Close</button>
      </header>
      ${this.account ? this.#details(this.account) : this.#form()}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-account': BsAccount;
  }
  interface GlobalEventHandlersEventMap {
    'account-changed': CustomEvent<{ account: SyncAccountInfo | null }>;
  }
}
