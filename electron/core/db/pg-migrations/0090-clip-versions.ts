import { TEXT, type PgMigration } from './migration.js';

/**
 * A clip's version and who changed it last, in a narrow table of their own, as the SQLite
 * library's 0090: raising many clips' versions at once (tagging them) writes small rows, not a
 * new copy of every clip's row. The triggers run once per statement over the rows it inserted or
 * updated, so a batch of clips imported together makes its version rows in one insert.
 */
export const clipVersions: PgMigration = {
  version: 90,
  name: 'clip-versions',
  up: `
    CREATE TABLE clip_versions (
      clip_id    bigint PRIMARY KEY REFERENCES clips(id) ON DELETE CASCADE,
      version    integer NOT NULL DEFAULT 1,
      changed_by ${TEXT},
      changed_at ${TEXT}
    );
    INSERT INTO clip_versions (clip_id, version, changed_by, changed_at) SELECT id, version, changed_by, changed_at FROM clips;
    DROP TRIGGER clips_version ON clips;
    ALTER TABLE clips DROP COLUMN version, DROP COLUMN changed_by, DROP COLUMN changed_at;

    CREATE FUNCTION add_clip_versions() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO clip_versions (clip_id) SELECT id FROM added;
      RETURN NULL;
    END $$;
    CREATE TRIGGER clips_version_insert AFTER INSERT ON clips
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION add_clip_versions();

    CREATE FUNCTION raise_clip_versions() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE clip_versions v SET version = v.version + 1 FROM changed WHERE v.clip_id = changed.id;
      RETURN NULL;
    END $$;
    CREATE TRIGGER clips_version AFTER UPDATE ON clips
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raise_clip_versions();
  `,
};
