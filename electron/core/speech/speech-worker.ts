// The worker side of speech.ts: one sentence at a time through the bundled voice.
import { serveWorkerJobs } from '../kernel/worker-pool.ts';
import { fliteModule, synthesizeWav } from './flite.ts';
import type { SynthesisJob } from './speech.ts';

// node:wasi announces itself as experimental when first loaded; in this worker that is known, and
// printing it on every start only adds noise to the app's and the tests' output. Other warnings still print.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'ExperimentalWarning' || !/WASI/.test(warning.message)) console.warn(warning);
});

serveWorkerJobs<SynthesisJob, Uint8Array>(
  (job) => synthesizeWav(job.text, job.voice, job.rate),
  // Compiled before the first job, so a job's time limit measures the job alone.
  () => void fliteModule(),
);
