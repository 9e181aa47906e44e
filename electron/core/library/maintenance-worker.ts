// The worker side of maintenance.ts: reads every page of the library
// (`PRAGMA quick_check`) and, when it is whole, writes a backup (VACUUM INTO),
// on its own connection, so a large library's daily check and copy never hold
// up the window. One job, then the worker ends.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { backupDatabase, type BackupKind } from './backups.ts';
import { BUSY_TIMEOUT_MS, DATABASE_FILE } from './database.ts';
import { quickCheck } from './integrity.ts';

export interface MaintenanceJob {
  libraryDir: string;
  kind: BackupKind;
  now: number;
}

const port = parentPort;
if (!port) throw new Error('maintenance-worker.ts runs only as a worker thread');
const job = workerData as MaintenanceJob;
try {
  const db = new DatabaseSync(join(job.libraryDir, DATABASE_FILE), { timeout: BUSY_TIMEOUT_MS });
  try {
    const check = quickCheck(db, true);
    // A damaged library is not backed up: the copy would push a good backup out of the rotation.
    const backup = check.ok ? backupDatabase(db, job.libraryDir, job.kind, job.now) : null;
    port.postMessage({ ok: true, check, backup });
  } finally {
    db.close();
  }
} catch (error) {
  port.postMessage({ ok: false, message: (error as Error).message, errcode: (error as { errcode?: number }).errcode ?? null, code: (error as { code?: string }).code ?? null });
}
