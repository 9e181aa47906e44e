// Undo for the actions that change a lot at once: mark all as read, unsubscribe, removing a
// bookmark. Each is remembered here as it is done and said in the status region with an Undo
// button; Ctrl/⌘+Z (edit.undo) undoes the latest. An action that cannot be put back once it has
// happened (unsubscribing deletes a source's articles) is held instead: it is carried out when
// its undo window passes, when the window closes, or when the app leaves, and Undo cancels it.
import type { ReactiveController, ReactiveElement } from 'lit';
import type { CommandHandlers } from './command-router.ts';
import { errorMessage } from './errors.ts';
import { deepActiveElement } from './focus.ts';
import { isTextEntry } from './keymap.ts';

/** How long the status region offers Undo, and how long a held action waits before it is carried out. */
export const UNDO_WINDOW_MS = 10_000;
/** Actions Ctrl+Z can reach, newest last. */
const REMEMBERED = 20;

export interface UndoableAction {
  /** Puts back what the action changed; resolves with what to say ("49 articles unread again"). */
  undo(): Promise<string>;
  /** For a held action: carries it out. Called once, when the undo window has passed or the window closes. */
  commit?(): Promise<void>;
  /** Said when carrying out a held action failed (it is then undone, as nothing happened). */
  commitFailed?(message: string): void;
}

export interface UndoOptions {
  /** Shows and announces a message, with an Undo button while the action can be undone. */
  announce(text: string, action?: { label: string; run: () => void }): void;
}

interface Entry extends UndoableAction {
  timer?: ReturnType<typeof setTimeout>;
}

export class UndoHistory implements ReactiveController {
  readonly #options: UndoOptions;
  #entries: Entry[] = [];

  constructor(host: ReactiveElement, options: UndoOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // The window is closing or reloading: what was held is carried out now (the call leaves before the page does).
    window.addEventListener('pagehide', this.#commitAll);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#commitAll);
    this.#commitAll();
  }

  /** How many actions Ctrl+Z can still undo. */
  get size(): number {
    return this.#entries.length;
  }

  /** Remembers a done (or held) action and says `message` with an Undo button. */
  push(message: string, action: UndoableAction): void {
    const entry: Entry = { ...action };
    if (entry.commit) entry.timer = setTimeout(() => void this.#commit(entry), UNDO_WINDOW_MS);
    this.#entries.push(entry);
    // The oldest fall off; a held one among them is carried out first.
    while (this.#entries.length > REMEMBERED) void this.#commit(this.#entries[0]!);
    this.#options.announce(message, { label: 'Undo', run: () => void this.undo(entry) });
  }

  /** Undoes `entry`, or the latest action; false when there is nothing to undo. */
  async undo(entry: Entry | undefined = this.#entries.at(-1)): Promise<boolean> {
    if (!entry || !this.#entries.includes(entry)) {
      this.#options.announce('Nothing to undo');
      return false;
    }
    this.#entries = this.#entries.filter((e) => e !== entry);
    clearTimeout(entry.timer);
    try {
      this.#options.announce(await entry.undo());
    } catch (error) {
      this.#options.announce(`Could not undo: ${errorMessage(error)}`);
    }
    return true;
  }

  async #commit(entry: Entry): Promise<void> {
    clearTimeout(entry.timer);
    if (!entry.commit) {
      this.#entries = this.#entries.filter((e) => e !== entry);
      return;
    }
    const commit = entry.commit;
    // Once carried out it can no longer be undone.
    this.#entries = this.#entries.filter((e) => e !== entry);
    entry.commit = undefined;
    try {
      await commit();
    } catch (error) {
      await entry.undo().catch(() => '');
      entry.commitFailed?.(errorMessage(error));
    }
  }

  readonly #commitAll = (): void => {
    for (const entry of [...this.#entries]) if (entry.commit) void this.#commit(entry);
  };

  readonly commands: CommandHandlers = {
    'edit.undo': () => {
      // In a text field Ctrl/⌘+Z undoes typing, as everywhere else (the menu's Undo comes here too).
      if (isTextEntry(deepActiveElement())) return document.execCommand('undo');
      return this.undo();
    },
  };
}
