import pg from 'pg';
import { openLibrary } from '../../electron/core/db/open-library.js';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import { postgresDatabase } from '../../electron/core/db/postgres-database.js';
import { migratePostgres } from '../../electron/core/db/pg-migrations/migrate.js';
import { sql } from '../../electron/core/db/sql.js';
import { insertClips } from '../../electron/core/library/insert-clip.js';
import { updateClipFields } from '../../electron/core/library/clip-fields.repo.js';
import { tagClips } from '../../electron/core/library/tags.repo.js';
import { searchClipRow, type SearchClip } from './search-library.js';
import { tempLibrary } from './temp-library.js';
import type { LibraryContext } from '../../electron/core/handlers/handler-context.js';
import { JobRegistry } from '../../electron/core/jobs/job-registry.js';
import { createSerialQueue } from '../../electron/core/jobs/serial-queue.js';
import { DownloadShelf } from '../../electron/core/transfer/downloads.js';
import { ExportUploads } from '../../electron/core/transfer/export-uploads.js';

export type Engine = 'sqlite' | 'postgres';
export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

/** A new, empty library in each engine: a real SQLite file, and a migrated PostgreSQL database. */
export async function openEngineLibrary(engine: Engine, postgresUrl: () => string): Promise<LibraryDatabase & { remove(): Promise<void> }> {
  if (engine === 'sqlite') {
    const lib = tempLibrary('cuttings-engine-');
    const db = sqliteDatabase(openLibrary(lib.path), { closeConnection: true });
    return Object.assign(db, {
      remove: async () => {
        await db.close();
        lib.remove();
      },
    });
  }
  const pool = new pg.Pool({ connectionString: postgresUrl(), max: 2 });
  await migratePostgres(pool);
  await pool.end();
  const db = postgresDatabase({ connectionString: postgresUrl(), max: 6 });
  return Object.assign(db, { remove: () => db.close() });
}

/** Writes the clips into a library of either engine, ids 1… in order, as an import does: all at once. */
export async function fillEngineLibrary(db: LibraryDatabase, clips: readonly SearchClip[]): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = clips.map((c, i) => searchClipRow(c, i));
    const ids = await insertClips(tx, rows);
    for (const [i, c] of clips.entries()) {
      const row = rows[i]!;
      const id = ids[i]!;
      if (c.tags.length) await tagClips(tx, [id], c.tags);
      if (c.notes) await updateClipFields(tx, id, { notes: c.notes }, row.now);
      if (c.deleted) await tx.run(sql`UPDATE clips SET deleted_at = '2024-02-01T00:00:00Z' WHERE id = ${id}`);
    }
  });
}

/** What the portable handlers are built over, for a library of either engine; no dossier is printed as PDF. */
export function libraryContext(library: LibraryDatabase): LibraryContext {
  const emit = () => undefined;
  return {
    library,
    emit,
    jobs: new JobRegistry(emit),
    downloads: new DownloadShelf(),
    uploads: new ExportUploads(),
    pdfRenderer: () => {
      throw new Error('No PDF is printed in this test.');
    },
    oneRenderAtATime: createSerialQueue(),
  };
}
