// How a library meets whoever drives it. The desktop shell, the e2e Chromium
// host and the CLI each create one host over an open core: every call goes
// through the one dispatcher (sender, method and arguments checked), every
// pushed event goes to one sink, and app files are served from one place.
// Only the transport differs: ipcMain and protocol.handle in Electron,
// exposeBinding and route in the Chromium host, a direct call in the CLI.
import { join } from 'node:path';
import { APP_ORIGIN, type ArgsOf, type EventName, type MethodName, type ResultOf } from '../../shared/contract.ts';
import type { ErrorCode } from '../../shared/models.ts';
import { mediaDir } from '../kernel/paths.ts';
import type { LibraryCore } from '../library-core.ts';
import { serveAppRequest, type AppResponse } from './app-protocol.ts';
import { createDispatcher, type Dispatch } from './dispatch.ts';

export interface HostOptions {
  /** Origins whose main frame may call; the shell's app://broadsheet, the Chromium host's test origin. */
  allowedOrigins: readonly string[];
  /** Where the app's own files are: the renderer is served from <appRoot>/dist/renderer, the edition's images from <appRoot>/assets. */
  appRoot: string;
  /** Where pushed events go (the window). Omitted by the CLI, which has no window. */
  pushEvent?: (name: EventName, payload: unknown) => void;
  /** Unexpected handler failures, for the log; the caller only ever sees INTERNAL. */
  onInternalError?: (method: string, error: unknown) => void;
}

/** A call refused by the library, with the code and message the window would have shown. */
export class HostCallError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'HostCallError';
  }
}

export interface Host {
  /** The checked entry point for calls that come from a window. */
  readonly dispatch: Dispatch;
  /** A call from the host itself (the CLI), through the same checks, as the app's own main frame. */
  call<M extends MethodName>(method: M, ...args: ArgsOf<M>): Promise<ResultOf<M>>;
  /** A request for one of the app's files (`/index.html`, `/media/<hash>.png`, …). */
  serve(pathname: string): Promise<AppResponse>;
  /** Stops forwarding events; the core itself is closed by its owner. */
  close(): void;
}

export function createHost(core: LibraryCore, options: HostOptions): Host {
  const dispatch = createDispatcher(core.handlers, {
    allowedOrigins: options.allowedOrigins,
    onInternalError: options.onInternalError,
    onStorageFailure: (_method, error) => core.noteStorageFailure(error),
  });
  const push = options.pushEvent;
  const stopEvents = push ? core.onEvent((name, payload) => push(name, payload)) : () => {};
  const roots = {
    renderer: join(options.appRoot, 'dist', 'renderer'),
    editionImages: join(options.appRoot, 'assets', 'edition', 'images'),
    media: mediaDir(core.context.libraryDir),
  };
  // The host's own calls come from the first allowed origin's main frame, so they pass the same gate.
  const ownFrame = { url: `${options.allowedOrigins[0] ?? APP_ORIGIN}/`, isMainFrame: true };
  return {
    dispatch,
    async call(method, ...args) {
      const result = await dispatch(ownFrame, method, args);
      if (!result.ok) throw new HostCallError(result.error.code, result.error.message);
      return result.value as never;
    },
    async serve(pathname) {
      const response = await serveAppRequest(roots, pathname);
      // A kept picture deleted from disk: fetched again in the background, so the next look finds it.
      if (response.status === 404 && pathname.startsWith('/media/')) core.repairMedia(pathname);
      return response;
    },
    close: () => void stopEvents(),
  };
}
