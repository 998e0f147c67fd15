export interface Migration {
  /** Numbered in tens so a fix can slot in between; becomes PRAGMA user_version. */
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string;
}
