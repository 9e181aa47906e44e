// Errors the core throws on purpose. The host turns a LibraryError into the
// typed envelope the renderer shows; anything else becomes INTERNAL, so a
// message written here is one a person will read.
import type { BridgeError } from '../../shared/models.ts';

/** An error a handler throws on purpose, with a code the UI can act on. */
export class LibraryError extends Error {
  readonly code: BridgeError['code'];
  constructor(code: BridgeError['code'], message: string) {
    super(message);
    this.code = code;
    this.name = 'LibraryError';
  }
}
