import { afterAll, beforeAll } from 'vitest';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { portableHandlers } from '../../electron/core/handlers/portable-handlers.js';
import { ENGINES, fillEngineLibrary, libraryContext, openEngineLibrary, type Engine } from './engine-libraries.js';
import { SEARCH_CLIPS } from './search-library.js';
import { useTestDatabase } from './test-database.js';

/**
 * The portable handlers over a SQLite file and a PostgreSQL team library, both filled with the
 * search clips (and whatever `prepare` adds) before the file's tests and removed after them.
 */
export function portableOnBothEngines(
  database: string,
  prepare: (db: LibraryDatabase) => Promise<void> = async () => undefined,
): (engine: Engine) => ReturnType<typeof portableHandlers> {
  const pgLibrary = useTestDatabase(database);
  const libraries = new Map<Engine, LibraryDatabase & { remove(): Promise<void> }>();
  beforeAll(async () => {
    for (const engine of ENGINES) {
      const db = await openEngineLibrary(engine, () => pgLibrary.url);
      await fillEngineLibrary(db, SEARCH_CLIPS);
      await prepare(db);
      libraries.set(engine, db);
    }
  });
  afterAll(async () => {
    for (const db of libraries.values()) await db.remove();
  });
  return (engine) => portableHandlers(libraryContext(libraries.get(engine)!));
}
