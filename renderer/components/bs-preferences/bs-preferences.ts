import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Preferences, PreferencesPatch } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import type { Announcer } from '../../state/announcer.ts';
import { announcerContext, apiContext } from '../../state/context.ts';
import { errorMessage } from '../../state/errors.ts';
import { ModalDialog } from '../../state/modal.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { dialogStyles } from '../bs-help/dialog.styles.ts';
import { styles } from './bs-preferences.styles.ts';
import { PREFERENCE_SECTIONS, type PreferenceField } from './fields.ts';

/**
 * @summary Preferences (app.preferences, Mod+,): reading, appearance, feeds and storage, privacy.
 * Each change is saved at once through the library, which checks it against the shared bounds;
 * a refused value is explained beside its field and the stored one is shown again.
 * Owns app.preferences and view.toggleFolding (folding stories is one of its toggles, reached from the palette too).
 * @fires preferences-saved - after a change was stored; detail: the preferences now in force.
 */
@customElement('bs-preferences')
export class BsPreferences extends LitElement {
  static override styles = [dialogStyles, styles];

  @consume({ context: apiContext, subscribe: true })
  accessor api: Api | null = null;

  @state() accessor prefs: Preferences | null = null;
  @state() accessor problem: { key: string; message: string } | null = null;
  @state() accessor loadError = '';

  readonly #modal = new ModalDialog(this);
  @consume({ context: announcerContext, subscribe: true }) accessor announcer: Announcer | undefined = undefined;

  readonly #commands = new OwnCommands(this, {
    'app.preferences': () => this.show(),
    'view.toggleFolding': () => this.toggleFolding(),
  });

  get open(): boolean {
    return this.#modal.open;
  }

  async show(): Promise<void> {
    this.problem = null;
    this.loadError = '';
    try {
      if (!this.api) throw new Error('The library is not connected.');
      this.prefs = await this.api.preferences.get();
    } catch (error) {
      this.loadError = `Could not read your preferences: ${errorMessage(error)}`;
    }
    await this.#modal.show(() => this.renderRoot.querySelector<HTMLElement>('input, select, .close'));
  }

  close(): void {
    this.#modal.close();
  }

  /**
   * Folding on or off without opening the dialog (view.toggleFolding): the stored preference is
   * read first, so a change made elsewhere is not undone; the list hears preferencesChanged.
   */
  async toggleFolding(): Promise<void> {
    try {
      if (!this.api) throw new Error('The library is not connected.');
      const current = await this.api.preferences.get();
      const prefs = await this.api.preferences.set({ foldStories: !current.foldStories });
      if (this.prefs) this.prefs = prefs;
      this.dispatchEvent(new CustomEvent('preferences-saved', { detail: prefs, bubbles: true, composed: true }));
      this.announcer?.announce(prefs.foldStories ? 'Stories folded: one row per story' : 'Stories unfolded: every article has its own row');
    } catch (error) {
      this.announcer?.announce(`Folding could not be changed: ${errorMessage(error)}`);
    }
  }

  async #save(key: keyof Preferences, value: unknown, field: PreferenceField): Promise<void> {
    if (!this.api || !this.prefs) return;
    if (field.kind === 'number') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < field.range.min || n > field.range.max) {
        this.problem = { key, message: `Choose a whole number from ${field.range.min} to ${field.range.max} ${field.unit}.` };
        return;
      }
      value = n;
    }
    try {
      this.prefs = await this.api.preferences.set({ [key]: value } as PreferencesPatch);
      this.problem = null;
      this.dispatchEvent(new CustomEvent('preferences-saved', { detail: this.prefs, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = { key, message: `Not saved: ${errorMessage(error)}` };
      this.requestUpdate(); // show the stored value again
    }
  }

  #field(field: PreferenceField, prefs: Preferences) {
    const id = `pref-${field.key}`;
    const hintId = field.hint ? `${id}-hint` : undefined;
    const problem = this.problem?.key === field.key ? this.problem.message : '';
    const describedBy = [hintId, problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || nothing;
    const value = prefs[field.key];
    let control;
    if (field.kind === 'toggle') {
      control = html`<div class="toggle">
        <input id=${id} type="checkbox" .checked=${value === true} aria-describedby=${describedBy}
          @change=${(e: Event) => void this.#save(field.key, (e.target as HTMLInputElement).checked, field)} />
        <label for=${id}>${field.label}</label>
      </div>`;
    } else if (field.kind === 'choice') {
      control = html`<label for=${id}>${field.label}</label>
        <select id=${id} aria-describedby=${describedBy} @change=${(e: Event) => void this.#save(field.key, (e.target as HTMLSelectElement).value, field)}>
          ${field.choices.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
        </select>`;
    } else {
      control = html`<div class="number">
        <label for=${id}>${field.label}</label>
        <input id=${id} type="number" min=${field.range.min} max=${field.range.max} step="1" .value=${String(value)}
          aria-describedby=${describedBy} @change=${(e: Event) => void this.#save(field.key, (e.target as HTMLInputElement).value, field)} />
        <span>${field.unit}</span>
      </div>`;
    }
    return html`<div class="field">
      ${control}
      ${field.hint ? html`<p class="hint" id=${hintId!}>${field.hint}</p>` : nothing}
      ${problem ? html`<p role="alert" id=${`${id}-problem`}>${problem}</p>` : nothing}
    </div>`;
  }

  #body() {
    if (this.loadError) return html`<p role="alert">${this.loadError}</p>`;
    const prefs = this.prefs;
    if (!prefs) return html`<p class="muted" role="status">Reading your preferences…</p>`;
    return PREFERENCE_SECTIONS.map(
      (section) => html`<fieldset>
        <legend>${section.title}</legend>
        ${section.fields.map((field) => this.#field(field, prefs))}
      </fieldset>`,
    );
  }

  override render() {
    return html`<dialog aria-labelledby="prefs-title" @close=${() => this.#modal.closed()}>
      <header>
        <h2 id="prefs-title">Preferences</h2>
        <button type="button" class="close" @click=${() => this.close()}>Close</button>
      </header>
      <div class="body">${this.#body()}</div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-preferences': BsPreferences;
  }
}
