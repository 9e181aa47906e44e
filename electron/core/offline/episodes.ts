// A bookmarked podcast episode's audio, kept offline like its article's images:
// downloaded through the bounded HTTP client with the same local-network guard,
// checked by its magic numbers against the type the server claims, stored by
// the library's MediaStore under its hash and linked to the article by the
// episode's address. All kept audio together stays under the offlineAudioMb
// preference; audio of articles no longer bookmarked is let go first.
import type { Enclosure } from '../../shared/models.ts';
import type { LibraryContext } from '../library/context.ts';
import type { AudioType } from '../library/media.ts';
import { guardAllowing, type AddressGuard } from '../net/address-guard.ts';
import { DEFAULT_LIMITS, fetchBounded } from '../net/http.ts';

const MB = 1024 * 1024;

/** Fetches an episode's bytes with at most `maxBytes`; tests pass their own. */
export type AudioFetcher = (url: string, maxBytes: number, guard: AddressGuard) => Promise<{ body: Uint8Array; contentType: string | null }>;

export const fetchAudio: AudioFetcher = async (url, maxBytes, guard) => {
  // A long episode on a slow line takes minutes; the cap is what is left under the preference.
  const result = await fetchBounded(
    { url, accept: 'audio/*', guard },
    { ...DEFAULT_LIMITS, totalTimeoutMs: 15 * 60_000, maxCompressedBytes: maxBytes, maxDecompressedBytes: maxBytes },
  );
  if (result.notModified) throw new Error('The server sent no audio.');
  return { body: result.body, contentType: result.contentType };
};

/** The audio type the bytes really are, by their magic numbers; null when they are no audio we keep. */
export function sniffAudioType(bytes: Uint8Array): AudioType | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length < 12) return null;
  if (ascii(0, 3) === 'ID3') return 'audio/mpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(0, 4) === 'fLaC') return 'audio/flac';
  if (ascii(4, 8) === 'ftyp') return 'audio/mp4';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'audio/webm';
  // MPEG audio frame sync: 11 bits set. Layer bits 00 mean an ADTS (AAC) header instead of MP3.
  if (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0) return (bytes[1]! & 0x06) === 0 ? 'audio/aac' : 'audio/mpeg';
  return null;
}

/** The enclosure a bookmark keeps: the first audio one (video is streamed only). */
export function keptEnclosure(enclosures: readonly Enclosure[]): Enclosure | null {
  return enclosures.find((e) => (e.type ? e.type.toLowerCase().startsWith('audio/') : /\.(mp3|m4a|aac|ogg|oga|opus|wav|flac)(\?|$)/i.test(e.url))) ?? null;
}

export type EpisodeOutcome = 'kept' | 'already' | 'none' | 'off' | 'too-large' | 'not-audio' | 'failed';

export interface EpisodeKeeperOptions {
  fetchAudio?: AudioFetcher;
}

/** Keeps bookmarked episodes' audio, one at a time, in the background. One per open library. */
export class EpisodeKeeper {
  readonly #ctx: LibraryContext;
  readonly #fetch: AudioFetcher;
  #chain: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(ctx: LibraryContext, options: EpisodeKeeperOptions = {}) {
    this.#ctx = ctx;
    this.#fetch = options.fetchAudio ?? fetchAudio;
  }

  /** Queues these articles (just bookmarked); those without an audio enclosure cost one query. */
  schedule(articleIds: readonly number[]): void {
    for (const id of articleIds) this.#chain = this.#chain.then(() => (this.#closed ? null : this.keep(id).catch(() => 'failed')));
  }

  /** Resolves when the queued work is done. */
  idle(): Promise<void> {
    return this.#chain.then(() => undefined);
  }

  close(): void {
    this.#closed = true;
  }

  async keep(articleId: number): Promise<EpisodeOutcome> {
    const enclosure = keptEnclosure(this.#ctx.store.enclosures.forArticle(articleId));
    if (!enclosure) return 'none';
    if (enclosure.kept) return 'already';
    const cap = this.#ctx.preferences.get().offlineAudioMb * MB;
    if (cap <= 0) return 'off';
    this.#ctx.media.releaseUnbookmarkedAudio();
    const room = cap - this.#ctx.media.keptAudioBytes();
    if (room <= 0 || (enclosure.length !== null && enclosure.length > room)) return 'too-large';
    const guard = guardAllowing([this.#ctx.readerCopies.sourceFeedUrl(articleId)], this.#ctx.preferences.get().allowLocalNetwork);
    let fetched: { body: Uint8Array; contentType: string | null };
    try {
      fetched = await this.#fetch(enclosure.url, room, guard);
    } catch (error) {
      return /larger than/i.test(error instanceof Error ? error.message : '') ? 'too-large' : 'failed';
    }
    if (this.#closed) return 'failed';
    const type = sniffAudioType(fetched.body);
    // An HTML error page or an image sent as audio is refused, whatever the server called it.
    const claimed = fetched.contentType?.split(';')[0]!.trim().toLowerCase() ?? '';
    if (!type || (claimed && !/^(audio\/|video\/mp4|application\/octet-stream|binary\/octet-stream)/.test(claimed))) return 'not-audio';
    const stored = this.#ctx.media.store(fetched.body, type, this.#ctx.now());
    this.#ctx.media.link(articleId, enclosure.url, stored.sha256);
    return 'kept';
  }
}
