// Which addresses Broadsheet may fetch from on its own. Feed items and pages
// are written by strangers: a link or an image pointing at 127.0.0.1, a router
// at 192.168.1.1 or a cloud metadata service at 169.254.169.254 must not make
// the app fetch it and keep (and export) what it says. So fetches nobody asked
// for by name (full text, images, links found on a page) refuse loopback,
// private, link-local, unique-local and other non-public addresses, checked
// after DNS resolution and again after every redirect, and the connection goes
// to the address that was checked (a second DNS answer cannot swap it: no
// rebinding). What the person typed themselves (subscribing to
// http://localhost:8080/feed) stays allowed, for that host only; the preference
// "Allow fetching from local network addresses" lifts the rule.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

/** How a fetch treats non-public addresses. */
export interface AddressGuard {
  /** Hosts (host:port as in URL.host, lower case) allowed even when they resolve to non-public addresses. */
  allowedHosts: ReadonlySet<string>;
  /** Every address allowed (the preference is on). */
  allowAll?: boolean;
  /** DNS resolution (tests pass their own). */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

/** A guard allowing the given URLs' hosts only (the ones the person chose). */
export function guardAllowing(urls: (string | null | undefined)[], allowAll = false): AddressGuard {
  const allowedHosts = new Set<string>();
  for (const value of urls) {
    if (!value) continue;
    try {
      allowedHosts.add(new URL(value).host.toLowerCase());
    } catch {
      // Not a URL: nothing to allow.
    }
  }
  return { allowedHosts, allowAll };
}

function ipv4Bytes(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** The 8 groups of an IPv6 address (with an embedded IPv4 tail expanded), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const bytes = ipv4Bytes(v4[1]!);
    if (!bytes) return null;
    text = `${text.slice(0, -v4[1]!.length)}${((bytes[0]! << 8) | bytes[1]!).toString(16)}:${((bytes[2]! << 8) | bytes[3]!).toString(16)}`;
  }
  const [head, tail, extra] = text.split('::');
  if (extra !== undefined) return null;
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)) : []);
  const front = parse(head);
  const back = parse(tail);
  const missing = 8 - front.length - back.length;
  if (tail === undefined ? front.length !== 8 : missing < 1) return null;
  const groups = tail === undefined ? front : [...front, ...new Array<number>(missing).fill(0), ...back];
  return groups.every((g) => Number.isInteger(g)) ? groups : null;
}

/** Why an IPv4 address is not a public one, or null when it is. */
function ipv4Reason(b: number[]): string | null {
  const [a, b1] = [b[0]!, b[1]!];
  if (a === 0) return 'an unspecified ("this network") address';
  if (a === 127) return 'a loopback address (this computer)';
  if (a === 10 || (a === 172 && b1 >= 16 && b1 <= 31) || (a === 192 && b1 === 168)) return 'a private network address';
  if (a === 100 && b1 >= 64 && b1 <= 127) return 'a shared (carrier-grade NAT) address';
  if (a === 169 && b1 === 254) return 'a link-local address (cloud metadata services live here)';
  if (a === 192 && b1 === 0 && (b[2] === 0 || b[2] === 2)) return 'a reserved address';
  if (a === 198 && (b1 === 18 || b1 === 19)) return 'a benchmarking address';
  if ((a === 198 && b1 === 51 && b[2] === 100) || (a === 203 && b1 === 0 && b[2] === 113)) return 'a documentation address';
  if (a >= 224) return a >= 240 ? 'a reserved address' : 'a multicast address';
  return null;
}

/**
 * Why `address` (an IP literal, v4 or v6, brackets allowed) is not a public
 * internet address, or null when it is one. Anything that is not a valid IP
 * literal is refused too (the caller resolves names first).
 */
export function nonPublicReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) return ipv4Reason(ipv4Bytes(bare)!);
  const g = ipv6Groups(bare);
  if (!g) return 'not an internet address';
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  const v4 = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255];
  if (zeroTo(8)) return 'an unspecified address';
  if (zeroTo(7) && g[7] === 1) return 'a loopback address (this computer)';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses are their IPv4 address.
  if (zeroTo(5) && (g[5] === 0xffff || g[5] === 0)) return ipv4Reason(v4(g[6]!, g[7]!));
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address too.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return ipv4Reason(v4(g[6]!, g[7]!));
  if (g[0] === 0x2002) return ipv4Reason(v4(g[1]!, g[2]!));
  if ((g[0]! & 0xfe00) === 0xfc00) return 'a unique-local (private) address';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((g[0]! & 0xffc0) === 0xfec0) return 'a site-local (private) address';
  if ((g[0]! & 0xff00) === 0xff00) return 'a multicast address';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'a documentation address';
  if (g[0] === 0x100 && zeroTo(4)) return 'a discard-only address';
  return null;
}

/** A refused address, with words for the reader. */
export class BlockedAddressError extends Error {
  readonly host: string;
  constructor(host: string, address: string, reason: string) {
    super(
      `Broadsheet did not fetch ${host}: it leads to ${reason} (${address}). Feeds and pages cannot make Broadsheet reach your own computer or network; ` +
        'turn on "Allow fetching from local network addresses" in the preferences if you want that.',
    );
    this.name = 'BlockedAddressError';
    this.host = host;
  }
}

const systemResolve = (hostname: string) =>
  new Promise<LookupAddress[]>((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** Whether the guard lets `url` through without looking at addresses. */
function allowedOutright(url: URL, guard: AddressGuard): boolean {
  return guard.allowAll === true || guard.allowedHosts.has(url.host.toLowerCase());
}

/**
 * Checks an address literal in the URL itself (the URL parser has already read
 * 2130706433, 0x7f000001, 0177.0.0.1 and 127.1 as 127.0.0.1). Throws
 * BlockedAddressError; names are checked when they resolve (`guardedLookup`).
 */
export function checkUrlAddress(url: URL, guard: AddressGuard): void {
  if (allowedOutright(url, guard)) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const reason = nonPublicReason(host);
    if (reason) throw new BlockedAddressError(url.host, host, reason);
    return;
  }
  // 'localhost' and its subdomains are this computer whatever a resolver says (RFC 6761).
  if (/(^|\.)localhost\.?$/i.test(host)) throw new BlockedAddressError(url.host, host, 'a loopback address (this computer)');
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that resolves the name, refuses the connection
 * when any answer is non-public, and hands the socket exactly the checked
 * addresses, so the address connected to is the address checked.
 */
export function guardedLookup(url: URL, guard: AddressGuard) {
  const resolve = guard.resolve ?? systemResolve;
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    resolve(hostname).then(
      (answers) => {
        const family = Number(String(options.family ?? 0).replace('IPv', '')) || 0;
        const usable = answers.filter((a) => family === 0 || a.family === family);
        if (!usable.length) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), options.all ? [] : '', 0);
        if (!allowedOutright(url, guard)) {
          for (const answer of usable) {
            const reason = nonPublicReason(answer.address);
            if (reason) return callback(new BlockedAddressError(url.host, answer.address, reason) as NodeJS.ErrnoException, options.all ? [] : '', 0);
          }
        }
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, options.all ? [] : '', 0),
    );
  };
}
