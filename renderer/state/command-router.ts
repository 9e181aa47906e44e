// Every command of the command table (electron/shared/commands.ts) goes through one
// router, whichever way it was asked for: a key (the keymap), the command palette or
// the application menu. Elements register the commands they own (OwnCommands) for as
// long as they are connected (see own-commands.ts); a command nobody has registered
// does not apply, so its key keeps its usual meaning.
import type { ReactiveController, ReactiveElement } from 'lit';
import { isCommandId, type CommandId, type KeymapOverrides } from '../../electron/shared/commands.ts';
import type { Api } from '../api.ts';
import { KeymapController } from './keymap.ts';

/** Longest a key waits for the command typed before it. */
export const COMMAND_WAIT_MS = 400;

/** False when the command does not apply here; a promise while it is still working. */
export type CommandResult = boolean | void | Promise<unknown>;

export interface CommandRun {
  /** True once a later command has started: a slow command then leaves focus and the live region alone. */
  readonly superseded: boolean;
}

export type CommandHandler = (run: CommandRun) => CommandResult;
export type CommandHandlers = Partial<Record<CommandId, CommandHandler>>;

export interface CommandRouterOptions {
  /** Called as each command starts; what it returns is called once the command has finished. */
  watch?(id: CommandId): (() => void) | void;
}

export class CommandRouter implements ReactiveController {
  /** Keys to commands, with the person's overrides (set `keymap.overrides`). */
  readonly keymap: KeymapController;
  readonly #host: ReactiveElement;
  readonly #options: CommandRouterOptions;
  /** Handlers by command; the latest registration wins, and an earlier one returns when it leaves. */
  readonly #handlers = new Map<CommandId, CommandHandler[]>();
  #sequence = 0;
  #busy = 0;
  #tail: Promise<unknown> = Promise.resolve();
  #offMenu: (() => void) | null = null;

  constructor(host: ReactiveElement, options: CommandRouterOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.keymap = new KeymapController(host, { run: (id) => this.run(id) });
  }

  hostConnected(): void {
    this.#host.addEventListener('command-run', this.#onCommandRun);
    this.#host.addEventListener('keymap-change', this.#onKeymapChange);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('command-run', this.#onCommandRun);
    this.#host.removeEventListener('keymap-change', this.#onKeymapChange);
    this.#offMenu?.();
    this.#offMenu = null;
  }

  /** The palette's choice arrives as a bubbling command-run event. */
  readonly #onCommandRun = (event: CustomEvent<{ id: CommandId }>): void => void this.run(event.detail.id);

  /** A rebound key works at once, before the preference is stored. */
  readonly #onKeymapChange = (event: CustomEvent<{ keymap: KeymapOverrides }>): void => void (this.keymap.overrides = event.detail.keymap);

  /** Items chosen in the application menu run here as if their key had been pressed. */
  listenToMenu(api: Api): void {
    this.#offMenu?.();
    this.#offMenu = api.on('menuCommand', ({ id }) => void (isCommandId(id) && this.run(id)));
  }

  /** Registers handlers; call the function returned to take them back. */
  register(handlers: CommandHandlers): () => void {
    const entries = Object.entries(handlers) as [CommandId, CommandHandler][];
    for (const [id, handler] of entries) this.#handlers.set(id, [...(this.#handlers.get(id) ?? []), handler]);
    return () => {
      for (const [id, handler] of entries) {
        const left = (this.#handlers.get(id) ?? []).filter((h) => h !== handler);
        if (left.length) this.#handlers.set(id, left);
        else this.#handlers.delete(id);
      }
    };
  }

  /** True when some connected element handles `id`. */
  handles(id: CommandId): boolean {
    return this.#handlers.has(id);
  }

  /**
   * Runs a command for a key, the palette or the menu. Returns false when it does not apply
   * here. Keys typed while a slow command (g a loading a view) is under way run after it, in
   * order, so "g a h" always means "go to All, then the pane before it"; a command is waited
   * for at most COMMAND_WAIT_MS, so a long refresh never holds the keyboard.
   */
  run(id: CommandId): boolean {
    if (this.#busy > 0) {
      this.#busy++;
      this.#tail = this.#tail.then(() => this.#runNow(id).done).finally(() => this.#busy--);
      return true;
    }
    const { applies, done } = this.#runNow(id);
    if (!applies) return false;
    if (done) {
      this.#busy++;
      this.#tail = done.finally(() => this.#busy--);
    }
    return true;
  }

  /** Runs a command's handler at once, outside the queue (one command made of another); false when none applies. */
  perform(id: CommandId): CommandResult {
    return this.#handler(id)?.({ superseded: false }) ?? false;
  }

  #handler(id: CommandId): CommandHandler | undefined {
    return this.#handlers.get(id)?.at(-1);
  }

  #runNow(id: CommandId): { applies: boolean; done: Promise<unknown> | null } {
    const sequence = ++this.#sequence;
    const handler = this.#handler(id);
    if (!handler) return { applies: false, done: null };
    const finished = this.#options.watch?.(id);
    const router = this;
    const result = handler({
      get superseded() {
        return router.#sequence !== sequence;
      },
    });
    if (result === false) return { applies: false, done: null };
    if (finished) void Promise.resolve(result).then(finished, () => {});
    if (!(result instanceof Promise)) return { applies: true, done: null };
    const settled = result.catch(() => {});
    return { applies: true, done: Promise.race([settled, new Promise((resolve) => setTimeout(resolve, COMMAND_WAIT_MS))]) };
  }
}
