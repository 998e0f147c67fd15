import type { Db } from '../sqlite.js';

/** How far a long migration step has got, for a progress bar. */
export interface MigrationProgress {
  migration: string;
  done: number;
  total: number;
}

export interface Migration {
  /** Numbered in tens so a fix can slot in between; becomes PRAGMA user_version. */
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string;
  /** Work SQL alone cannot do (such as stemming every clip), run after `up` in the same transaction. */
  fill?: (db: Db, progress: (done: number, total: number) => void) => void;
}

/**
 * Runs one migration and records its version; the caller holds the transaction. A fill with
 * nothing to fill (a new library) reports no progress, so no bar flashes up for it.
 */
export function applyMigration(db: Db, m: Migration, onProgress?: (p: MigrationProgress) => void): void {
  db.exec(m.up);
  m.fill?.(db, (done, total) => {
    if (total > 0) onProgress?.({ migration: m.name, done, total });
  });
  db.pragma(`user_version = ${m.version}`);
}
