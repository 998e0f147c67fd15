import type { PgMigration } from './migration.js';

/**
 * Indexes for the list's ascending sorts. An ascending list ends with its undated, unsourced or
 * untitled clips (NULLS LAST, as in the SQLite library), which is not the descending indexes of
 * 0070 walked backwards (that puts them first), so without these every ascending page sorted all
 * the live clips.
 */
export const ascendingLists: PgMigration = {
  version: 130,
  name: 'ascending-lists',
  up: `
    CREATE INDEX clips_live_by_date_asc ON clips(date ASC NULLS LAST, id ASC) WHERE deleted_at IS NULL;
    CREATE INDEX clips_live_by_source_asc ON clips(lower(source) ASC NULLS LAST, id ASC) WHERE deleted_at IS NULL;
    CREATE INDEX clips_live_by_title_asc ON clips(lower(title) ASC NULLS LAST, id ASC) WHERE deleted_at IS NULL;
  `,
};
