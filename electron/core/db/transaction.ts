import type { Db } from './open-library.js';

/**
 * Runs `work` as one write transaction, taking the write lock at its start (BEGIN IMMEDIATE), so
 * it never fails half-way on a lock another connection took after it had read: all of it, or none.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}
