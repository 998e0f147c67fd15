/**
 * Saved comparisons read synchronously over a SQLite connection, for dossiers, which are not yet
 * on the asynchronous layer. The contract's comparisons methods go through comparisons.repo.ts.
 */
import type { Db } from '../db/open-library.js';
import { all, get, sql } from '../db/sql.js';
import type { SavedComparison } from '../../shared/models/saved-comparison.js';
import { COMPARISON_SELECT, noSuchComparison, toComparison, type ComparisonRow } from './comparisons.repo.js';

export function getComparison(db: Db, id: number): SavedComparison {
  const row = get<ComparisonRow>(db, sql`${COMPARISON_SELECT} WHERE cmp.id = ${id}`);
  if (!row) throw noSuchComparison(id);
  return toComparison(row);
}

/** The collection's comparisons in order, without those whose clip is in the trash; the collection must exist. */
export function listComparisons(db: Db, collectionId: number): SavedComparison[] {
  const rows = all<ComparisonRow>(
    db,
    sql`${COMPARISON_SELECT} JOIN collection_comparisons cc ON cc.comparison_id = cmp.id
        WHERE cc.collection_id = ${collectionId} AND a.deleted_at IS NULL AND b.deleted_at IS NULL ORDER BY cc.position, cc.comparison_id`,
  );
  return rows.map(toComparison);
}
