import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import { ApiError } from '../../shared/api/errors.js';
import { readSettings } from './settings.repo.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes clips in the Trash for good: the row with its paste, and through the schema's cascades
 * and triggers its search-index entries, highlights, quotes, tag, collection and entity links,
 * near-duplicate buckets and saved comparisons. People, places and organisations no other clip
 * names go too. A clip that is not in the Trash is refused, so nothing live is lost by mistake.
 * Returns the ids deleted.
 */
export async function purgeClips(db: LibraryDatabase, ids: readonly number[]): Promise<number[]> {
  const found = [...new Set(ids)];
  for (const id of found) {
    const row = await db.get<{ deletedAt: string | null }>(sql`SELECT deleted_at AS "deletedAt" FROM clips WHERE id = ${id}`);
    if (!row) throw new ApiError('not_found', `There is no clip ${id}. It may have been deleted for good already.`);
    if (row.deletedAt === null) {
      throw new ApiError(
        'conflict',
        `Clip ${id} is not in the Trash. Move it to the Trash first; only clips in the Trash can be deleted for good.`,
      );
    }
  }
  const named = new Set<number>();
  for (const id of found)
    for (const entityId of await pluckAll<number>(db, sql`SELECT entity_id FROM clip_entities WHERE clip_id = ${id}`)) named.add(entityId);
  for (const id of found) await db.run(sql`DELETE FROM clips WHERE id = ${id}`);
  for (const entityId of named)
    await db.run(
      sql`DELETE FROM entities WHERE id = ${entityId} AND NOT EXISTS (SELECT 1 FROM clip_entities WHERE entity_id = ${entityId})`,
    );
  return found;
}

export function trashedIds(db: LibraryDatabase): Promise<number[]> {
  return pluckAll<number>(db, sql`SELECT id FROM clips WHERE deleted_at IS NOT NULL ORDER BY id`);
}

/** Clips that have been in the Trash for more than `days` days at `now`. */
export function trashedBefore(db: LibraryDatabase, days: number, now: Date): Promise<number[]> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return pluckAll<number>(db, sql`SELECT id FROM clips WHERE deleted_at IS NOT NULL AND deleted_at < ${cutoff} ORDER BY id`);
}

/** Purges the clips `pick` chooses inside the write (so they are still in the Trash when they go), then flushes. */
export async function deleteForGood(db: LibraryDatabase, pick: (tx: LibraryDatabase) => Promise<readonly number[]>): Promise<number[]> {
  const purged = await db.transaction(async (tx) => purgeClips(tx, await pick(tx)));
  if (purged.length) await flushDeletions(db);
  return purged;
}

/** Empties the Trash of clips older than the library's setting allows; nothing when it keeps them. */
export async function emptyExpiredTrash(db: LibraryDatabase, now: Date): Promise<number[]> {
  const days = (await readSettings(db)).trashAutoEmptyDays;
  return days === null ? [] : deleteForGood(db, (tx) => trashedBefore(tx, days, now));
}

/**
 * In a SQLite file, writes what the WAL holds into the file and empties it, so the pages a purge
 * zeroed replace the old ones on disk and no copy of them stays behind in the WAL. Another
 * process reading at that moment can keep the WAL from being emptied until a later checkpoint.
 * PostgreSQL reclaims deleted rows itself (VACUUM).
 */
async function flushDeletions(db: LibraryDatabase): Promise<void> {
  if (db.dialect === 'sqlite') await db.all(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
}
