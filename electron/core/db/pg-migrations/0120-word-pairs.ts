import type { PgMigration } from './migration.js';

/**
 * Phrases at the size of a newsroom's archive. The document index knows which clips hold each
 * word but not where, so a phrase of two common words matched every clip holding both, and each
 * one's document was read back to check the words stand side by side. `word_pairs` holds a clip's
 * neighbouring words as one lexeme each ("black sea"), written with its document
 * (library/search-document.ts), and its index finds the clips where a phrase's words stand
 * together before any document is read (library/search-tsquery.ts). Clips saved before have
 * `~all`, which every phrase condition accepts, so their documents decide as before.
 *
 * The GIN indexes are updated as each row is written (fastupdate off): with a pending list, one
 * save in a few hundred merges the list into the index and waits for it, and every search scans
 * the list until then.
 */
export const wordPairs: PgMigration = {
  version: 120,
  name: 'word-pairs',
  up: `
    ALTER TABLE clips ADD COLUMN word_pairs tsvector NOT NULL DEFAULT '~all';
    CREATE INDEX clips_word_pairs ON clips USING gin (word_pairs) WITH (fastupdate = off) WHERE deleted_at IS NULL;
    ALTER INDEX clips_search SET (fastupdate = off);
    ALTER INDEX clips_title_search SET (fastupdate = off);
    SELECT gin_clean_pending_list(CAST('clips_search' AS regclass)), gin_clean_pending_list(CAST('clips_title_search' AS regclass));
  `,
};
