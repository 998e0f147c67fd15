import type { Migration } from './migration.js';

/**
 * The first schema. When you add a column to `clips`, also update the row mapping in
 * library/clips.repo.ts and, if it is searchable, the FTS triggers below.
 */
export const init: Migration = {
  version: 10,
  name: 'init',
  up: `
    CREATE TABLE clips (
      id            INTEGER PRIMARY KEY,
      title         TEXT,
      body          TEXT NOT NULL,            -- paragraphs joined by a blank line
      raw           TEXT NOT NULL,            -- the paste exactly as received, never edited
      raw_html      TEXT,
      raw_sha256    TEXT NOT NULL,
      content_hash  TEXT NOT NULL,            -- of the normalised body: exact-duplicate check
      signature     BLOB,                     -- MinHash of word shingles: near-duplicate check
      date          TEXT,
      dateline      TEXT,
      source        TEXT,
      byline        TEXT NOT NULL DEFAULT '[]',   -- JSON array of names
      language      TEXT NOT NULL DEFAULT 'und',
      url           TEXT,
      word_count    INTEGER NOT NULL DEFAULT 0,
      cruft         TEXT NOT NULL DEFAULT '[]',   -- JSON array of dropped lines
      notes         TEXT NOT NULL DEFAULT '',
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      deleted_at    TEXT,
      version_of    INTEGER REFERENCES clips(id) ON DELETE SET NULL
    );
    CREATE INDEX clips_content_hash ON clips(content_hash);
    CREATE INDEX clips_live_by_created ON clips(deleted_at, created_at);  -- read backwards: newest first, ties by id
    CREATE INDEX clips_date ON clips(date);
    CREATE INDEX clips_version_of ON clips(version_of);

    -- Locality-sensitive-hash buckets of the signature, so near-duplicates are found by lookup, not scan.
    CREATE TABLE clip_bands (
      clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      band    INTEGER NOT NULL,
      bucket  INTEGER NOT NULL,
      PRIMARY KEY (band, bucket, clip_id)
    ) WITHOUT ROWID;
    CREATE INDEX clip_bands_clip ON clip_bands(clip_id);

    CREATE VIRTUAL TABLE clips_fts USING fts5(
      title, body, source, byline, notes,
      content = 'clips', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN
      INSERT INTO clips_fts(rowid, title, body, source, byline, notes)
      VALUES (new.id, new.title, new.body, new.source, new.byline, new.notes);
    END;
    CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN
      INSERT INTO clips_fts(clips_fts, rowid, title, body, source, byline, notes)
      VALUES ('delete', old.id, old.title, old.body, old.source, old.byline, old.notes);
    END;
    CREATE TRIGGER clips_fts_update AFTER UPDATE OF title, body, source, byline, notes ON clips BEGIN
      INSERT INTO clips_fts(clips_fts, rowid, title, body, source, byline, notes)
      VALUES ('delete', old.id, old.title, old.body, old.source, old.byline, old.notes);
      INSERT INTO clips_fts(rowid, title, body, source, byline, notes)
      VALUES (new.id, new.title, new.body, new.source, new.byline, new.notes);
    END;

    CREATE TABLE quotes (
      id       INTEGER PRIMARY KEY,
      clip_id  INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      speaker  TEXT,
      text     TEXT NOT NULL
    );
    CREATE INDEX quotes_clip ON quotes(clip_id, position);
    CREATE INDEX quotes_speaker ON quotes(speaker);

    CREATE TABLE entities (
      id   INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('person', 'place', 'organization')),
      name TEXT NOT NULL,
      UNIQUE (kind, name)
    );
    CREATE TABLE clip_entities (
      clip_id   INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      position  INTEGER NOT NULL,
      PRIMARY KEY (clip_id, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX clip_entities_entity ON clip_entities(entity_id);

    CREATE TABLE tags (
      id    INTEGER PRIMARY KEY,
      name  TEXT NOT NULL UNIQUE COLLATE NOCASE,   -- hierarchy by '/' in the name
      color TEXT
    );
    CREATE TABLE clip_tags (
      clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      tag_id  INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (clip_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX clip_tags_tag ON clip_tags(tag_id);

    CREATE TABLE collections (
      id          INTEGER PRIMARY KEY,
      parent_id   INTEGER REFERENCES collections(id) ON DELETE CASCADE,
      name        TEXT NOT NULL,
      position    REAL NOT NULL DEFAULT 0,
      description TEXT NOT NULL DEFAULT '',
      query       TEXT,                      -- non-null makes it a smart collection (a saved search)
      created_at  TEXT NOT NULL
    );
    CREATE UNIQUE INDEX collections_name_per_parent ON collections(ifnull(parent_id, 0), name COLLATE NOCASE);
    CREATE TABLE collection_clips (
      collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
      clip_id       INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      position      REAL NOT NULL,
      PRIMARY KEY (collection_id, clip_id)
    ) WITHOUT ROWID;
    CREATE INDEX collection_clips_order ON collection_clips(collection_id, position);
    CREATE INDEX collection_clips_clip ON collection_clips(clip_id);

    CREATE TABLE highlights (
      id         INTEGER PRIMARY KEY,
      clip_id    INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      exact      TEXT NOT NULL,               -- anchored by quote and context, so edits do not orphan it
      prefix     TEXT NOT NULL DEFAULT '',
      suffix     TEXT NOT NULL DEFAULT '',
      start      INTEGER NOT NULL,
      end        INTEGER NOT NULL,
      color      TEXT NOT NULL DEFAULT 'yellow',
      note       TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    );
    CREATE INDEX highlights_clip ON highlights(clip_id);

    CREATE TABLE dossiers (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      spec       TEXT NOT NULL,               -- JSON export spec
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};
