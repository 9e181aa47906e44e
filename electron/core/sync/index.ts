// Sync with a feed service (Tiny Tiny RSS, the Google Reader API, the Fever API):
// the engine the composition root makes, and its handler group.
export { SyncEngine, normaliseServerUrl, type SyncOptions, type ClientFactory } from './engine.ts';
export { syncHandlers } from './handlers.ts';
export { SyncError, SYNC_LIMITS, type ApiTransport } from './api-request.ts';
