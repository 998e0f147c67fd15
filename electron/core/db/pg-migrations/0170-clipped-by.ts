import { TEXT, type PgMigration } from './migration.js';

/**
 * Who saved each clip: the member signed in when it was clipped, sent or imported. Clips saved
 * before stay unnamed, as a nullable column added without a default rewrites no row; the audit
 * log still says who clipped them.
 */
export const clippedBy: PgMigration = {
  version: 170,
  name: 'clipped-by',
  up: `ALTER TABLE clips ADD COLUMN clipped_by ${TEXT};`,
};
