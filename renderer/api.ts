// The renderer's typed client over the object the preload exposes, with the
// contract's groups (`api.feeds.subscribe(url)`). Calls resolve with the result
// or reject with a BroadsheetError carrying the code.
import type { BroadsheetBridge } from '../electron/shared/bridge.ts';
import { BRIDGE_GLOBAL, type ArgsOf, type EventName, type GroupName, type MethodName, type PayloadOf, type ResultOf } from '../electron/shared/contract.ts';
import type { BridgeError, Envelope, ErrorCode } from '../electron/shared/models.ts';

export class BroadsheetError extends Error {
  readonly code: ErrorCode;
  constructor(error: BridgeError) {
    super(error.message);
    this.code = error.code;
    this.name = 'BroadsheetError';
  }
}

type LocalNames<G extends GroupName> = Extract<MethodName, `${G}.${string}`> extends `${G}.${infer N}` ? N : never;

export type Api = {
  [G in GroupName]: {
    [N in LocalNames<G>]: `${G}.${N}` extends infer M extends MethodName ? (...args: ArgsOf<M>) => Promise<ResultOf<M>> : never;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void;
};

type RawMethod = (...args: unknown[]) => Promise<Envelope<unknown>>;

export function createApi(bridge: BroadsheetBridge): Api {
  const api: Record<string, unknown> = { on: bridge.on.bind(bridge) };
  for (const [group, methods] of Object.entries(bridge as unknown as Record<string, unknown>)) {
    if (group === 'on' || !methods || typeof methods !== 'object') continue;
    const unwrapped: Record<string, unknown> = {};
    for (const [name, method] of Object.entries(methods as Record<string, RawMethod>)) {
      if (typeof method !== 'function') continue;
      unwrapped[name] = async (...args: unknown[]) => {
        const result = await method(...args);
        if (!result.ok) throw new BroadsheetError(result.error);
        return result.value;
      };
    }
    api[group] = unwrapped;
  }
  return api as Api;
}

/** The bridge the preload (or the e2e Chromium host) installed, or null when the page runs without one. */
export function installedBridge(): BroadsheetBridge | null {
  return ((globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as BroadsheetBridge | undefined) ?? null;
}
