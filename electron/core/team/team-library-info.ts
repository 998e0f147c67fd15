import type { LibraryDatabase } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import type { LibraryInfo } from '../../shared/models/library.js';
import { countClips } from '../library/clips.repo.js';

/** What the app shows about a team library: where it is (the database, without its password), its counts and schema. */
export async function teamLibraryInfo(library: LibraryDatabase, address: string): Promise<LibraryInfo> {
  const [{ live, trashed }, schema] = await Promise.all([
    countClips(library),
    library.get<{ version: number }>(sql`SELECT max(version) AS version FROM schema_migrations`),
  ]);
  return { path: address, clipCount: live, trashCount: trashed, schemaVersion: schema?.version ?? 0, syncWarning: null, readOnly: null };
}
