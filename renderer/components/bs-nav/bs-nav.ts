import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { EditionInfo, ListView, SourceInfo } from '../../../electron/shared/models.ts';
import { emit } from '../../state/events.ts';
import { styles } from './bs-nav.styles.ts';
import '../bs-refresh-status/bs-refresh-status.ts';
import { sourceStatus } from './source-status.ts';

export interface SourceFolder {
  name: string;
  sources: SourceInfo[];
  /** The sum of its sources' unread counts: what the folder's article list holds unread. */
  unread: number;
}

/**
 * Sources without a folder, then one group per folder, in the order the library gives
 * (loose sources first, folders by name). A folder is its exact path ("News / World"),
 * the same string the library filters by, so the count always matches the list.
 */
export function groupSources(sources: SourceInfo[]): { loose: SourceInfo[]; folders: SourceFolder[] } {
  const loose: SourceInfo[] = [];
  const folders = new Map<string, SourceFolder>();
  for (const source of sources) {
    if (source.folder === null || source.folder === '') {
      loose.push(source);
      continue;
    }
    let folder = folders.get(source.folder);
    if (!folder) folders.set(source.folder, (folder = { name: source.folder, sources: [], unread: 0 }));
    folder.sources.push(source);
    folder.unread += source.unread;
  }
  return { loose, folders: [...folders.values()] };
}

/** Keys of the items in the sources list ('s:12', 'f:News'), used for the roving tab stop. */
const sourceKey = (id: number) => `s:${id}`;
const folderKey = (name: string) => `f:${name}`;

/**
 * @summary Views (All, Unread, Bookmarks) and the list of sources with unread counts, grouped under their folders.
 * @fires view-select - A view, a source or a folder was chosen.
 * @fires big-picture-open - The Big picture was chosen.
 * @fires source-settings - The settings button of a source was clicked; detail has its id.
 * @fires command-run - "+ Add source" was pressed (source.add: the dialog lives outside the sidebar,
 * so it opens whether the sidebar is shown or not).
 */
@customElement('bs-nav')
export class BsNav extends LitElement {
  static override styles = styles;

  @property() accessor view: ListView = 'all';
  @property({ type: Number, attribute: 'source-id' }) accessor sourceId: number | null = null;
  /** The folder whose sources the list shows, when one is chosen (sourceId is then null). */
  @property() accessor folder: string | null = null;
  @property({ attribute: false }) accessor sources: SourceInfo[] = [];
  @property({ attribute: false }) accessor edition: EditionInfo | null = null;
  /** True while the Big picture is shown instead of a list. */
  @property({ type: Boolean, attribute: 'big-picture' }) accessor bigPicture = false;
  /** True while the list shows search results: they come from every source, so none of these is current. */
  @property({ type: Boolean }) accessor searching = false;

  /** Folders the person closed; every folder starts open so no source is hidden by surprise. */
  @state() accessor collapsed: ReadonlySet<string> = new Set();

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'navigation');
    this.setAttribute('aria-label', 'Views and sources');
  }

  /** True when a source or a folder (not a whole view) is what the list shows. */
  get #scoped(): boolean {
    return !this.bigPicture && (this.sourceId !== null || this.folder !== null);
  }

  setFolderOpen(name: string, open: boolean): void {
    const next = new Set(this.collapsed);
    if (open) next.delete(name);
    else next.add(name);
    this.collapsed = next;
  }

  #viewItem(label: string, view: ListView, count: number | undefined) {
    const current = !this.bigPicture && !this.searching && !this.#scoped && this.view === view;
    // Roving tabindex: each list is one Tab stop, its current item (else All articles).
    const tabStop = current || ((this.#scoped || (this.searching && !this.bigPicture)) && view === 'all');
    return html`<li>
      <button type="button" data-item tabindex=${tabStop ? '0' : '-1'} aria-current=${current ? 'true' : 'false'} data-view=${view}
        @click=${() => emit(this, 'view-select', { view, sourceId: null })}>
        <span class="name">${label}</span><span class="count">${count ?? ''}</span>
      </button>
    </li>`;
  }

  #sourceItem(source: SourceInfo, tabStop: string | null) {
    const current = !this.bigPicture && !this.searching && this.sourceId === source.id;
    const status = sourceStatus(source);
    return html`<li>
      <div class="row">
        <button type="button" id=${`source-${source.id}`} data-item data-source-id=${String(source.id)} tabindex=${tabStop === sourceKey(source.id) ? '0' : '-1'}
          aria-current=${current ? 'true' : 'false'} title=${status?.tooltip ?? ''}
          @click=${() => emit(this, 'view-select', { view: 'all', sourceId: source.id })}>
          <span class="name">${source.title}</span><span class="count">${source.unread}</span>
        </button>
        <!-- Mouse way in; from the keyboard the "Source settings" command (s) opens the same dialog,
             so this button stays out of the Tab order and each list remains one Tab stop. Its name
             leaves out the source's title (the description carries it), so a search by title finds one button. -->
        <button type="button" class="settings" tabindex="-1" aria-haspopup="dialog" aria-label="Source settings" aria-describedby=${`source-${source.id}`} title="Source settings"
          @click=${() => emit(this, 'source-settings', { sourceId: source.id })}>⚙</button>
      </div>
      ${status?.problem ? html`<p class="source-problem" data-source-id=${String(source.id)}>${status.problem}</p>` : nothing}
    </li>`;
  }

  #folderItem(folder: SourceFolder, tabStop: string | null) {
    const current = !this.bigPicture && !this.searching && this.sourceId === null && this.folder === folder.name;
    const open = !this.collapsed.has(folder.name);
    return html`<li class="folder">
      <div class="row">
        <!-- The disclosure triangle is for the mouse; the keyboard opens and closes with → and ←, and aria-expanded says which. -->
        <span class="twisty" aria-hidden="true" @click=${() => this.setFolderOpen(folder.name, !open)}>${open ? '▾' : '▸'}</span>
        <button type="button" data-item data-folder=${folder.name} tabindex=${tabStop === folderKey(folder.name) ? '0' : '-1'}
          aria-current=${current ? 'true' : 'false'} aria-expanded=${open ? 'true' : 'false'}
          @click=${() => emit(this, 'view-select', { view: 'all', sourceId: null, folder: folder.name })}>
          <span class="name"><span class="visually-hidden">Folder </span>${folder.name}</span><span class="count">${folder.unread}</span>
        </button>
      </div>
      <ul ?hidden=${!open}>
        ${folder.sources.map((s) => this.#sourceItem(s, tabStop))}
      </ul>
    </li>`;
  }

  /** The sources list's one Tab stop: the current source or folder (its folder if it is folded away), else the first item. */
  #sourcesTabStop(loose: SourceInfo[], folders: SourceFolder[]): string | null {
    const visible = [...loose.map((s) => sourceKey(s.id)), ...folders.flatMap((f) => [folderKey(f.name), ...(this.collapsed.has(f.name) ? [] : f.sources.map((s) => sourceKey(s.id)))])];
    let current: string | null = null;
    if (!this.bigPicture && this.sourceId !== null) {
      const inFolder = folders.find((f) => f.sources.some((s) => s.id === this.sourceId));
      current = inFolder && this.collapsed.has(inFolder.name) ? folderKey(inFolder.name) : sourceKey(this.sourceId);
    } else if (!this.bigPicture && this.folder !== null) {
      current = folderKey(this.folder);
    }
    return current !== null && visible.includes(current) ? current : (visible[0] ?? null);
  }

  /** Arrow keys, Home and End move within a list (and are not "next article" here); on a folder → opens it and ← closes it. */
  #onListKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLButtonElement) || !target.hasAttribute('data-item')) return;
    const list = event.currentTarget as HTMLElement;
    // Items of folded folders are hidden and skipped.
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button[data-item]')].filter((b) => !b.closest('[hidden]'));
    const at = buttons.indexOf(target);
    if (at === -1) return;
    let next = at;
    const folder = target.dataset.folder;
    if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && folder !== undefined) {
      // The tree pattern for a folder: → opens it, or moves into it when open; ← closes it.
      const open = !this.collapsed.has(folder);
      if (event.key === 'ArrowRight' && !open) this.setFolderOpen(folder, true);
      else if (event.key === 'ArrowLeft' && open) this.setFolderOpen(folder, false);
      else if (event.key === 'ArrowRight') next = Math.min(buttons.length - 1, at + 1);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      next = Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    } else if (event.key === 'Home' || event.key === 'End') {
      next = event.key === 'Home' ? 0 : buttons.length - 1;
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    for (const button of buttons) button.tabIndex = button === buttons[next] ? 0 : -1;
    buttons[next]!.focus();
  }

  override render() {
    const e = this.edition;
    const { loose, folders } = groupSources(this.sources);
    const tabStop = this.#sourcesTabStop(loose, folders);
    return html`<ul @keydown=${this.#onListKey}>
        ${this.#viewItem('All articles', 'all', e?.articleCount)} ${this.#viewItem('Unread', 'unread', e?.unreadCount)}
        ${this.#viewItem('Bookmarks', 'bookmarks', e?.bookmarkCount)}
        <li>
          <button type="button" data-item tabindex=${this.bigPicture ? '0' : '-1'} aria-current=${this.bigPicture ? 'true' : 'false'} data-view="big-picture" @click=${() => emit(this, 'big-picture-open', {})}>
            <span class="name">Big picture</span><span class="count"></span>
          </button>
        </li>
      </ul>
      <h2>Sources</h2>
      <div class="feed-tools">
        <button type="button" class="add" aria-haspopup="dialog" @click=${() => this.dispatchEvent(new CustomEvent('command-run', { detail: { id: 'source.add' }, bubbles: true, composed: true }))}>
          + Add source
        </button>
        <bs-refresh-status></bs-refresh-status>
      </div>
      <ul class="sources" @keydown=${this.#onListKey}>
        ${loose.map((s) => this.#sourceItem(s, tabStop))} ${folders.map((f) => this.#folderItem(f, tabStop))}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-nav': BsNav;
  }
  interface GlobalEventHandlersEventMap {
    'source-settings': CustomEvent<{ sourceId: number }>;
  }
}
