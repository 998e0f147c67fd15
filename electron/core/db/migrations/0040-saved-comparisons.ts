import type { Migration } from './migration.js';

/**
 * Comparisons kept in collections, so a dossier can print them. A pair is
 * stored once, A on the left, whichever collections hold it; it goes when either clip is deleted
 * for good (the trash only hides it). When you add a column to `comparisons`, also update the
 * row mapping in library/comparisons.repo.ts.
 */
export const savedComparisons: Migration = {
  version: 40,
  name: 'saved-comparisons',
  up: `
    CREATE TABLE comparisons (
      id         INTEGER PRIMARY KEY,
      clip_a     INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      clip_b     INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      title      TEXT NOT NULL,
      created_at TEXT NOT NULL,
      CHECK (clip_a <> clip_b),
      UNIQUE (clip_a, clip_b)
    );
    CREATE INDEX comparisons_clip_b ON comparisons(clip_b);

    CREATE TABLE collection_comparisons (
      collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
      comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
      position      REAL NOT NULL,
      PRIMARY KEY (collection_id, comparison_id)
    ) WITHOUT ROWID;
    CREATE INDEX collection_comparisons_order ON collection_comparisons(collection_id, position);
    CREATE INDEX collection_comparisons_comparison ON collection_comparisons(comparison_id);

    -- A pair no collection holds is gone, whether it was taken out or its collection deleted.
    CREATE TRIGGER comparisons_unheld AFTER DELETE ON collection_comparisons BEGIN
      DELETE FROM comparisons WHERE id = old.comparison_id
        AND NOT EXISTS (SELECT 1 FROM collection_comparisons WHERE comparison_id = old.comparison_id);
    END;
  `,
};
