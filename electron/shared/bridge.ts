// The shape of the object the preload exposes, derived from the contract.
// Each method returns an envelope rather than throwing: errors do not survive
// contextBridge with their fields intact, envelopes do.
import type { ArgsOf, EventName, MethodName, PayloadOf, ResultOf } from './contract.ts';
import type { Envelope } from './models.ts';

export type BridgeMethods = {
  [M in MethodName]: (...args: ArgsOf<M>) => Promise<Envelope<ResultOf<M>>>;
};

export interface BroadsheetBridge extends BridgeMethods {
  on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void;
}

/** Builds the bridge object from two primitives; used by the preload and by the e2e Chromium host. */
export function buildBridge(
  methodNames: readonly MethodName[],
  invoke: (method: MethodName, args: unknown[]) => Promise<Envelope<unknown>>,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): BroadsheetBridge {
  const bridge: Record<string, unknown> = {};
  for (const name of methodNames) {
    bridge[name] = (...args: unknown[]) => invoke(name, args);
  }
  bridge.on = (event: EventName, listener: (payload: unknown) => void) => subscribe(event, listener);
  return bridge as unknown as BroadsheetBridge;
}
