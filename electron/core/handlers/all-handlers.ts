import type { ApiHandlers } from '../../shared/api/contract.js';
import { backupsHandlers } from './backups.handlers.js';
import { extensionHandlers } from './extension.handlers.js';
import { clipsHandlers } from './clips.handlers.js';
import { collectionsHandlers } from './collections.handlers.js';
import { compareHandlers } from './compare.handlers.js';
import { comparisonsHandlers } from './comparisons.handlers.js';
import { dossierHandlers } from './dossier.handlers.js';
import type { HandlerContext } from './handler-context.js';
import { highlightsHandlers } from './highlights.handlers.js';
import { importHandlers } from './import.handlers.js';
import { indexesHandlers } from './indexes.handlers.js';
import { libraryHandlers } from './library.handlers.js';
import { searchHandlers } from './search.handlers.js';
import { settingsHandlers } from './settings.handlers.js';
import { tagsHandlers } from './tags.handlers.js';
import { teamsHandlers } from './teams.handlers.js';
import { trashHandlers } from './trash.handlers.js';

/** Every namespace's handlers over one open library: the whole contract, implemented once. */
export function allHandlers(context: HandlerContext): ApiHandlers {
  return {
    ...clipsHandlers(context),
    ...collectionsHandlers(context),
    ...tagsHandlers(context),
    ...highlightsHandlers(context),
    ...indexesHandlers(context),
    ...searchHandlers(context),
    ...compareHandlers(context),
    ...comparisonsHandlers(context),
    ...dossierHandlers(context),
    ...libraryHandlers(context),
    ...backupsHandlers(context),
    ...settingsHandlers(context),
    ...importHandlers(context),
    ...trashHandlers(context),
    ...extensionHandlers(context),
    ...teamsHandlers(context),
  };
}
