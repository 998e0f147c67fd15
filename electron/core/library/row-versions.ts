import { ApiError, noSuchClip, type RowChange } from '../../shared/api/errors.js';
import { staleVersionMessage, utcMoment, type VersionedRow } from '../../shared/edit/stale-version.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { valueList } from '../db/dialect.js';
import { sql, sqlRaw } from '../db/sql.js';
import { noSuchCollection } from './collections.repo.js';

/**
 * Optimistic concurrency for clips and collections, both engines. Every update of their row
 * raises its `version` (a trigger); a save that names the version it was made against claims
 * the version first, and is refused, naming who changed it and when, when the row has moved on.
 * The claim is the transaction's first write: on PostgreSQL it takes the version row's lock, so a
 * concurrent save waits for it and then finds the version gone (or is run again, SERIALIZABLE).
 */

/** Who writes and what they read: `version` left out writes over whatever is there. */
export interface WriteClaim {
  /** The version the client last read. */
  version?: number | undefined;
  /** The team member making the change; null in a personal library. */
  by: string | null;
}

/**
 * Where each kind of row keeps its version: a collection in its own row, a clip in the narrow
 * `clip_versions` (migration 0090), so that raising it never writes the clip's text again.
 */
const VERSIONS: Record<VersionedRow, { table: string; key: string }> = {
  clip: { table: 'clip_versions', key: 'clip_id' },
  collection: { table: 'collections', key: 'id' },
};

export function staleVersion(row: VersionedRow, change: RowChange, you: string | null): ApiError {
  return new ApiError(
    'stale_version',
    staleVersionMessage(row, change, you, (iso) => utcMoment(iso)),
    change,
  );
}

/**
 * Marks the row as changed now by `claim.by`, raising its version, when it is still at the
 * version the claim read. Throws `stale_version` when it is not, `not_found` when it is gone.
 */
export async function claimRow(db: LibraryDatabase, row: VersionedRow, id: number, claim: WriteClaim, now: string): Promise<void> {
  const { table, key } = VERSIONS[row];
  const [into, where] = [sqlRaw(table), sqlRaw(key)];
  const { changes } = await db.run(
    claim.version === undefined
      ? sql`UPDATE ${into} SET version = version + 1, changed_by = ${claim.by}, changed_at = ${now} WHERE ${where} = ${id}`
      : sql`UPDATE ${into} SET version = version + 1, changed_by = ${claim.by}, changed_at = ${now}
            WHERE ${where} = ${id} AND version = ${claim.version}`,
  );
  if (changes) return;
  const found = await lastChange(db, row, id);
  if (!found) throw row === 'clip' ? noSuchClip(id) : noSuchCollection(id);
  throw staleVersion(row, { by: found.changed_by, at: found.changed_at ?? found.created_at }, claim.by);
}

interface LastChange {
  changed_by: string | null;
  changed_at: string | null;
  created_at: string;
}

function lastChange(db: LibraryDatabase, row: VersionedRow, id: number): Promise<LastChange | undefined> {
  return row === 'clip'
    ? db.get<LastChange>(
        sql`SELECT v.changed_by, v.changed_at, c.created_at FROM clips c JOIN clip_versions v ON v.clip_id = c.id WHERE c.id = ${id}`,
      )
    : db.get<LastChange>(sql`SELECT changed_by, changed_at, created_at FROM collections WHERE id = ${id}`);
}

/** Ids per statement when many clips are marked at once: well under either engine's limit on bound values. */
const TOUCH_BATCH = 500;

/** Marks clips changed now by `by` (their tags changed), raising their versions. */
export async function touchClips(db: LibraryDatabase, ids: readonly number[], by: string | null, now: string): Promise<void> {
  for (let i = 0; i < ids.length; i += TOUCH_BATCH) {
    const batch = valueList(ids.slice(i, i + TOUCH_BATCH));
    await db.run(sql`UPDATE clip_versions SET version = version + 1, changed_by = ${by}, changed_at = ${now} WHERE clip_id IN (${batch})`);
  }
}
