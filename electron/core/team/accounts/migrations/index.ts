import { teamAccounts } from './0100-team-accounts.js';
import type { TeamMigration } from './team-migration.js';

/** The team tables' migrations, in order. Forward-only: a shipped migration is never edited, only followed. */
export const teamMigrations: readonly TeamMigration[] = [teamAccounts];
