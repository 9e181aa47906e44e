// SSRF through feed content (issue #13 item 11): fetches nobody asked for by
// name refuse loopback, private, link-local and unique-local addresses, in every
// written form, after DNS and after every redirect, and connect to the address
// they checked. Only 127.0.0.1 fixture servers are ever reached.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { guardAllowing, nonPublicReason, type AddressGuard } from './address-guard.ts';
import { fetchBounded, FetchError } from './http.ts';

let server: Server;
let other: Server;
let port: number;
let otherPort: number;
const seen: string[] = [];
const otherSeen: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.headers.host}${req.url}`);
    if (req.url === '/to-internal') return void res.writeHead(302, { location: `http://127.0.0.1:${otherPort}/internal/secret` }).end();
    if (req.url === '/to-localhost') return void res.writeHead(301, { location: `http://localhost:${otherPort}/internal/secret` }).end();
    if (req.url === '/to-metadata') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    res.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
  });
  other = createServer((req, res) => {
    otherSeen.push(`${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('top secret');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  otherPort = (other.address() as AddressInfo).port;
});
after(() => {
  server.closeAllConnections();
  other.closeAllConnections();
  server.close();
  other.close();
});

const LIMITS = { connectTimeoutMs: 1000, totalTimeoutMs: 3000, maxCompressedBytes: 1 << 20, maxDecompressedBytes: 1 << 20, maxRedirects: 5, userAgent: 'test' };
const refuses = (error: unknown) => error instanceof FetchError && error.failure === 'blocked' && /Allow fetching from local network addresses/.test(error.message);

test('every non-public address form is named; public addresses pass', () => {
  const blocked = [
    '127.0.0.1', '127.255.255.254', '0.0.0.0', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '100.127.255.255',
    '224.0.0.1', '255.255.255.255', '::1', '[::1]', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'febf::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
    '::ffff:10.1.2.3', '::ffff:a9fe:a9fe', '::127.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::1', 'ff02::1', 'not-an-ip',
  ];
  for (const address of blocked) assert.ok(nonPublicReason(address), address);
  for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '169.255.0.1', '2606:4700::1111', '::ffff:93.184.216.34', '64:ff9b::5db8:d822']) {
    assert.equal(nonPublicReason(address), null, address);
  }
});

test('loopback in every written form is refused before any connection (decimal, hex, octal, short, IPv6, mapped, 0.0.0.0, localhost)', async () => {
  const guard = guardAllowing([]);
  const forms = [
    `http://127.0.0.1:${port}/internal/secret`, `http://2130706433:${port}/a`, `http://0x7f000001:${port}/a`, `http://0x7f.0.0.1:${port}/a`,
    `http://0177.0.0.1:${port}/a`, `http://127.1:${port}/a`, `http://[::1]:${port}/a`, `http://[::ffff:127.0.0.1]:${port}/a`, `http://0.0.0.0:${port}/a`,
    `http://localhost:${port}/a`, `http://LOCALHOST.:${port}/a`, `http://app.localhost:${port}/a`, 'http://169.254.169.254/latest/meta-data/', 'http://[fd00::1]/a', 'http://10.0.0.1/a',
  ];
  const before = seen.length;
  for (const url of forms) await assert.rejects(fetchBounded({ url, guard }, LIMITS), refuses, url);
  assert.equal(seen.length, before, `no request arrived: ${seen.slice(before).join(', ')}`);
});

test('names are checked after DNS resolution, all answers, and the socket connects to the checked address', async () => {
  const answers: Record<string, { address: string; family: number }[]> = {
    'internal.test': [{ address: '10.0.0.5', family: 4 }],
    'mixed.test': [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }],
    'v6.test': [{ address: 'fe80::1', family: 6 }],
    'fixture.test': [{ address: '127.0.0.1', family: 4 }],
  };
  const resolve = async (name: string) => answers[name] ?? [];
  const guard: AddressGuard = { ...guardAllowing([]), resolve };
  for (const name of ['internal.test', 'mixed.test', 'v6.test', 'fixture.test']) {
    await assert.rejects(fetchBounded({ url: `http://${name}:${port}/a`, guard }, LIMITS), refuses, name);
  }
  // Allowed by name, the connection goes where our lookup said (the fixture on 127.0.0.1), with the name as Host.
  const allowed: AddressGuard = { ...guardAllowing([`http://fixture.test:${port}/feed`]), resolve };
  const result = await fetchBounded({ url: `http://fixture.test:${port}/via-lookup`, guard: allowed }, LIMITS);
  assert.equal(result.notModified, false);
  assert.ok(seen.includes(`fixture.test:${port}/via-lookup`));
});

test('every redirect hop is checked: an allowed host cannot redirect to another local host or the metadata service', async () => {
  const guard = guardAllowing([`http://127.0.0.1:${port}/feed`]);
  const before = otherSeen.length;
  for (const path of ['/to-internal', '/to-localhost', '/to-metadata']) {
    await assert.rejects(fetchBounded({ url: `http://127.0.0.1:${port}${path}`, guard }, LIMITS), refuses, path);
  }
  assert.equal(otherSeen.length, before, 'the internal server was never reached');
  // The chosen host itself is fine, and the preference lifts the rule.
  assert.equal((await fetchBounded({ url: `http://127.0.0.1:${port}/ok`, guard }, LIMITS)).notModified, false);
  assert.equal((await fetchBounded({ url: `http://127.0.0.1:${port}/to-internal`, guard: guardAllowing([], true) }, LIMITS)).notModified, false);
  // Without a guard (the reader's own sync server, the CLI's explicit addresses) nothing changes.
  assert.equal((await fetchBounded({ url: `http://127.0.0.1:${otherPort}/x` }, LIMITS)).notModified, false);
});
