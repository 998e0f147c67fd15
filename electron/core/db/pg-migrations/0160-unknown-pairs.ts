import type { PgMigration } from './migration.js';

/**
 * Whether a clip's word pairs are unknown (0120), as a flag read without its pairs. A phrase
 * search told the two kinds of clip apart by matching each candidate's pairs against `~all`, and
 * the pairs are kilobytes kept in TOAST: every candidate's were read and decompressed, some 0.1 ms
 * each, so a common phrase's first 2,000 matches cost 200 ms before any was ranked. A trigger keeps
 * the flag with the pairs, whatever writes them; a new column with a constant default rewrites no
 * row, and the few clips with unknown pairs are found through the pairs' index (live clips) and a
 * walk of the deleted ones, which reads no pairs of live clips.
 */
export const unknownPairs: PgMigration = {
  version: 160,
  name: 'unknown-pairs',
  up: `
    ALTER TABLE clips ADD COLUMN pairs_unknown boolean NOT NULL DEFAULT false;
    CREATE FUNCTION clip_pairs_unknown() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.pairs_unknown := NEW.word_pairs @@ CAST('~all' AS tsquery);
        RETURN NEW;
      END
    $$;
    CREATE TRIGGER clips_pairs_unknown BEFORE INSERT OR UPDATE OF word_pairs ON clips
      FOR EACH ROW EXECUTE FUNCTION clip_pairs_unknown();
    UPDATE clips SET pairs_unknown = true WHERE deleted_at IS NULL AND word_pairs @@ CAST('~all' AS tsquery);
    UPDATE clips SET pairs_unknown = true WHERE deleted_at IS NOT NULL AND word_pairs @@ CAST('~all' AS tsquery);
  `,
};
