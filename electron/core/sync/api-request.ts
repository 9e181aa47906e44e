// One request to a sync service's API over the bounded HTTP client, and every
// way it can go wrong turned into a SyncError a person can act on. Messages are
// written here from what failed (never from what was sent), so a password or
// API key cannot end up in one.
import { DEFAULT_LIMITS, FetchError, fetchBounded, formatWait, type FetchLimits } from '../net/http.ts';

export type SyncFailure =
  /** The server refused the user name, password or key. */
  | 'auth'
  /** The server could not be reached at all (refused, no route, time-out, TLS). */
  | 'network'
  /** The server answered, but with an error or something that is not its API. */
  | 'server'
  /** The service cannot do what was asked (Fever has no subscribe). */
  | 'unsupported'
  /** The server refused one change for good (a feed it cannot subscribe to). */
  | 'rejected';

export class SyncError extends Error {
  readonly failure: SyncFailure;
  /** How long the server asked us to wait (Retry-After), in ms. */
  readonly retryAfterMs: number | null;
  constructor(failure: SyncFailure, message: string, retryAfterMs: number | null = null) {
    super(message);
    this.name = 'SyncError';
    this.failure = failure;
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * Sync answers are bounded like feeds: an id list of 10,000 unread items is
 * about 200 KB and a page of 200 articles a few MB, so 8 MB is generous and a
 * runaway answer stops well before it costs memory.
 */
export const SYNC_LIMITS: FetchLimits = {
  ...DEFAULT_LIMITS,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 60_000,
  maxCompressedBytes: 8 * 1024 * 1024,
  maxDecompressedBytes: 8 * 1024 * 1024,
  maxRedirects: 3,
};

export interface ApiRequest {
  url: string;
  method?: 'GET' | 'POST';
  /** JSON (tt-rss) or form (Google Reader, Fever) body. */
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
  accept?: string;
}

export interface ApiResponse {
  status: number;
  contentType: string | null;
  text: string;
}

export type ApiTransport = (request: ApiRequest, limits: FetchLimits) => Promise<ApiResponse>;

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_NOT_YET_VALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

/** A FetchError (worded for feeds) in a sync service's words. */
export function describeFetchError(error: FetchError, url: string, serviceName: string): SyncError {
  const where = host(url);
  switch (error.failure) {
    case 'network': {
      const code = error.code ?? '';
      if (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('CERT_')) {
        return new SyncError('network', `${where} has a security certificate Broadsheet cannot trust (${code}), so your password was not sent. Check the server address, or the server's certificate.`);
      }
      if (code === 'ECONNREFUSED') return new SyncError('network', `${where} refused the connection: the server is not running or not reachable. Broadsheet will try again.`);
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new SyncError('network', `Could not find ${where}. Check the server address, or your internet connection.`);
      if (code === 'ECONNRESET' || code === 'EPIPE') return new SyncError('network', `${where} closed the connection before answering. Broadsheet will try again.`);
      return new SyncError('network', `Could not reach ${where}${code ? ` (${code})` : ''}. Broadsheet will try again.`);
    }
    case 'connect-timeout':
      return new SyncError('network', `Could not connect to ${where} in time. Broadsheet will try again.`);
    case 'timeout':
      return new SyncError('network', `${where} took too long to answer. Broadsheet will try again.`);
    case 'too-large':
      return new SyncError('server', `${where} sent a larger answer than Broadsheet accepts (${Math.round(SYNC_LIMITS.maxDecompressedBytes / 1024 / 1024)} MB); nothing from it was stored.`);
    case 'unsupported-url':
      return new SyncError('server', 'The server address must start with http:// or https://.');
    case 'redirect-loop':
      return new SyncError('server', `${where} redirects in a loop. Check the server address.`);
    case 'rate-limited':
      return new SyncError(
        'server',
        `${where} asked Broadsheet to slow down (HTTP ${error.status ?? 429})${error.retryAfterMs !== null ? `; Broadsheet will wait ${formatWait(error.retryAfterMs)}` : ''}.`,
        error.retryAfterMs,
      );
    case 'not-found':
      return new SyncError('server', `There is no ${serviceName} at this address (HTTP 404). Check the server address.`);
    case 'gone':
    case 'http':
    default: {
      const status = error.status ?? 0;
      if (status === 401 || status === 403) return new SyncError('auth', `${where} refused the user name or password (HTTP ${status}).`);
      if (status >= 300 && status < 400) return new SyncError('server', `${error.message} Use that address for the account.`);
      if (status >= 500) return new SyncError('server', `${where} had a problem of its own (HTTP ${status}). Broadsheet will try again later.`, error.retryAfterMs);
      return new SyncError('server', `${where} answered with HTTP ${status} instead of the ${serviceName}. Check the server address.`);
    }
  }
}

/** The real transport: fetchBounded, with its errors left as FetchErrors for the caller to word. */
export const boundedTransport: ApiTransport = async (request, limits) => {
  const headers: Record<string, string> = { ...request.headers };
  if (request.contentType) headers['content-type'] = request.contentType;
  const result = await fetchBounded(
    { url: request.url, method: request.method ?? 'GET', body: request.body, headers, accept: request.accept ?? 'application/json, text/plain;q=0.9, */*;q=0.1' },
    limits,
  );
  if (result.notModified) return { status: 304, contentType: null, text: '' };
  return { status: 200, contentType: result.contentType, text: result.body.toString('utf8') };
};

/** Sends one request; any failure comes back as a SyncError in the service's words. */
export async function apiRequest(transport: ApiTransport, request: ApiRequest, serviceName: string, limits: FetchLimits = SYNC_LIMITS): Promise<ApiResponse> {
  try {
    return await transport(request, limits);
  } catch (error) {
    if (error instanceof FetchError) throw describeFetchError(error, request.url, serviceName);
    if (error instanceof SyncError) throw error;
    throw new SyncError('network', `Could not reach ${host(request.url)}. Broadsheet will try again.`);
  }
}

/** An answer that should be JSON: a web page or anything else unreadable is named for what it is. */
export function parseJson(response: ApiResponse, url: string, serviceName: string): unknown {
  const text = response.text.replace(/^\uFEFF/, '').trim();
  if (/^</.test(text) || /text\/html/i.test(response.contentType ?? '')) {
    throw new SyncError('server', `${host(url)} answered with a web page, not the ${serviceName}. Check the server address.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new SyncError('server', `${host(url)} answered with something that is not the ${serviceName} (not JSON). Check the server address.`);
  }
}

export type Loose = Record<string, unknown>;

export function asObject(value: unknown): Loose {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** An http(s) address, or null (items and feeds from a server are as untrusted as feeds). */
export function httpAddress(value: unknown): string | null {
  const raw = asString(value);
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
