import type { Migration } from './migration.js';

/**
 * A clip's version and who changed it last move out of the clip's row into a narrow table of
 * their own. SQLite writes a whole row again for any change to it, text and paste included, so
 * raising the versions of a whole library's clips (tagging them all) wrote every clip's text
 * again; now it writes a few bytes per clip. The table holds a row for every clip, made with the
 * clip; an update of the clip's own row raises its version there.
 * The clips' old `version`, `changed_by` and `changed_at` columns stay, unread and unwritten:
 * dropping them would rewrite every clip once, about 20 seconds for a library of 100,000, while
 * the app waits with no window.
 */
export const clipVersions: Migration = {
  version: 90,
  name: 'clip-versions',
  up: `
    CREATE TABLE clip_versions (
      clip_id    INTEGER PRIMARY KEY REFERENCES clips(id) ON DELETE CASCADE,
      version    INTEGER NOT NULL DEFAULT 1,
      changed_by TEXT,
      changed_at TEXT
    );
    INSERT INTO clip_versions (clip_id, version, changed_by, changed_at) SELECT id, version, changed_by, changed_at FROM clips;
    DROP TRIGGER clips_version;
    CREATE TRIGGER clips_version_insert AFTER INSERT ON clips BEGIN
      INSERT INTO clip_versions (clip_id) VALUES (new.id);
    END;
    CREATE TRIGGER clips_version AFTER UPDATE ON clips BEGIN
      UPDATE clip_versions SET version = version + 1 WHERE clip_id = new.id;
    END;
  `,
};
