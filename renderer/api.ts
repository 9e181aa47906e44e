// The renderer's typed client over the object the preload exposes. Calls
// resolve with the result or reject with a BroadsheetError carrying the code.
import type { BroadsheetBridge } from '../electron/shared/bridge.ts';
import { BRIDGE_GLOBAL, type ArgsOf, type EventName, type MethodName, type PayloadOf, type ResultOf } from '../electron/shared/contract.ts';
import type { BridgeError, ErrorCode } from '../electron/shared/models.ts';

export class BroadsheetError extends Error {
  readonly code: ErrorCode;
  constructor(error: BridgeError) {
    super(error.message);
    this.code = error.code;
    this.name = 'BroadsheetError';
  }
}

export type Api = {
  [M in MethodName]: (...args: ArgsOf<M>) => Promise<ResultOf<M>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void;
};

export function createApi(bridge: BroadsheetBridge): Api {
  return new Proxy({} as Api, {
    get(_target, name: string) {
      if (name === 'on') return bridge.on.bind(bridge);
      const method = (bridge as unknown as Record<string, (...a: unknown[]) => Promise<{ ok: boolean; value?: unknown; error?: BridgeError }>>)[name];
      if (typeof method !== 'function') return undefined;
      return async (...args: unknown[]) => {
        const result = await method(...args);
        if (!result.ok) throw new BroadsheetError(result.error!);
        return result.value;
      };
    },
  });
}

/** The bridge the preload (or the e2e host) installed, or null when the page runs without one. */
export function installedBridge(): BroadsheetBridge | null {
  return ((globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as BroadsheetBridge | undefined) ?? null;
}
