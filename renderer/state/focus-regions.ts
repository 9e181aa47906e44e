// The app's panes as focus regions: h and l (focus.next, focus.previous) move between
// them, and after any command focus is kept from falling to the page body.
import type { ReactiveController, ReactiveElement } from 'lit';
import type { CommandHandlers } from './command-router.ts';
import { containsDeep, deepActiveElement, isShown, moveBetweenRegions, type FocusRegion } from './focus.ts';

/** How long after a command focus is watched (see FocusRegions.watch). */
export const KEEP_FOCUS_MS = 2000;

export interface FocusRegionsOptions {
  /** The regions in the order h and l walk them; asked afresh each time, as the layout changes. */
  regions(): FocusRegion[];
  /** Work to finish before focus moves (the related-stories region looks up its stories first). */
  beforeMove?(): Promise<void>;
}

export class FocusRegions implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: FocusRegionsOptions;
  #keepUntil = 0;
  #keepRegion = -1;

  constructor(host: ReactiveElement, options: FocusRegionsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  get regions(): FocusRegion[] {
    return this.#options.regions();
  }

  /** The index of the region holding focus, or -1. */
  current(): number {
    const active = deepActiveElement();
    return this.regions.findIndex((r) => r.element && containsDeep(r.element, active));
  }

  /** Moves focus into the region called `name`; false when it is missing or has nothing to focus. */
  focus(name: string): boolean {
    return this.regions.find((r) => r.name === name)?.focus() ?? false;
  }

  /** Moves focus to the next (or previous) region that is shown and has something to focus. */
  async move(step: 1 | -1): Promise<FocusRegion | null> {
    await this.#options.beforeMove?.();
    return moveBetweenRegions(this.regions, step);
  }

  readonly commands: CommandHandlers = {
    'focus.next': () => this.move(1),
    'focus.previous': () => this.move(-1),
  };

  /**
   * Call as a command starts; call what it returns once the command has finished. Focus must
   * never fall to the page body after an action: the row or button it was on may be removed by
   * work that finishes later (a list reload, related stories arriving). For KEEP_FOCUS_MS after
   * each command, focus that fell to the body goes back to the region it was in, or else to the
   * first fallback region that takes it.
   */
  watch(): () => void {
    const region = this.current();
    return () => void this.#keep(region);
  }

  async #keep(region: number): Promise<void> {
    this.#keepRegion = region;
    const running = this.#keepUntil > performance.now();
    this.#keepUntil = performance.now() + KEEP_FOCUS_MS;
    if (running) return;
    while (performance.now() < this.#keepUntil && this.#host.isConnected) {
      await this.#host.updateComplete;
      await new Promise(requestAnimationFrame);
      if (deepActiveElement() || document.querySelector('dialog[open]')) continue;
      const regions = this.regions;
      const was = regions[this.#keepRegion];
      if (was && isShown(was.element) && was.focus()) continue;
      regions.some((r) => r.fallback && r.focus());
    }
  }
}
