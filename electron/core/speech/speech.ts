// Listen's bundled voice, for systems with no speech voice of their own (most
// Linux desktops). Synthesis runs in one worker thread (the kernel's pool), a
// sentence per job, so the main process keeps answering the window; the
// renderer asks for the next sentences while one plays. One per open library.
import type { GroupHandlers } from '../../shared/contract.ts';
import { BUNDLED_LANGUAGES, BUNDLED_VOICES, type BundledVoice } from '../../shared/models.ts';
import { WorkerPool } from '../kernel/worker-pool.ts';
import { workerScript } from '../kernel/paths.ts';

export interface SynthesisJob {
  text: string;
  voice: BundledVoice;
  rate: number;
}

/** The worker's code: beside this module from source, beside the bundle when built (scripts/build.ts). */
export const SPEECH_WORKER_URL = workerScript(import.meta.url, 'speech-worker.ts');

/** A sentence takes well under a second; past this the worker is stopped. */
export const SYNTHESIS_TIME_LIMIT_MS = 20_000;

export interface SpeechOptions {
  workerUrl?: URL;
  timeLimitMs?: number;
}

export class SpeechSynthesizer {
  readonly #pool: WorkerPool<SynthesisJob, Uint8Array>;

  constructor(options: SpeechOptions = {}) {
    this.#pool = new WorkerPool<SynthesisJob, Uint8Array>({
      workerUrl: options.workerUrl ?? SPEECH_WORKER_URL,
      size: 1,
      timeLimitMs: options.timeLimitMs ?? SYNTHESIS_TIME_LIMIT_MS,
      // Its 21 MB module is compiled again after a minute unused: cheap (~60 ms), and memory goes back.
      idleMs: 60_000,
      maxHeapMb: 256,
      label: 'speech',
      // No runHere: synthesis never falls back to the main thread; without a worker, Listen says it failed.
    });
  }

  /** A WAV of `text` spoken by a bundled voice. */
  synthesize(text: string, voice: BundledVoice = 'kal16', rate = 1): Promise<Uint8Array> {
    return this.#pool.run({ text, voice, rate });
  }

  close(): void {
    this.#pool.close();
  }
}

/** The `listen` group: the bundled voice's languages and voices, and synthesis as base64 WAV (it crosses IPC and the test host's JSON). */
export function listenHandlers(speech: SpeechSynthesizer): GroupHandlers<'listen'> {
  return {
    bundledVoice: () => ({ languages: [...BUNDLED_LANGUAGES], voices: [...BUNDLED_VOICES], defaultVoice: 'kal16' }),
    async synthesize(text, options = {}) {
      const wav = await speech.synthesize(text, options.voice ?? 'kal16', options.rate ?? 1);
      return Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength).toString('base64');
    },
  };
}
