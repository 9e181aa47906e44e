// Taking and giving back the write lock, shared by every SQL owner that runs its
// own transaction (the article store, the catch-up, the sync store). Kept apart
// from database.ts, which opens and migrates, so the owners the migrations use
// can import it without a cycle.
import type { DatabaseSync } from 'node:sqlite';
import { isBusy } from '../kernel/errors.ts';

/**
 * Extra attempts at the write lock after SQLite's own wait (busy_timeout) ran
 * out: about half a minute in all. Fifty processes writing at once on two cores
 * (the fault suite) hold the lock for seconds each while they wait for CPU.
 */
const BUSY_RETRIES = 5;

/**
 * BEGIN IMMEDIATE, trying again when another process held the write lock for
 * all of busy_timeout: with imports writing in short batches that only happens
 * under a crowd of writers, and a wait is better than a failed bookmark.
 */
export function beginWrite(db: DatabaseSync): void {
  for (let attempt = 0; ; attempt++) {
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (error) {
      if (attempt >= BUSY_RETRIES || !isBusy(error)) throw error;
    }
  }
}

/**
 * ROLLBACK that keeps the error that caused it: after a full disk or an I/O
 * error SQLite may already have rolled the transaction back, and "cannot
 * rollback - no transaction is active" would then hide the real cause.
 */
export function rollBack(db: DatabaseSync): void {
  try {
    db.exec('ROLLBACK');
  } catch {
    // Already rolled back by SQLite.
  }
}
