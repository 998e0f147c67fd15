import { TEXT, type PgMigration } from './migration.js';

/**
 * Who made the last change to a clip or a collection and when, beside the `version` their rows
 * have had from 0010 on, so a save made against an older version is refused naming the member
 * (library/row-versions.ts); who wrote a clip's notes and made each highlight. As the SQLite
 * library's 0080.
 */
export const rowVersions: PgMigration = {
  version: 80,
  name: 'row-versions',
  up: `
    ALTER TABLE clips ADD COLUMN changed_by ${TEXT}, ADD COLUMN changed_at ${TEXT}, ADD COLUMN notes_by ${TEXT};
    ALTER TABLE collections ADD COLUMN changed_by ${TEXT}, ADD COLUMN changed_at ${TEXT};
    ALTER TABLE highlights ADD COLUMN author ${TEXT};
  `,
};
