// Test double for prepare-pool.test.ts: the real prepare worker, except that a
// body reading "crash" ends the thread mid-job (as an out-of-memory abort would)
// and a body reading "hang" never finishes.
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', (job: { body: Uint8Array }) => {
  const text = Buffer.from(job.body).toString();
  if (text === 'crash') process.exit(70);
  if (text === 'hang') for (;;);
});
await import('../prepare-worker.ts');
