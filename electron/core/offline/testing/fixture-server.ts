// A news site on 127.0.0.1 for offline-reading tests: the labelled pages at
// /article/<name>, generated images at /img/*, and a few liars (a PNG sent as
// JPEG, an HTML page sent as image/png). Tests start and stop it themselves.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gif, jpeg, png, svg, webp } from './images.ts';
import { LABELLED_PAGES } from './news-pages.ts';

export interface Reply {
  status?: number;
  type: string;
  body: string | Buffer;
}

export interface NewsServer {
  origin: string;
  url(path: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Adds or replaces a route. */
  route(path: string, reply: Reply): void;
  close(): Promise<void>;
}

function imageFor(path: string): Reply | null {
  if (path === '/img/png-as-jpeg.jpg') return { type: 'image/jpeg', body: png() };
  if (path === '/img/html-as-png.png') return { type: 'image/png', body: '<!doctype html><html><body><script>alert(1)</script></body></html>' };
  if (path === '/img/huge.png') return { type: 'image/png', body: Buffer.concat([png(), Buffer.alloc(6 * 1024 * 1024)]) };
  if (path.endsWith('.png')) return { type: 'image/png', body: png(8, 6) };
  if (path.endsWith('.jpg')) return { type: 'image/jpeg', body: jpeg() };
  if (path.endsWith('.webp')) return { type: 'image/webp', body: webp() };
  if (path.endsWith('.svg')) return { type: 'image/svg+xml', body: svg() };
  if (path.endsWith('.gif')) return { type: 'image/gif', body: gif() };
  return null;
}

export async function startNewsServer(): Promise<NewsServer> {
  const routes = new Map<string, Reply>();
  for (const page of LABELLED_PAGES) routes.set(`/article/${page.name}`, { type: 'text/html; charset=utf-8', body: page.html });
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const reply = routes.get(path) ?? (path.startsWith('/img/') ? imageFor(path) : null);
    if (!reply) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(reply.status ?? 200, { 'content-type': reply.type }).end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    route: (path, reply) => void routes.set(path, reply),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
