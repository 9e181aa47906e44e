// An element's own commands, registered with the router its app provides (commandsContext)
// for as long as the element is connected: a dialog registers "open me", the listen bar its
// playback commands. Outside an app (a component test) there is no router and nothing runs.
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { CommandHandlers, CommandRouter } from './command-router.ts';
import { commandsContext } from './context.ts';

export class OwnCommands implements ReactiveController {
  #router: CommandRouter | null = null;
  #unregister: (() => void) | null = null;

  constructor(host: ReactiveElement, handlers: CommandHandlers) {
    host.addController(this);
    new ContextConsumer(host, {
      context: commandsContext,
      subscribe: true,
      callback: (router) => {
        this.#unregister?.();
        this.#router = router ?? null;
        this.#unregister = router?.register(handlers) ?? null;
      },
    });
  }

  /** The router the element's commands are registered with; null outside an app. */
  get router(): CommandRouter | null {
    return this.#router;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#unregister?.();
    this.#unregister = null;
    this.#router = null;
  }
}
