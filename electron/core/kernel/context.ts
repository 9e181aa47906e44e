// What every part of the core may rely on, whatever layer it sits in: the
// platform it runs on, preferences, where the library lives, the clock, the
// events the host pushes to the window, and clean-up at close. It names no
// database and no feature, so anything may import it.
import type { EventName, PayloadOf } from '../../shared/contract.ts';
import type { PreferenceStore } from './preferences.ts';

/** What the core asks of the platform it runs on (the shell uses Electron's shell module). */
export interface Platform {
  openExternal(url: string): Promise<void>;
}

export interface CoreContext {
  readonly preferences: PreferenceStore;
  readonly platform: Platform;
  readonly libraryDir: string;
  readonly assetsDir: string;
  now(): number;
  /** Pushes a contract event to whoever hosts the library (the window, the e2e page). */
  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void;
  /** Registers clean-up (timers, open requests) to run when the library closes. */
  onClose(cleanup: () => void): void;
}
