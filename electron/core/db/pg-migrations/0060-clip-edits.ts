import { TEXT, type PgMigration } from './migration.js';

/**
 * Corrections to saved clips, as the SQLite library's 0060. `user` is a reserved word in
 * PostgreSQL: queries write the column as "user", which SQLite reads the same.
 * When you add a column to `clip_edits`, also update the row mapping in library/clip-edits.repo.ts.
 */
export const clipEdits: PgMigration = {
  version: 60,
  name: 'clip-edits',
  up: `
    CREATE TABLE clip_edits (
      id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      clip_id bigint NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      at      ${TEXT} NOT NULL,
      "user"  ${TEXT} NOT NULL,
      via     ${TEXT} NOT NULL CHECK (via IN ('app', 'cli')),
      changes ${TEXT} NOT NULL
    );
    CREATE INDEX clip_edits_clip ON clip_edits(clip_id, id);

    ALTER TABLE clips ADD COLUMN url_key ${TEXT};
    CREATE INDEX clips_url_key ON clips(url_key) WHERE url_key IS NOT NULL;
  `,
};
