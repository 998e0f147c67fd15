import type Database from 'better-sqlite3';

export interface Migration {
  /** Numbered in tens so a fix can slot in between; becomes PRAGMA user_version. */
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string;
  /** Fills new columns whose values only our own code can work out; run after `up`, in the same transaction. */
  backfill?: (db: Database.Database) => void;
}
