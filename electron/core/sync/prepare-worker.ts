// The worker side of the sync's item preparation: a page of items at a time,
// sanitized and indexed off the main thread (see prepare.ts).
import { serveWorkerJobs } from '../kernel/worker-pool.ts';
import { sanitizeArticle } from '../text/sanitize.ts';
import { prepareItems, type ItemToPrepare, type PreparedItem } from './prepare.ts';

serveWorkerJobs<ItemToPrepare[], PreparedItem[]>(prepareItems, () => void sanitizeArticle('<p></p>'));
