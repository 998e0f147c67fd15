/**
 * One step of a team library's schema, numbered as the SQLite step it mirrors (migrations/),
 * so a column added to one engine's library is looked for in the same number of the other's.
 */
export interface PgMigration {
  version: number;
  name: string;
  /** SQL run inside the migration's transaction (PostgreSQL's DDL is transactional). */
  up: string;
}

/**
 * Text columns sort and compare byte by byte, as SQLite's BINARY collation does, whatever
 * locale the cluster was created with: lists and facets come out in the same order on both.
 */
export const TEXT = 'text COLLATE "C"';
