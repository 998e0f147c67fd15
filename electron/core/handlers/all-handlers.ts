import type { ApiHandlers } from '../../shared/api/contract.js';
import { backupsHandlers } from './backups.handlers.js';
import { extensionHandlers } from './extension.handlers.js';
import type { HandlerContext } from './handler-context.js';
import { libraryHandlers } from './library.handlers.js';
import { portableHandlers } from './portable-handlers.js';
import { teamsHandlers } from './teams.handlers.js';

/**
 * Every namespace's handlers over one open library file: the whole contract, implemented once.
 * The portable ones are a team library's too; the rest belong to a file and this app.
 */
export function allHandlers(context: HandlerContext): ApiHandlers {
  return {
    ...portableHandlers(context),
    ...libraryHandlers(context),
    ...backupsHandlers(context),
    ...extensionHandlers(context),
    ...teamsHandlers(context),
  };
}
