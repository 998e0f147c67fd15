import type { PgMigration } from './migration.js';

/**
 * Search at the size of a newsroom's archive. The document index covers live clips only, so a
 * search's `deleted_at IS NULL` is the index's own condition: a count of matches reads no rows
 * the visibility map already knows. `title_doc` is the title's words alone (weight A of the
 * document), kept by PostgreSQL from `search_doc`, so the clips whose title matches, which rank
 * first, are found by an index of their own (library/search-tsvector.ts).
 */
export const searchSpeed: PgMigration = {
  version: 110,
  name: 'search-speed',
  up: `
    DROP INDEX clips_search;
    CREATE INDEX clips_search ON clips USING gin (search_doc) WHERE deleted_at IS NULL;
    ALTER TABLE clips ADD COLUMN title_doc tsvector GENERATED ALWAYS AS (ts_filter(search_doc, '{a}')) STORED;
    CREATE INDEX clips_title_search ON clips USING gin (title_doc) WHERE deleted_at IS NULL;
  `,
};
