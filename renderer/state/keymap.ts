// Resolves key presses (and 'g a' style sequences) to command ids from the one
// command table, with the person's overrides applied. Keys do nothing while
// typing in a text field, inside an open dialog (dialogs own their keys), or
// when the focused control needs that key itself (Enter on a button, arrows in
// a select or slider).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { effectiveKeymap, formatChord, type CommandId, type Keymap, type KeymapOverrides } from '../../electron/shared/commands.ts';

export type Platform = 'mac' | 'other';

/** How long the first key of a sequence waits for the next one. */
export const SEQUENCE_TIMEOUT_MS = 1500;

export function currentPlatform(): Platform {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return /mac/i.test(nav.userAgentData?.platform ?? nav.platform ?? '') ? 'mac' : 'other';
}

/** The canonical chord for a key event ('Mod+K', 'Shift+A', '?'), or null for a lone modifier. */
export function chordOf(event: KeyboardEvent, platform: Platform = currentPlatform()): string | null {
  if (['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Dead', 'Unidentified', 'Process', 'Compose'].includes(event.key)) return null;
  const mods: ('Mod' | 'Ctrl' | 'Alt' | 'Shift')[] = [];
  if (platform === 'mac') {
    if (event.metaKey) mods.push('Mod');
    if (event.ctrlKey) mods.push('Ctrl');
  } else {
    // The Windows/Super key belongs to the system.
    if (event.metaKey) return null;
    if (event.ctrlKey) mods.push('Mod');
  }
  if (event.altKey) mods.push('Alt');
  if (event.shiftKey) mods.push('Shift');
  // Letters come from the key's case only through Shift, so Caps Lock does not turn 'j' into 'Shift+J'.
  const key = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : event.key;
  return formatChord(mods, key);
}

function deepTarget(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'].includes(element.type);
  }
  return element.getAttribute('role') === 'textbox' || element.getAttribute('role') === 'combobox';
}

const ACTIVATES = 'button, a[href], summary, select, input, [role="button"], [role="link"], [role="menuitem"], [role="checkbox"], [role="switch"], [role="tab"], [role="radio"]';
const USES_HORIZONTAL_ARROWS = 'select, input, [role="slider"], [role="tablist"], [role="tab"], [role="radiogroup"], [role="radio"], [role="menubar"], [role="spinbutton"], [role="grid"], [role="tree"], [role="treegrid"]';
const USES_VERTICAL_ARROWS = 'select, input[type="range"], input[type="number"], [role="slider"], [role="radiogroup"], [role="radio"], [role="menu"], [role="spinbutton"], [role="grid"], [role="tree"], [role="treegrid"]';

/** True when the focused control needs this key for its own behaviour. */
export function controlUsesKey(target: Element | null, chord: string): boolean {
  if (!target) return false;
  if (chord === 'Enter' || chord === 'Space' || chord === 'Shift+Space') return target.matches(ACTIVATES);
  if (chord === 'ArrowLeft' || chord === 'ArrowRight') return target.closest(USES_HORIZONTAL_ARROWS) !== null;
  if (chord === 'ArrowUp' || chord === 'ArrowDown') {
    if (target.closest(USES_VERTICAL_ARROWS)) return true;
    // A focused scrolling area (the reading pane) keeps arrow-key scrolling, the way a browser page does.
    return target.scrollHeight > target.clientHeight && /auto|scroll/.test(getComputedStyle(target).overflowY);
  }
  return false;
}

function insideOpenDialog(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof HTMLDialogElement && node.open);
}

/**
 * A field of a dialog that has closed is out of view, but the browser takes focus off it only at its
 * next rendering step (and a dialog opened while nothing had focus gives focus back to nothing). A key
 * pressed in between is meant for the app, not typed into the hidden field: Shift+S right after Escape
 * closed "Add a source" was swallowed that way (issue #17).
 */
function insideClosedDialog(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof HTMLDialogElement && !node.open);
}

export interface KeymapOptions {
  /** Runs the command; return false to let the key do its usual thing instead. */
  run(id: CommandId, event: KeyboardEvent): boolean | void;
}

export class KeymapController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: KeymapOptions;
  readonly platform: Platform = currentPlatform();
  #keymap: Keymap = effectiveKeymap();
  #bindings = new Map<string, CommandId>();
  #prefixes = new Set<string>();
  #pending = '';
  #pendingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: KeymapOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#index();
  }

  get keymap(): Keymap {
    return this.#keymap;
  }

  /** The first key of a sequence, while it waits for the next ('g'), else ''. */
  get pending(): string {
    return this.#pending;
  }

  set overrides(overrides: KeymapOverrides) {
    this.#keymap = effectiveKeymap(overrides);
    this.#index();
    this.#host.requestUpdate();
  }

  #index(): void {
    this.#bindings.clear();
    this.#prefixes.clear();
    for (const [id, bindings] of Object.entries(this.#keymap) as [CommandId, readonly string[]][]) {
      for (const binding of bindings) {
        // The first command wins a clash; the keymap editor refuses to create clashes.
        if (!this.#bindings.has(binding)) this.#bindings.set(binding, id);
        const chords = binding.split(' ');
        for (let i = 1; i < chords.length; i++) this.#prefixes.add(chords.slice(0, i).join(' '));
      }
    }
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKey);
    this.#clearPending();
  }

  #clearPending(): void {
    this.#pending = '';
    clearTimeout(this.#pendingTimer);
  }

  /** Resolves one key event; exposed so tests and the bench can drive it directly. */
  handle(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.isComposing || insideOpenDialog(event)) return;
    const chord = chordOf(event, this.platform);
    if (!chord) return;
    const target = deepTarget(event);
    const hasCommandModifier = /(^|\+)(Mod|Ctrl|Alt)\+/.test(chord);
    if (isTextEntry(target) && !hasCommandModifier && !insideClosedDialog(event)) {
      this.#clearPending();
      return;
    }
    if (this.#pending) {
      const sequence = `${this.#pending} ${chord}`;
      this.#clearPending();
      if (this.#bindings.has(sequence) || this.#prefixes.has(sequence)) return this.#resolve(sequence, event, target);
    }
    this.#resolve(chord, event, target);
  }

  #resolve(binding: string, event: KeyboardEvent, target: Element | null): void {
    const id = this.#bindings.get(binding);
    if (id) {
      if (!binding.includes(' ') && controlUsesKey(target, binding)) return;
      if (this.#options.run(id, event) !== false) event.preventDefault();
      return;
    }
    if (this.#prefixes.has(binding)) {
      this.#pending = binding;
      this.#pendingTimer = setTimeout(() => this.#clearPending(), SEQUENCE_TIMEOUT_MS);
      event.preventDefault();
    }
  }

  #onKey = (event: KeyboardEvent): void => this.handle(event);
}
