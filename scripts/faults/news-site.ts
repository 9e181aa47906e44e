// A seeded news site on 127.0.0.1 for the fault suite: feeds whose items
// change on every fetch (so every refresh writes), article pages with
// pictures, and pictures of a chosen size (noise, so they do not compress).
// Answers can be slowed, so a killed process is caught mid-work.
import { crc32, deflateSync } from 'node:zlib';
import { LABELLED_PAGES } from '../../electron/core/offline/testing/news-pages.ts';
import { localServer, seededRandom } from './harness.ts';

export interface NewsSiteOptions {
  feeds?: number;
  itemsPerFeed?: number;
  /** Bytes of each picture (roughly: noise pixels barely compress). */
  imageBytes?: number;
  /** Each answer waits this long (ms), so work is in flight when a process is killed. */
  delayMs?: number;
  seed?: number;
}

export interface NewsSite {
  origin: string;
  feedUrls: string[];
  /** The site's feeds as an OPML file's text. */
  opml(): string;
  articleUrl(feed: number, item: number): string;
  requests(): number;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/** A PNG of random pixels, about `bytes` long: each seed gives different bytes (a different content hash). */
export function noisyPng(bytes: number, seed: number): Buffer {
  const width = Math.max(4, Math.ceil(Math.sqrt(bytes / 3)));
  const height = Math.max(3, Math.ceil(bytes / 3 / width));
  const random = seededRandom(seed);
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) for (let x = 0; x < width * 3; x++) raw[y * (1 + width * 3) + 1 + x] = Math.floor(random() * 256);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function startNewsSite(options: NewsSiteOptions = {}): Promise<NewsSite> {
  const feeds = options.feeds ?? 4;
  const items = options.itemsPerFeed ?? 100;
  const imageBytes = options.imageBytes ?? 4000;
  let delay = options.delayMs ?? 0;
  let served = 0;
  const fetches = new Map<number, number>();
  const words = LABELLED_PAGES.flatMap((p) => p.body.join(' ').split(/\s+/)).filter(Boolean);
  const random = seededRandom(options.seed ?? 13);
  const paragraph = () => Array.from({ length: 60 }, () => words[Math.floor(random() * words.length)]).join(' ');
  const bodies = Array.from({ length: 32 }, () => [paragraph(), paragraph(), paragraph(), paragraph()]);

  const site = await localServer((request, response) => {
    served++;
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const reply = (type: string, body: string | Buffer, status = 200) => setTimeout(() => {
      if (!response.destroyed) response.writeHead(status, { 'content-type': type }).end(body);
    }, delay);
    let match = /^\/feed\/(\d+)\.xml$/.exec(path);
    if (match) {
      const feed = Number(match[1]);
      // Every fetch lists a new generation: half the items are new, so every refresh writes.
      const generation = (fetches.get(feed) ?? 0) + 1;
      fetches.set(feed, generation);
      const entries = Array.from({ length: items }, (_, i) => {
        const id = i < items / 2 ? `${generation}-${i}` : `0-${i}`;
        const link = `${site.origin}/article/${feed}-${id}`;
        const body = bodies[(feed * 7 + i) % bodies.length]!;
        const html = `<p>${body[0]}</p><img src="${site.origin}/img/${feed}-${i % 5}.png"><p>${body[1]}</p>`;
        return `<item><title>${escape(`Feed ${feed} story ${id}: ${body[2]!.slice(0, 60)}`)}</title><link>${link}</link><guid>${link}</guid>` +
          `<pubDate>${new Date(Date.UTC(2026, 2, 1) + i * 60_000 + generation * 3_600_000).toUTCString()}</pubDate><description>${escape(html)}</description></item>`;
      });
      return reply('application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Fault News ${feed}</title><link>${site.origin}/</link>${entries.join('')}</channel></rss>`);
    }
    match = /^\/article\/(\d+)-(.+)$/.exec(path);
    if (match) {
      const body = bodies[(Number(match[1]) * 3 + match[2]!.length) % bodies.length]!;
      return reply('text/html; charset=utf-8', `<!doctype html><html lang="en"><head><title>Story ${escape(match[2]!)}</title></head><body><article><h1>Story ${escape(match[2]!)}</h1>` +
        body.map((p, i) => `<p>${p}</p>${i === 1 ? `<figure><img src="/img/page-${match![1]}-${match![2]}.png"><figcaption>A picture</figcaption></figure>` : ''}`).join('') + '</article></body></html>');
    }
    match = /^\/img\/(.+)\.png$/.exec(path);
    if (match) {
      let seed = 0;
      for (const c of match[1]!) seed = (seed * 31 + c.charCodeAt(0)) >>> 0;
      return reply('image/png', noisyPng(imageBytes, seed));
    }
    reply('text/plain', 'not found', 404);
  });
  const feedUrls = Array.from({ length: feeds }, (_, i) => `${site.origin}/feed/${i}.xml`);
  return {
    origin: site.origin,
    feedUrls,
    opml: () => `<?xml version="1.0"?><opml version="2.0"><head><title>Fault News</title></head><body>${feedUrls.map((u, i) => `<outline text="Fault News ${i}" type="rss" xmlUrl="${u}"/>`).join('')}</body></opml>`,
    articleUrl: (feed, item) => `${site.origin}/article/${feed}-0-${item}`,
    requests: () => served,
    setDelay: (ms) => void (delay = ms),
    close: site.close,
  };
}
