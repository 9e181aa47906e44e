// Polite, bounded HTTP: the one client for feeds, article pages, images and the
// connectivity probe. node:http is used directly (not fetch) because
// we need what fetch hides: each redirect hop (to learn of permanent moves and
// stop loops), the compressed byte count (to stop a gzip bomb before it
// inflates), and a separate connect deadline.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { BlockedAddressError, checkUrlAddress, guardedLookup, type AddressGuard } from './address-guard.ts';

export interface FetchLimits {
  /** Time allowed to open the connection. */
  connectTimeoutMs: number;
  /** Time allowed for the whole exchange, redirects and body included. */
  totalTimeoutMs: number;
  /** Bytes accepted on the wire (before decompression). */
  maxCompressedBytes: number;
  /** Bytes accepted after decompression. */
  maxDecompressedBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_LIMITS: FetchLimits = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxCompressedBytes: 10 * 1024 * 1024,
  maxDecompressedBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'Broadsheet/0.1 (desktop news reader; +https://broadsheet.example/)',
};

export type FetchFailure =
  | 'unsupported-url'
  | 'network'
  | 'connect-timeout'
  | 'timeout'
  | 'too-large'
  | 'redirect-loop'
  | 'gone'
  | 'rate-limited'
  | 'not-found'
  | 'http'
  /** The address (after DNS, at any hop) is loopback, private or link-local and the request's guard refuses it. */
  | 'blocked';

/** A fetch that did not give us a usable body, with a message a reader can act on (worded for feeds, its first use). */
export class FetchError extends Error {
  readonly failure: FetchFailure;
  readonly status: number | null;
  /** When the server said when to come back (Retry-After), in ms from now. */
  readonly retryAfterMs: number | null;
  /** The system's error code for network failures (ECONNREFUSED, CERT_HAS_EXPIRED, …), so callers can word their own message. */
  readonly code: string | null;
  constructor(failure: FetchFailure, message: string, options: { status?: number; retryAfterMs?: number | null; code?: string | null } = {}) {
    super(message);
    this.name = 'FetchError';
    this.failure = failure;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.code = options.code ?? null;
  }
}

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** POST carries `body` (sync services' APIs); everything else is a GET. */
  method?: 'GET' | 'POST';
  body?: string;
  /** Extra request headers (Content-Type, Authorization); never logged. */
  headers?: Record<string, string>;
  /**
   * Refuse non-public addresses (loopback, private, link-local…) except the hosts
   * it allows, checked after DNS and at every redirect hop (net/address-guard.ts).
   * Fetches nobody asked for by name pass one; without it every address is allowed.
   */
  guard?: AddressGuard;
}

export interface FetchedBody {
  notModified: false;
  /** Where the body finally came from, after redirects. */
  finalUrl: string;
  /** Set when every hop from the start was permanent (301/308): the address to store from now on. */
  permanentUrl: string | null;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

export interface NotModified {
  notModified: true;
  permanentUrl: string | null;
  etag: string | null;
  lastModified: string | null;
}

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1';

/** Only http and https leave the machine; file:, data:, ftp: and the rest are refused. */
export function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return url;
  } catch {
    // Not a URL.
  }
  return null;
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function hostOf(url: URL): string {
  return url.host;
}

function describeNetworkError(error: NodeJS.ErrnoException, url: URL): string {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Could not find ${hostOf(url)}. Check the address, or your internet connection.`;
    case 'ECONNREFUSED':
      return `${hostOf(url)} refused the connection.`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `${hostOf(url)} closed the connection before sending the feed.`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'No network connection. Broadsheet will try again later.';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `${hostOf(url)} has a security certificate that cannot be trusted.`;
    default:
      return `Could not reach ${hostOf(url)} (${error.code ?? error.message}).`;
  }
}

interface Hop {
  status: number;
  headers: IncomingMessage['headers'];
  response: IncomingMessage;
}

/**
 * Fetches one address with conditional GET, following at most `maxRedirects`
 * redirects, within the connect and total deadlines and the byte caps.
 * Throws FetchError for anything that is not a usable body or a 304.
 */
export async function fetchBounded(request: FetchRequest, limits: FetchLimits = DEFAULT_LIMITS, now = Date.now): Promise<FetchedBody | NotModified> {
  const start = httpUrl(request.url);
  if (!start) throw new FetchError('unsupported-url', 'Only http and https addresses can be used for feeds.');
  const deadline = Date.now() + limits.totalTimeoutMs;
  const seen = new Set<string>([start.href]);
  let url = start;
  let permanentUrl: string | null = null;
  let allPermanent = true;

  for (let hops = 0; ; hops++) {
    const headers: Record<string, string> = {
      'user-agent': limits.userAgent,
      accept: request.accept ?? FEED_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
      ...request.headers,
    };
    // Validators only belong to the address they came from.
    if (hops === 0 || permanentUrl === url.href) {
      if (request.etag) headers['if-none-match'] = request.etag;
      if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    }
    if (request.guard) {
      try {
        checkUrlAddress(url, request.guard);
      } catch (error) {
        throw new FetchError('blocked', (error as Error).message);
      }
    }
    const hop = await openResponse(url, headers, limits, deadline, request.method === 'POST' ? (request.body ?? '') : null, request.guard);
    const { status } = hop;
    if (status >= 300 && status < 400 && status !== 304 && hop.headers.location) {
      hop.response.resume();
      // A POST redirected with 301/302/303 would arrive as a GET without its body: say where the server went instead.
      if (request.method === 'POST' && status !== 307 && status !== 308) {
        const target = httpUrl(new URL(hop.headers.location, url).href);
        throw new FetchError('http', `The server moved to ${target?.href ?? 'another address'} (HTTP ${status}).`, { status });
      }
      if (hops >= limits.maxRedirects) throw new FetchError('redirect-loop', 'The feed redirects too many times; it may be stuck in a loop.', { status });
      const next = httpUrl(new URL(hop.headers.location, url).href);
      if (!next) throw new FetchError('unsupported-url', 'The feed redirected to an address that is not http or https.', { status });
      if (seen.has(next.href)) throw new FetchError('redirect-loop', 'The feed redirects in a loop and never arrives.', { status });
      seen.add(next.href);
      if (allPermanent && (status === 301 || status === 308)) permanentUrl = next.href;
      else allPermanent = false;
      url = next;
      continue;
    }
    const etag = (hop.headers.etag as string | undefined) ?? null;
    const lastModified = (hop.headers['last-modified'] as string | undefined) ?? null;
    if (status === 304) {
      hop.response.resume();
      return { notModified: true, permanentUrl, etag: etag ?? request.etag ?? null, lastModified: lastModified ?? request.lastModified ?? null };
    }
    if (status < 200 || status >= 300) {
      hop.response.resume();
      throw statusError(status, hop.headers, now());
    }
    const body = await readBody(hop.response, limits, deadline);
    return {
      notModified: false,
      finalUrl: url.href,
      permanentUrl,
      body,
      contentType: (hop.headers['content-type'] as string | undefined) ?? null,
      etag,
      lastModified,
    };
  }
}

function statusError(status: number, headers: IncomingMessage['headers'], now: number): FetchError {
  const retryAfterMs = parseRetryAfter(headers['retry-after'] as string | undefined, now);
  if (status === 410) return new FetchError('gone', 'The site says this feed is gone for good (HTTP 410). Broadsheet has stopped checking it.', { status });
  if (status === 404) return new FetchError('not-found', 'The feed was not found at this address (HTTP 404).', { status });
  if (status === 429 || status === 503) {
    const wait = retryAfterMs === null ? '' : ` Broadsheet will wait ${formatWait(retryAfterMs)} before trying again.`;
    const what = status === 429 ? 'The site asked Broadsheet to slow down (HTTP 429).' : 'The site is temporarily unavailable (HTTP 503).';
    return new FetchError('rate-limited', `${what}${wait}`, { status, retryAfterMs });
  }
  if (status === 401 || status === 403) return new FetchError('http', `The site refused access to the feed (HTTP ${status}).`, { status });
  if (status >= 500) return new FetchError('http', `The site had a problem of its own (HTTP ${status}). Broadsheet will try again later.`, { status, retryAfterMs });
  return new FetchError('http', `The site answered with HTTP ${status} instead of the feed.`, { status, retryAfterMs });
}

export function formatWait(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.max(1, Math.round(ms / 1000))} seconds`;
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${Math.round(minutes / 60)} hours`;
}

function openResponse(url: URL, headers: Record<string, string>, limits: FetchLimits, deadline: number, body: string | null = null, guard?: AddressGuard): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchError('timeout', 'The site took too long to send the feed.'));
    const transport = url.protocol === 'https:' ? https : http;
    if (body !== null) headers['content-length'] = String(Buffer.byteLength(body));
    // A fresh connection per request: the connect deadline must apply every time.
    // With a guard, our lookup resolves the name, checks every answer and gives the socket only those addresses.
    const req = transport.request(url, { method: body === null ? 'GET' : 'POST', headers, agent: false, ...(guard ? { lookup: guardedLookup(url, guard) } : {}) });
    let settled = false;
    const fail = (error: FetchError) => {
      if (settled) return;
      settled = true;
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
      req.destroy();
      reject(error);
    };
    const totalTimer = setTimeout(() => fail(new FetchError('timeout', 'The site took too long to send the feed.')), remaining);
    let connectTimer: NodeJS.Timeout | undefined;
    req.on('socket', (socket: Socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(
        () => fail(new FetchError('connect-timeout', `Could not connect to ${url.host} in time.`)),
        Math.min(limits.connectTimeoutMs, remaining),
      );
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      fail(error instanceof BlockedAddressError ? new FetchError('blocked', error.message) : new FetchError('network', describeNetworkError(error, url), { code: error.code ?? null })),
    );
    req.on('response', (response) => {
      clearTimeout(connectTimer);
      if (settled) return void response.destroy();
      settled = true;
      // The body reader takes over the deadline from here.
      clearTimeout(totalTimer);
      resolve({ status: response.statusCode ?? 0, headers: response.headers, response });
    });
    req.end(body ?? undefined);
  });
}

function decoderFor(encoding: string | undefined): Transform | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

function readBody(response: IncomingMessage, limits: FetchLimits, deadline: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new FetchError('too-large', `The feed is larger than Broadsheet accepts (${Math.round(limits.maxDecompressedBytes / 1024 / 1024)} MB).`);
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxCompressedBytes) {
      response.destroy();
      return reject(tooLarge());
    }
    const decoder = decoderFor(response.headers['content-encoding'] as string | undefined);
    const chunks: Buffer[] = [];
    let wireBytes = 0;
    let bodyBytes = 0;
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        response.destroy();
        decoder?.destroy();
        reject(error);
      } else {
        resolve(Buffer.concat(chunks, bodyBytes));
      }
    };
    const timer = setTimeout(() => finish(new FetchError('timeout', 'The site took too long to send the feed.')), Math.max(0, deadline - Date.now()));
    response.on('data', (chunk: Buffer) => {
      wireBytes += chunk.length;
      if (wireBytes > limits.maxCompressedBytes) finish(tooLarge());
    });
    response.on('error', () => finish(new FetchError('network', 'The connection broke while the feed was arriving.')));
    response.on('aborted', () => finish(new FetchError('network', 'The connection broke while the feed was arriving.')));
    const output = decoder ? response.pipe(decoder) : response;
    output.on('data', (chunk: Buffer) => {
      if (settled) return;
      bodyBytes += chunk.length;
      if (bodyBytes > limits.maxDecompressedBytes) return finish(tooLarge());
      chunks.push(chunk);
    });
    if (decoder) decoder.on('error', () => finish(new FetchError('network', 'The feed arrived damaged: it could not be decompressed.')));
    output.on('end', () => finish(null));
  });
}
