import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { MAX_BOOKMARKS_JSON, MAX_OPML } from '../../../electron/shared/contract.ts';
import type { BookmarkExportFormat } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import type { Announcer } from '../../state/announcer.ts';
import { announcerContext, apiContext } from '../../state/context.ts';
import { errorMessage } from '../../state/errors.ts';
import { emit } from '../../state/events.ts';
import { decodeText, fileSize, saveAsDownload } from '../../state/files.ts';
import { ModalDialog } from '../../state/modal.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-import-export.styles.ts';

export const SUBSCRIPTIONS_FILE = 'broadsheet-subscriptions.opml';

export const BOOKMARK_FORMATS: Record<BookmarkExportFormat, { label: string; hint: string; file: string; type: string }> = {
  markdown: { label: 'Markdown', hint: 'Plain text with headings, for notes apps and editors.', file: 'broadsheet-bookmarks.md', type: 'text/markdown;charset=utf-8' },
  html: { label: 'HTML', hint: 'One page to read in a browser or print.', file: 'broadsheet-bookmarks.html', type: 'text/html;charset=utf-8' },
  json: { label: 'JSON', hint: 'For Broadsheet: Import bookmarks brings them back with their full text.', file: 'broadsheet-bookmarks.json', type: 'application/json' },
};

type Mode = 'import-subscriptions' | 'import-bookmarks' | 'export-bookmarks';
type Kind = 'subscriptions' | 'bookmarks';

interface ImportKind {
  title: string;
  intro: string;
  choose: string;
  accept: string;
  maxBytes: number;
  tooLarge: (name: string, size: number) => string;
}

const IMPORTS: Record<Kind, ImportKind> = {
  subscriptions: {
    title: 'Import subscriptions',
    intro: 'Choose an OPML file exported from another feed reader. Its folders are kept, feeds you already follow are skipped, and nothing in your library is removed.',
    choose: 'Choose OPML file…',
    accept: '.opml,.xml,text/x-opml,application/xml',
    maxBytes: MAX_OPML,
    tooLarge: (name, size) => `“${name}” is ${fileSize(size)}, larger than the ${fileSize(MAX_OPML)} an OPML subscription list can be. It is probably not one.`,
  },
  bookmarks: {
    title: 'Import bookmarks',
    intro: 'Choose a bookmarks file that Broadsheet exported as JSON. Articles already in your library are bookmarked; the others are added with their full text. Nothing is removed.',
    choose: 'Choose JSON file…',
    accept: '.json,application/json',
    maxBytes: MAX_BOOKMARKS_JSON,
    tooLarge: (name, size) => `“${name}” is ${fileSize(size)}, larger than the ${fileSize(MAX_BOOKMARKS_JSON)} a bookmarks export can be.`,
  },
};

/** What one import did, in the words the summary shows. */
export interface ImportSummary {
  file: string;
  headline: string;
  counts: { label: string; value: number }[];
  problems: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function opmlSummary(file: string, result: { added: number; skipped: number; problems: string[] }): ImportSummary {
  const { added, skipped, problems } = result;
  const headline =
    added > 0
      ? `Added ${plural(added, 'source', 'sources')} from “${file}”.`
      : skipped > 0 && problems.length === 0
        ? `Nothing new in “${file}”: you already follow ${skipped === 1 ? 'its feed' : `all ${skipped} of its feeds`}.`
        : skipped === 0 && problems.length === 0
          ? `“${file}” lists no feeds, so nothing was added.`
          : `No sources were added from “${file}”.`;
  return {
    file,
    headline,
    counts: [
      { label: 'added', value: added },
      { label: 'already in your library', value: skipped },
      { label: 'could not be added', value: problems.length },
    ],
    problems,
  };
}

export function bookmarksSummary(file: string, result: { imported: number; matched: number; problems: string[] }): ImportSummary {
  const { imported, matched, problems } = result;
  const total = imported + matched;
  return {
    file,
    headline: total > 0 ? `Bookmarked ${plural(total, 'article', 'articles')} from “${file}”.` : `No bookmarks were added from “${file}”.`,
    counts: [
      { label: 'added to your library', value: imported },
      { label: 'already in your library', value: matched },
      { label: 'could not be used', value: problems.length },
    ],
    problems,
  };
}

/**
 * @summary Import and export in the app: subscriptions from and to OPML, bookmarks to Markdown,
 * HTML or JSON and back from JSON. An import reads the chosen file here, checks its size, and shows
 * what was added, what was already there and what could not be used, and why; a bad file gets a
 * plain message and changes nothing. Exports are saved as downloads.
 * @fires library-imported - Sources or bookmarks were added; detail has the kind and how many.
 * @fires export-done - An export was saved (or there was nothing to save); detail has the message to announce.
 * @csspart dialog - The modal dialog.
 * Owns the commands subscriptions.import, subscriptions.export, bookmarks.import and bookmarks.export.
 */
@customElement('bs-import-export')
export class BsImportExport extends LitElement {
  static override styles = styles;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  @state() accessor mode: Mode = 'import-subscriptions';
  @state() accessor busy = false;
  @state() accessor error = '';
  @state() accessor summary: ImportSummary | null = null;
  @state() accessor format: BookmarkExportFormat = 'markdown';
  /** Bookmarks there are to export; null while counting. */
  @state() accessor bookmarkCount: number | null = null;

  @query('input[type="file"]') accessor fileInput!: HTMLInputElement | null;
  readonly #modal = new ModalDialog(this);

  @consume({ context: announcerContext, subscribe: true }) accessor announcer: Announcer | undefined = undefined;

  readonly #commands = new OwnCommands(this, {
    'subscriptions.import': () => this.showImportSubscriptions(),
    'subscriptions.export': () => this.exportSubscriptions().then((text) => this.announcer?.announce(text)),
    'bookmarks.import': () => this.showImportBookmarks(),
    'bookmarks.export': () => this.showExportBookmarks(),
  });

  get open(): boolean {
    return this.#modal.open;
  }

  get #kind(): Kind {
    return this.mode === 'import-bookmarks' ? 'bookmarks' : 'subscriptions';
  }

  #reset(mode: Mode): void {
    this.mode = mode;
    this.busy = false;
    this.error = '';
    this.summary = null;
  }

  /** Opens the OPML import dialog; the file chooser opens from its button, a press the browser counts as the person's. */
  async showImportSubscriptions(): Promise<void> {
    this.#reset('import-subscriptions');
    await this.#modal.show(() => this.renderRoot.querySelector<HTMLElement>('.choose'));
  }

  async showImportBookmarks(): Promise<void> {
    this.#reset('import-bookmarks');
    await this.#modal.show(() => this.renderRoot.querySelector<HTMLElement>('.choose'));
  }

  async showExportBookmarks(): Promise<void> {
    this.#reset('export-bookmarks');
    this.bookmarkCount = null;
    const shown = this.#modal.show(() => this.renderRoot.querySelector<HTMLElement>('input[name="format"]:checked'));
    try {
      const page = await this.api!.library.articles({ view: 'bookmarks', limit: 1 });
      this.bookmarkCount = page.total ?? page.items.length;
    } catch (error) {
      this.error = `Your bookmarks could not be counted: ${errorMessage(error)}`;
    }
    await shown;
  }

  close(): void {
    this.#modal.close();
  }

  /** Saves every feed subscription as OPML; resolves with what to tell the person. */
  async exportSubscriptions(): Promise<string> {
    if (!this.api) return 'Subscriptions could not be exported: the library is not available.';
    let opml: string;
    try {
      opml = await this.api.feeds.exportOpml();
    } catch (error) {
      return `Subscriptions could not be exported: ${errorMessage(error)}`;
    }
    const feeds = new DOMParser().parseFromString(opml, 'application/xml').querySelectorAll('outline[xmlUrl]').length;
    if (feeds === 0) return 'There are no feed subscriptions to export yet: the sample edition’s sources have no feeds.';
    saveAsDownload(opml, SUBSCRIPTIONS_FILE, 'text/x-opml;charset=utf-8', this.renderRoot);
    return `Exported ${plural(feeds, 'subscription', 'subscriptions')} to ${SUBSCRIPTIONS_FILE}`;
  }

  #chooseFile(): void {
    const input = this.fileInput;
    if (!input) return;
    // The same file chosen twice (after fixing it) must fire change again.
    input.value = '';
    input.click();
  }

  async #onFileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.api) return;
    const kind = this.#kind;
    const spec = IMPORTS[kind];
    this.error = '';
    this.summary = null;
    // Checked before reading: a huge file is refused without loading it, and the library never sees it.
    if (file.size > spec.maxBytes) {
      this.error = `${spec.tooLarge(file.name, file.size)} Nothing was changed.`;
      return;
    }
    this.busy = true;
    try {
      const text = decodeText(new Uint8Array(await file.arrayBuffer()));
      if (text.trim() === '') {
        this.error = `“${file.name}” is empty. Choose the file your ${kind === 'subscriptions' ? 'other reader' : 'export'} saved. Nothing was changed.`;
        return;
      }
      if (text.length > spec.maxBytes) {
        this.error = `${spec.tooLarge(file.name, text.length)} Nothing was changed.`;
        return;
      }
      if (kind === 'subscriptions') {
        const result = await this.api.feeds.importOpml(text);
        this.summary = opmlSummary(file.name, result);
        if (result.added > 0) emit(this, 'library-imported', { kind, added: result.added });
      } else {
        const result = await this.api.bookmarks.import(text);
        this.summary = bookmarksSummary(file.name, result);
        if (result.imported + result.matched > 0) emit(this, 'library-imported', { kind, added: result.imported + result.matched });
      }
    } catch (error) {
      // The library imports in one transaction: a refused or failed file leaves it as it was.
      this.error = `${errorMessage(error)} Nothing was changed.`;
    } finally {
      this.busy = false;
    }
  }

  async #exportBookmarks(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api || this.busy) return;
    const format = this.format;
    const spec = BOOKMARK_FORMATS[format];
    this.busy = true;
    this.error = '';
    try {
      const text = await this.api.bookmarks.export(format);
      saveAsDownload(text, spec.file, spec.type, this.renderRoot);
      this.busy = false;
      this.close();
      emit(this, 'export-done', { message: `Exported ${plural(this.bookmarkCount ?? 0, 'bookmark', 'bookmarks')} as ${spec.label} to ${spec.file}` });
    } catch (error) {
      this.busy = false;
      this.error = `Your bookmarks could not be exported: ${errorMessage(error)}`;
    }
  }

  #summary(summary: ImportSummary) {
    return html`<div class="summary">
      <ul class="counts" aria-label="What happened">
        ${summary.counts.map((c) => html`<li class=${c.value > 0 ? '' : 'zero'}><strong>${c.value}</strong> ${c.label}</li>`)}
      </ul>
      ${summary.problems.length
        ? html`<h3 id="problems-title">Not imported</h3>
            <ul class="problems" aria-labelledby="problems-title">
              ${summary.problems.map((p) => html`<li>${p}</li>`)}
            </ul>`
        : nothing}
      ${this.mode === 'import-subscriptions' && summary.counts[0]!.value > 0
        ? html`<p class="hint">Their articles arrive with the refresh that has just started.</p>`
        : nothing}
    </div>`;
  }

  #importBody() {
    const spec = IMPORTS[this.#kind];
    const summary = this.summary;
    return html`<div class="body">
      <p id="transfer-intro">${spec.intro}</p>
      <input type="file" hidden accept=${spec.accept} @change=${this.#onFileChosen} />
      <p class="status" role="status">${this.busy ? 'Importing…' : (summary?.headline ?? '')}</p>
      ${summary ? this.#summary(summary) : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button type="button" class=${summary ? 'choose' : 'choose primary'} ?disabled=${this.busy} @click=${() => this.#chooseFile()}>
          ${summary || this.error ? 'Choose another file…' : spec.choose}
        </button>
        <span class="spacer"></span>
        <button type="button" class=${summary ? 'done primary' : 'done'} @click=${() => this.close()}>${summary ? 'Done' : 'Cancel'}</button>
      </div>
    </div>`;
  }

  #exportBody() {
    const count = this.bookmarkCount;
    const none = count === 0;
    return html`<form class="body" @submit=${this.#exportBookmarks}>
      <p id="transfer-intro">
        ${count === null
          ? 'Counting your bookmarks…'
          : none
            ? 'You have no bookmarks yet. Press b on an article to keep it; then you can export it here.'
            : `${plural(count, 'bookmarked article', 'bookmarked articles')}, each with its full text, saved as one file.`}
      </p>
      <fieldset ?disabled=${none || this.busy}>
        <legend>Format</legend>
        ${(Object.keys(BOOKMARK_FORMATS) as BookmarkExportFormat[]).map((format) => {
          const spec = BOOKMARK_FORMATS[format];
          return html`<label class="choice">
            <input type="radio" name="format" value=${format} .checked=${this.format === format} aria-describedby=${`hint-${format}`}
              @change=${() => (this.format = format)} />
            <span><span class="label">${spec.label}</span> <span class="hint" id=${`hint-${format}`}>${spec.hint}</span></span>
          </label>`;
        })}
      </fieldset>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <span class="spacer"></span>
        <button type="button" @click=${() => this.close()}>Cancel</button>
        <button type="submit" class="primary" ?disabled=${none || count === null || this.busy}>${this.busy ? 'Exporting…' : 'Export'}</button>
      </div>
    </form>`;
  }

  override render() {
    const title = this.mode === 'export-bookmarks' ? 'Export bookmarks' : IMPORTS[this.#kind].title;
    return html`<dialog part="dialog" aria-labelledby="transfer-title" aria-describedby="transfer-intro" @close=${() => this.#modal.closed()}>
      <header>
        <h2 id="transfer-title">${title}</h2>
        <button type="button" class="close" @click=${() => this.close()}>Close</button>
      </header>
      ${this.mode === 'export-bookmarks' ? this.#exportBody() : this.#importBody()}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-import-export': BsImportExport;
  }
  interface GlobalEventHandlersEventMap {
    'library-imported': CustomEvent<{ kind: Kind; added: number }>;
    'export-done': CustomEvent<{ message: string }>;
  }
}
