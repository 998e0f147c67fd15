import type { LibraryDatabase } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import type { VersionHashes } from './export-format.js';

/**
 * The live clip here that an export names by hashes as a clip's earlier version: the one clip
 * with its text (the content hash, as duplicates are found), or, where several have that text,
 * the one of them with its paste too. Null when none matches or the match stays ambiguous: a
 * link left out is better than one to the wrong story.
 */
export async function clipWithHashes(db: LibraryDatabase, hashes: VersionHashes): Promise<number | null> {
  const sameText = await db.all<{ id: number; rawSha256: string }>(
    sql`SELECT id, raw_sha256 AS "rawSha256" FROM clips WHERE content_hash = ${hashes.contentHash} AND deleted_at IS NULL`,
  );
  if (sameText.length === 1) return sameText[0]!.id;
  const samePaste = sameText.filter((c) => c.rawSha256 === hashes.rawSha256);
  return samePaste.length === 1 ? samePaste[0]!.id : null;
}

/**
 * Links the imported clips to their earlier versions once all exist, as a version may point at
 * any clip in the file, earlier or later, or by hashes at one the library already held. A clip
 * that already has an earlier version here keeps it.
 */
export async function linkVersions(
  db: LibraryDatabase,
  idOf: ReadonlyMap<number, number>,
  versionOf: ReadonlyMap<number, number>,
  versionHashes: ReadonlyMap<number, VersionHashes>,
): Promise<void> {
  const link = async (id: number, of: number | null | undefined) => {
    if (of != null && of !== id) await db.run(sql`UPDATE clips SET version_of = ${of} WHERE id = ${id} AND version_of IS NULL`);
  };
  for (const [key, earlier] of versionOf) await link(idOf.get(key)!, idOf.get(earlier));
  for (const [key, hashes] of versionHashes) await link(idOf.get(key)!, await clipWithHashes(db, hashes));
}
