import type { PgMigration } from './migration.js';
import { PENDING_LIST_INDEXES, PENDING_LIST_KB } from '../pending-index-entries.js';

/**
 * Saves at the pace of an import. A clip's documents hold hundreds of words and word pairs, and
 * each one written straight into its GIN index is a page found and changed: a clip cost hundreds
 * of random writes across the full-text and trigram indexes. With `fastupdate` the entries are
 * appended to the index's pending list instead, and merged in bulk later: by the team server when
 * it is idle (pending-index-entries.ts), by autovacuum, or by the save that finds the list full.
 * The lists are made larger than PostgreSQL's 4 MB so that last case is rare; a search reads the
 * list too, which the merges keep short.
 */
export const pendingIndexEntries: PgMigration = {
  version: 140,
  name: 'pending-index-entries',
  up: PENDING_LIST_INDEXES.map((index) => `ALTER INDEX ${index} SET (fastupdate = on, gin_pending_list_limit = ${PENDING_LIST_KB});`).join(
    '\n',
  ),
};
