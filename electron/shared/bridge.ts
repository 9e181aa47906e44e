// The shape of the object the preload exposes, derived from the contract: one
// object per contract group (`bridge.feeds.subscribe(url)`), each method
// forwarding its wire name (`feeds.subscribe`). Each method returns an envelope
// rather than throwing: errors do not survive contextBridge with their fields
// intact, envelopes do.
import type { ArgsOf, EventName, GroupName, MethodName, PayloadOf, ResultOf } from './contract.ts';
import type { Envelope } from './models.ts';

type LocalNames<G extends GroupName> = Extract<MethodName, `${G}.${string}`> extends `${G}.${infer N}` ? N : never;

export type BridgeMethods = {
  [G in GroupName]: {
    [N in LocalNames<G>]: `${G}.${N}` extends infer M extends MethodName ? (...args: ArgsOf<M>) => Promise<Envelope<ResultOf<M>>> : never;
  };
};

export interface BroadsheetBridge extends BridgeMethods {
  on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void;
}

/**
 * Builds the bridge object from two primitives; used by the preload and by the
 * e2e Chromium host (which sends this function's source into the page, so it
 * must not refer to anything outside itself).
 */
export function buildBridge(
  methodNames: readonly MethodName[],
  invoke: (method: MethodName, args: unknown[]) => Promise<Envelope<unknown>>,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): BroadsheetBridge {
  const bridge: Record<string, unknown> = {};
  for (const name of methodNames) {
    const [group, local] = name.split('.') as [string, string];
    const methods = (bridge[group] ??= {}) as Record<string, unknown>;
    methods[local] = (...args: unknown[]) => invoke(name, args);
  }
  for (const group of Object.keys(bridge)) Object.freeze(bridge[group]);
  bridge.on = (event: EventName, listener: (payload: unknown) => void) => subscribe(event, listener);
  return bridge as unknown as BroadsheetBridge;
}
