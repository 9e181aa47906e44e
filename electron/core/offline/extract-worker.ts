// The worker side of extract-pool.ts: one page at a time, extracted with the
// same caps as anywhere else (extract.ts); the pool adds the time limit.
import { serveWorkerJobs } from '../kernel/worker-pool.ts';
import { sanitizeArticle } from '../text/sanitize.ts';
import { extractArticle, type ExtractedArticle } from './extract.ts';
import type { ExtractJob } from './extract-pool.ts';

serveWorkerJobs<ExtractJob, ExtractedArticle>(
  (job) => extractArticle(job.html, job.url),
  () => void sanitizeArticle('<p></p>'),
);
