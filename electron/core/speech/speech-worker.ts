// The worker side of speech.ts: one sentence at a time through the bundled voice.
import { serveWorkerJobs } from '../kernel/worker-pool.ts';
import { fliteModule, synthesizeWav } from './flite.ts';
import type { SynthesisJob } from './speech.ts';

serveWorkerJobs<SynthesisJob, Uint8Array>(
  (job) => synthesizeWav(job.text, job.voice, job.rate),
  // Compiled before the first job, so a job's time limit measures the job alone.
  () => void fliteModule(),
);
