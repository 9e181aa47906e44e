// The worker side of prepare-pool.ts: one job at a time, answered with the
// prepared feed or with the error's name and message (the pool turns those back
// into the errors a refresh reports in plain words).
import { parentPort } from 'node:worker_threads';
import { prepareFeedBody, type PrepareJob } from './prepare.ts';

const port = parentPort;
if (!port) throw new Error('prepare-worker.ts runs only as a worker thread');

port.on('message', (job: PrepareJob) => {
  try {
    port.postMessage({ ok: true, feed: prepareFeedBody(job) });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    port.postMessage({ ok: false, name, message });
  }
});
// Sent once everything has loaded: a worker that fails before this could not start at all.
port.postMessage({ ready: true });
