// Story features (tokens, names, SimHash) of a batch of articles computed on a
// worker thread while the main thread writes the previous batch to SQLite:
// bulk ingest then uses both cores. Results are identical to extractFeatures
// on the main thread; the worker only moves where the work happens.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { FeatureInput, StoryFeatures } from '../../electron/core/text/story-features.ts';

type Reply = { ticket: number; features: StoryFeatures[] } | { ticket: number; error: string };

export class FeaturePool {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #signal = new Int32Array(new SharedArrayBuffer(4));
  readonly #done = new Map<number, Reply>();
  #next = 0;
  #failure: Error | null = null;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    this.#worker = new Worker(new URL('./feature-worker.ts', import.meta.url), {
      workerData: { signal: this.#signal.buffer, port: port2 },
      transferList: [port2],
    });
    this.#worker.on('error', (error) => (this.#failure = error));
    // An idle pool must not keep a short command alive.
    this.#worker.unref();
  }

  /** Queues a batch; returns the ticket to collect its features with. */
  submit(inputs: FeatureInput[]): number {
    const ticket = this.#next++;
    this.#port.postMessage({ ticket, inputs: inputs.map(({ title, text, lang, url }) => ({ title, text, lang, url })) });
    return ticket;
  }

  /** Blocks until the batch `ticket` is done and returns its features, in input order. */
  collect(ticket: number, timeoutMs = 60_000): StoryFeatures[] {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (let message = receiveMessageOnPort(this.#port); message; message = receiveMessageOnPort(this.#port)) {
        const reply = message.message as Reply;
        this.#done.set(reply.ticket, reply);
      }
      const reply = this.#done.get(ticket);
      if (reply) {
        this.#done.delete(ticket);
        if ('error' in reply) throw new Error(`Story features could not be computed: ${reply.error}`);
        return reply.features;
      }
      if (this.#failure) throw new Error(`The story-feature worker stopped: ${this.#failure.message}`);
      const seen = Atomics.load(this.#signal, 0);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('The story-feature worker did not answer in time.');
      // Sleep until the worker signals a finished batch (or a short tick passes, to notice a crash).
      Atomics.wait(this.#signal, 0, seen, Math.min(left, 200));
    }
  }

  async close(): Promise<void> {
    this.#port.close();
    await this.#worker.terminate();
  }
}
