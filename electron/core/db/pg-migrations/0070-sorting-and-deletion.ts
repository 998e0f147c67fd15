import type { PgMigration } from './migration.js';

/**
 * Indexes for the list's sorts (library/list-order.ts), over live clips only, in the
 * orders the list walks them; and trigram indexes so `url:` and `source:`, which match any part
 * of the text, are index lookups rather than scans. Deleted rows need no counterpart of SQLite's
 * secure-delete: VACUUM reclaims them, and the GIN index drops a row's entries with it.
 */
export const sortingAndDeletion: PgMigration = {
  version: 70,
  name: 'sorting-and-deletion',
  up: `
    CREATE INDEX clips_live_by_date ON clips(date DESC NULLS LAST, id DESC) WHERE deleted_at IS NULL;
    CREATE INDEX clips_live_by_source ON clips(lower(source) DESC NULLS LAST, id DESC) WHERE deleted_at IS NULL;
    CREATE INDEX clips_live_by_title ON clips(lower(title) DESC NULLS LAST, id DESC) WHERE deleted_at IS NULL;
    CREATE INDEX clips_url_trigram ON clips USING gin (url gin_trgm_ops);
    CREATE INDEX clips_source_trigram ON clips USING gin (source gin_trgm_ops);
  `,
};
