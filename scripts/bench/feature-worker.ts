// Runs extractFeatures for a FeaturePool (feature-pool.ts) on another thread.
import { parentPort, workerData } from 'node:worker_threads';
import { extractFeatures, type FeatureInput } from '../../electron/core/text/story-features.ts';

const signal = new Int32Array(workerData.signal as SharedArrayBuffer);
const port = workerData.port as import('node:worker_threads').MessagePort;

port.on('message', (message: { ticket: number; inputs: FeatureInput[] }) => {
  let reply;
  try {
    reply = { ticket: message.ticket, features: message.inputs.map(extractFeatures) };
  } catch (error) {
    reply = { ticket: message.ticket, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
  // Wakes a caller blocked in FeaturePool.collect().
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
parentPort?.postMessage('ready');
