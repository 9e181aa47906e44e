import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatBytes } from '../../../electron/shared/format.ts';
import type { LibraryStats } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import { apiContext } from '../../state/context.ts';
import { errorMessage } from '../../state/errors.ts';
import { ModalDialog } from '../../state/modal.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { dialogStyles } from '../bs-help/dialog.styles.ts';
import { styles } from './bs-about.styles.ts';

const count = (n: number) => n.toLocaleString();

/**
 * @summary About Broadsheet: what the library holds (articles, unread, bookmarks, sources), its
 * size on disk and where it lives. Owns the command app.about; asks the library each time it opens.
 * A modal dialog: focus stays inside while open and returns where it was on close.
 */
@customElement('bs-about')
export class BsAbout extends LitElement {
  static override styles = [dialogStyles, styles];

  @consume({ context: apiContext, subscribe: true })
  accessor api: Api | null = null;

  @state() accessor stats: LibraryStats | null = null;
  @state() accessor error = '';

  readonly #modal = new ModalDialog(this);
  readonly #commands = new OwnCommands(this, { 'app.about': () => this.show() });

  get open(): boolean {
    return this.#modal.open;
  }

  async show(): Promise<void> {
    this.stats = null;
    this.error = '';
    const shown = this.#modal.show(() => this.renderRoot.querySelector<HTMLElement>('.close'));
    try {
      if (!this.api) throw new Error('The library is not connected.');
      this.stats = await this.api.library.stats();
    } catch (error) {
      this.error = `Could not read the library: ${errorMessage(error)}`;
    }
    return shown;
  }

  close(): void {
    this.#modal.close();
  }

  #body() {
    if (this.error) return html`<p role="alert">${this.error}</p>`;
    const s = this.stats;
    if (!s) return html`<p class="muted" role="status">Counting…</p>`;
    return html`<dl>
      <dt>Articles</dt>
      <dd>${count(s.articles)} (${count(s.unread)} unread)</dd>
      <dt>Bookmarks</dt>
      <dd>${count(s.bookmarks)}</dd>
      <dt>Sources</dt>
      <dd>${count(s.sources)}</dd>
      <dt>On disk</dt>
      <dd>${formatBytes(s.databaseBytes + s.mediaBytes)} — database ${formatBytes(s.databaseBytes)}, ${count(s.mediaFiles)} saved ${s.mediaFiles === 1 ? 'image' : 'images'} ${formatBytes(s.mediaBytes)}</dd>
      <dt>Backups</dt>
      <dd>
        ${s.backups.count === 0
          ? 'None yet'
          : `${count(s.backups.count)} kept, ${formatBytes(s.backups.bytes)}; newest ${new Date(s.backups.newest!).toLocaleString()}`}
      </dd>
      <dt>Library folder</dt>
      <dd class="path">${s.libraryDir}</dd>
    </dl>
    ${s.backupProblem ? html`<p class="problem" role="alert"><strong>The last daily backup was not made.</strong> ${s.backupProblem}</p>` : nothing}`;
  }

  override render() {
    return html`<dialog aria-labelledby="about-title" @close=${() => this.#modal.closed()}>
      <header>
        <h2 id="about-title">About Broadsheet</h2>
        <button type="button" class="close" @click=${() => this.close()}>Close</button>
      </header>
      <div class="body">${this.#body()}</div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-about': BsAbout;
  }
}
