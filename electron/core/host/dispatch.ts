// The single gate every renderer call passes through, in the desktop app and
// in the e2e Chromium host alike. It refuses foreign senders, unknown methods
// and malformed arguments with a typed error, and turns any handler failure
// into an envelope so the main process keeps running.
import { methodSpec, type Handlers } from '../../shared/contract.ts';
import type { BridgeError, Envelope } from '../../shared/models.ts';
import { LibraryError, storageFailure } from '../kernel/errors.ts';

export interface Sender {
  /** URL of the frame that sent the call. */
  url: string;
  /** False for iframes and other sub-frames. */
  isMainFrame: boolean;
}

const MAX_ARGS = 8;

export type Dispatch = (sender: Sender, method: unknown, args: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  allowedOrigins: readonly string[];
  /** Where unexpected failures are reported; they reach the renderer only as INTERNAL. */
  onInternalError?: (method: string, error: unknown) => void;
  /** Storage failures (disk full, busy, read-only, damaged): the caller sees a STORAGE error; the library may note it (a damaged file is checked at the next open). */
  onStorageFailure?: (method: string, error: unknown) => void;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Custom schemes report the opaque origin "null"; rebuild it from scheme and host.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

function fail(code: BridgeError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

export function createDispatcher(handlers: Handlers, options: DispatchOptions): Dispatch {
  const allowed = new Set(options.allowedOrigins);
  return async (sender, method, args) => {
    if (!sender.isMainFrame || !allowed.has(originOf(sender.url) ?? '')) {
      return fail('FORBIDDEN_SENDER', 'Calls are accepted only from the Broadsheet window.');
    }
    const spec = methodSpec(method);
    if (!spec || typeof method !== 'string') {
      return fail('UNKNOWN_METHOD', `There is no method called "${String(method).slice(0, 80)}".`);
    }
    if (!Array.isArray(args) || args.length > MAX_ARGS) {
      return fail('INVALID_ARGUMENT', `${method} expects a list of arguments.`);
    }
    const parsed = spec.args.safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (argument ${issue.path.join('.')})` : '';
      return fail('INVALID_ARGUMENT', `${method}: ${issue?.message ?? 'invalid arguments'}${where}.`);
    }
    try {
      const [group, local] = method.split('.') as [keyof Handlers, string];
      const handler = (handlers[group] as unknown as Record<string, (...a: unknown[]) => unknown>)[local]!;
      const value = await handler(...(parsed.data as unknown[]));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof LibraryError) return fail(error.code, error.message);
      // A full disk, another writer, a read-only folder or a damaged file: say which, and what to do.
      const storage = storageFailure(error);
      if (storage) {
        options.onStorageFailure?.(method, error);
        return fail(storage.code, storage.message);
      }
      options.onInternalError?.(method, error);
      return fail('INTERNAL', `${method} failed unexpectedly; the library is unchanged.`);
    }
  };
}
