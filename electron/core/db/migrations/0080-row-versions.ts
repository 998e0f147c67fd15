import type { Migration } from './migration.js';

/**
 * Optimistic concurrency, as a team library has it from its first schema: clips and collections
 * get a `version` raised by every update of their row (the trigger's own UPDATE names no indexed
 * column, so it touches no full-text index), and who made the last change and when, so a save
 * made against an older version is refused naming them (library/row-versions.ts). A personal
 * library leaves `changed_by` empty: its other writers are the app's other windows and the CLI.
 * `notes_by` and a highlight's `author` name the team member who wrote them.
 * When you add a column to `clips`, also update the row mapping in library/clips.repo.ts.
 */
export const rowVersions: Migration = {
  version: 80,
  name: 'row-versions',
  up: `
    ALTER TABLE clips ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE clips ADD COLUMN changed_by TEXT;
    ALTER TABLE clips ADD COLUMN changed_at TEXT;
    ALTER TABLE clips ADD COLUMN notes_by TEXT;
    CREATE TRIGGER clips_version AFTER UPDATE ON clips WHEN new.version = old.version BEGIN
      UPDATE clips SET version = old.version + 1 WHERE id = new.id;
    END;

    ALTER TABLE collections ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE collections ADD COLUMN changed_by TEXT;
    ALTER TABLE collections ADD COLUMN changed_at TEXT;
    CREATE TRIGGER collections_version AFTER UPDATE ON collections WHEN new.version = old.version BEGIN
      UPDATE collections SET version = old.version + 1 WHERE id = new.id;
    END;

    ALTER TABLE highlights ADD COLUMN author TEXT;
  `,
};
