import type { Db } from '../db/open-library.js';
import { ApiError } from '../../shared/api/errors.js';
import { readSettings } from './settings.repo.js';
import { writeTransaction } from '../db/transaction.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes clips in the Trash for good: the row with its paste, and through the schema's cascades
 * and triggers its search-index entries, highlights, quotes, tag, collection and entity links,
 * near-duplicate buckets and saved comparisons. People, places and organisations no other clip
 * names go too. A clip that is not in the Trash is refused, so nothing live is lost by mistake.
 * Returns the ids deleted.
 */
export function purgeClips(db: Db, ids: readonly number[]): number[] {
  const deletedAt = db.prepare('SELECT deleted_at FROM clips WHERE id = ?').pluck();
  const found = [...new Set(ids)];
  for (const id of found) {
    const at = deletedAt.get(id) as string | null | undefined;
    if (at === undefined) throw new ApiError('not_found', `There is no clip ${id}. It may have been deleted for good already.`);
    if (at === null) {
      throw new ApiError(
        'conflict',
        `Clip ${id} is not in the Trash. Move it to the Trash first; only clips in the Trash can be deleted for good.`,
      );
    }
  }
  const entityIds = db.prepare('SELECT entity_id FROM clip_entities WHERE clip_id = ?').pluck();
  const named = new Set(found.flatMap((id) => entityIds.all(id) as number[]));
  const remove = db.prepare('DELETE FROM clips WHERE id = ?');
  for (const id of found) remove.run(id);
  const dropUnnamed = db.prepare('DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM clip_entities WHERE entity_id = ?)');
  for (const entityId of named) dropUnnamed.run(entityId, entityId);
  return found;
}

export function trashedIds(db: Db): number[] {
  return db.prepare('SELECT id FROM clips WHERE deleted_at IS NOT NULL ORDER BY id').pluck().all() as number[];
}

/** Clips that have been in the Trash for more than `days` days at `now`. */
export function trashedBefore(db: Db, days: number, now: Date): number[] {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.prepare('SELECT id FROM clips WHERE deleted_at IS NOT NULL AND deleted_at < ? ORDER BY id').pluck().all(cutoff) as number[];
}

/** Purges the clips `pick` chooses inside the write (so they are still in the Trash when they go), then flushes. */
export function deleteForGood(db: Db, pick: () => readonly number[]): number[] {
  const purged = writeTransaction(db, () => purgeClips(db, pick()));
  if (purged.length) flushDeletions(db);
  return purged;
}

/** Empties the Trash of clips older than the library's setting allows; nothing when it keeps them. */
export function emptyExpiredTrash(db: Db, now: Date): number[] {
  const days = readSettings(db).trashAutoEmptyDays;
  return days === null ? [] : deleteForGood(db, () => trashedBefore(db, days, now));
}

/**
 * Writes what the WAL holds into the file and empties it, so the pages a purge zeroed replace
 * the old ones on disk and no copy of them stays behind in the WAL. Another process reading at
 * that moment can keep the WAL from being emptied until a later checkpoint.
 */
function flushDeletions(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
