import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { EditionInfo, ThemeChoice } from '../../../electron/shared/models.ts';
import { THEMES } from '../../../electron/shared/preferences.ts';
import type { Announcer } from '../../state/announcer.ts';
import { announcerContext, libraryContext } from '../../state/context.ts';
import { editionDate } from '../../state/format.ts';
import { emit } from '../../state/events.ts';
import type { LibraryStore } from '../../state/library-store.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-masthead.styles.ts';
import '../bs-offline-badge/bs-offline-badge.ts';

/** The tagline of the design brief, under the paper's name (the showTagline preference hides it). */
export const TAGLINE = 'Focus on the big picture.';

/**
 * @summary The paper's masthead: name and tagline, today's edition date, search and reading controls,
 * and the toggles of the side panes (sources, related stories), which work at every window width.
 * Owns the commands for what it controls: search.focus, the theme.* commands, the text size (view.font*)
 * and view.toggleTagline.
 * @fires search-change - The search text changed (debounced).
 * @fires theme-change - A theme was chosen.
 * @fires font-size-change - Text size up or down.
 * @fires command-run - A pane toggle was pressed (view.toggleSources, view.toggleRelated).
 */
@customElement('bs-masthead')
export class BsMasthead extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) accessor edition: EditionInfo | null = null;
  @property() accessor theme: ThemeChoice = 'system';
  @property() accessor query = '';
  /** Which side panes are in view, for their toggles. */
  @property({ attribute: false }) accessor panes: { sources: boolean; related: boolean } = { sources: true, related: true };
  @property({ type: Boolean, attribute: 'show-tagline' }) accessor showTagline = true;

  @query('input[type="search"]') accessor searchInput!: HTMLInputElement;

  @consume({ context: libraryContext, subscribe: true }) accessor library: LibraryStore | undefined = undefined;
  @consume({ context: announcerContext, subscribe: true }) accessor announcer: Announcer | undefined = undefined;

  readonly #commands = new OwnCommands(this, {
    'search.focus': () => this.focusSearch(),
    'view.fontLarger': () => this.library?.changeFontSize(1),
    'view.fontSmaller': () => this.library?.changeFontSize(-1),
    'view.fontReset': () => this.library?.changeFontSize(0),
    'theme.cycle': () => this.#chooseTheme(THEMES[(THEMES.indexOf(this.library?.preferences?.theme ?? this.theme) + 1) % THEMES.length]!),
    'theme.system': () => this.#chooseTheme('system'),
    'theme.light': () => this.#chooseTheme('light'),
    'theme.dark': () => this.#chooseTheme('dark'),
    'view.toggleTagline': () => this.#toggleTagline(),
  });

  async #toggleTagline(): Promise<void> {
    const show = !(this.library?.preferences?.showTagline ?? this.showTagline);
    await this.library?.setPreferences({ showTagline: show });
    this.announcer?.announce(show ? 'Tagline shown' : 'Tagline hidden');
  }

  #toggle(id: 'view.toggleSources' | 'view.toggleRelated', label: string, icon: string, expanded: boolean) {
    // data-pane-toggle: a pane open over the others stays open while focus passes to its own toggle, which then closes it.
    return html`<button type="button" class="pane-toggle" data-pane-toggle aria-expanded=${expanded ? 'true' : 'false'} title=${label}
      @click=${() => this.dispatchEvent(new CustomEvent('command-run', { detail: { id }, bubbles: true, composed: true }))}>
      <span aria-hidden="true">${icon}</span><span class="label">${label}</span>
    </button>`;
  }

  async #chooseTheme(theme: ThemeChoice): Promise<void> {
    await this.library?.setPreferences({ theme });
    this.announcer?.announce(theme === 'system' ? 'Theme follows the system' : `${theme[0]!.toUpperCase()}${theme.slice(1)} theme`);
  }

  #debounce: ReturnType<typeof setTimeout> | undefined;

  focusSearch(): void {
    this.searchInput?.focus();
    this.searchInput?.select();
  }

  #onInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => emit(this, 'search-change', { query: value }), 180);
  }

  #onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      (event.target as HTMLInputElement).value = '';
      clearTimeout(this.#debounce);
      emit(this, 'search-change', { query: '' });
    }
  }

  override render() {
    const edition = this.edition;
    return html`<header role="banner">
      <div class="left">
        ${this.#toggle('view.toggleSources', 'Sources', '☰', this.panes.sources)}
        <div class="dateline">
          ${edition ? html`<span>${editionDate(edition.date)}</span><br /><span>${edition.articleCount} articles · ${edition.sourceCount} sources</span>` : html`<span>Loading today's edition…</span>`}
        </div>
      </div>
      <div class="title">
        <h1>Broadsheet</h1>
        ${this.showTagline ? html`<p class="tagline">${TAGLINE}</p>` : nothing}
      </div>
      <div class="tools">
        <bs-offline-badge></bs-offline-badge>
        <label class="visually-hidden" for="search">Search articles</label>
        <input id="search" type="search" placeholder="Search (/)" .value=${this.query} @input=${this.#onInput} @keydown=${this.#onSearchKey} />
        <label class="visually-hidden" for="theme">Theme</label>
        <select id="theme" .value=${this.theme} @change=${(e: Event) => emit(this, 'theme-change', { theme: (e.target as HTMLSelectElement).value as ThemeChoice })}>
          <option value="system">System theme</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
        <span class="font" role="group" aria-label="Text size">
          <button type="button" aria-label="Smaller text" @click=${() => emit(this, 'font-size-change', { delta: -1 })}>A−</button>
          <button type="button" aria-label="Larger text" @click=${() => emit(this, 'font-size-change', { delta: 1 })}>A+</button>
        </span>
        ${this.#toggle('view.toggleRelated', 'Related stories', '❐', this.panes.related)}
      </div>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-masthead': BsMasthead;
  }
}
