import { TEXT, type PgMigration } from './migration.js';

/**
 * Comparisons kept in collections, as the SQLite library's 0040. A pair no collection holds is
 * deleted by a trigger. When you add a column to `comparisons`, also update the row mapping in
 * library/comparisons.repo.ts.
 */
export const savedComparisons: PgMigration = {
  version: 40,
  name: 'saved-comparisons',
  up: `
    CREATE TABLE comparisons (
      id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      clip_a     bigint NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      clip_b     bigint NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      title      ${TEXT} NOT NULL,
      created_at ${TEXT} NOT NULL,
      version    integer NOT NULL DEFAULT 1,
      CHECK (clip_a <> clip_b),
      UNIQUE (clip_a, clip_b)
    );
    CREATE INDEX comparisons_clip_b ON comparisons(clip_b);
    CREATE TRIGGER comparisons_version BEFORE UPDATE ON comparisons FOR EACH ROW EXECUTE FUNCTION bump_row_version();

    CREATE TABLE collection_comparisons (
      collection_id bigint NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
      comparison_id bigint NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
      position      double precision NOT NULL,
      PRIMARY KEY (collection_id, comparison_id)
    );
    CREATE INDEX collection_comparisons_order ON collection_comparisons(collection_id, position);
    CREATE INDEX collection_comparisons_comparison ON collection_comparisons(comparison_id);

    CREATE FUNCTION delete_unheld_comparison() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM comparisons WHERE id = OLD.comparison_id
        AND NOT EXISTS (SELECT 1 FROM collection_comparisons WHERE comparison_id = OLD.comparison_id);
      RETURN NULL;
    END $$;
    CREATE TRIGGER comparisons_unheld AFTER DELETE ON collection_comparisons
      FOR EACH ROW EXECUTE FUNCTION delete_unheld_comparison();
  `,
};
