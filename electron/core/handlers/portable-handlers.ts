import type { ApiHandlers, Method } from '../../shared/api/contract.js';
import { clipsHandlers } from './clips.handlers.js';
import { collectionsHandlers } from './collections.handlers.js';
import { compareHandlers } from './compare.handlers.js';
import { comparisonsHandlers } from './comparisons.handlers.js';
import { dossierHandlers } from './dossier.handlers.js';
import type { LibraryContext } from './handler-context.js';
import { highlightsHandlers } from './highlights.handlers.js';
import { importHandlers } from './import.handlers.js';
import { indexesHandlers } from './indexes.handlers.js';
import { libraryExportHandlers } from './library.handlers.js';
import { searchHandlers } from './search.handlers.js';
import { settingsHandlers } from './settings.handlers.js';
import { tagsHandlers } from './tags.handlers.js';
import { trashHandlers } from './trash.handlers.js';

/**
 * The methods written once over the asynchronous library, so they run the same over a SQLite
 * file and a PostgreSQL team library. allHandlers adds the rest for a library file.
 */
export function portableHandlers(context: LibraryContext) {
  return {
    ...clipsHandlers(context),
    ...collectionsHandlers(context),
    ...tagsHandlers(context),
    ...highlightsHandlers(context),
    ...indexesHandlers(context),
    ...searchHandlers(context),
    ...compareHandlers(context),
    ...dossierHandlers(context),
    ...importHandlers(context),
    ...libraryExportHandlers(context),
    ...comparisonsHandlers(context),
    ...settingsHandlers(context),
    ...trashHandlers(context),
  } satisfies Partial<ApiHandlers>;
}

/** The methods a team library answers; the others are refused there until they are ported. */
export const portableMethods: ReadonlySet<Method> = new Set(Object.keys(portableHandlers({} as LibraryContext)) as Method[]);
