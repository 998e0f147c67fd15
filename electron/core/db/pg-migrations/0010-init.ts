import { TEXT, type PgMigration } from './migration.js';

/**
 * The first schema, the tables of the SQLite library's 0010 with PostgreSQL types. Dates stay ISO
 * text, as the contract gives them. Every row a person edits has a `version`, raised by a trigger
 * on every update, so a save can be refused when someone else changed the row since it was read.
 *
 * `search_doc` is the clip's full-text document (library/search-document.ts): its words,
 * weighted by field, and their other forms. It is written with the clip, by the same code that
 * writes title, body, source, byline, notes or language.
 * When you add a column to `clips`, also update the row mapping in library/clips.repo.ts.
 */
export const init: PgMigration = {
  version: 10,
  name: 'init',
  up: `
    CREATE FUNCTION bump_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.version := OLD.version + 1;
      RETURN NEW;
    END $$;

    CREATE TABLE clips (
      id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      title         ${TEXT},
      body          ${TEXT} NOT NULL,
      raw           ${TEXT} NOT NULL,
      raw_html      ${TEXT},
      raw_sha256    ${TEXT} NOT NULL,
      content_hash  ${TEXT} NOT NULL,
      signature     bytea,
      date          ${TEXT},
      dateline      ${TEXT},
      source        ${TEXT},
      byline        ${TEXT} NOT NULL DEFAULT '[]',
      language      ${TEXT} NOT NULL DEFAULT 'und',
      url           ${TEXT},
      word_count    integer NOT NULL DEFAULT 0,
      cruft         ${TEXT} NOT NULL DEFAULT '[]',
      notes         ${TEXT} NOT NULL DEFAULT '',
      created_at    ${TEXT} NOT NULL,
      updated_at    ${TEXT} NOT NULL,
      deleted_at    ${TEXT},
      version_of    bigint REFERENCES clips(id) ON DELETE SET NULL,
      search_doc    tsvector NOT NULL DEFAULT '',
      version       integer NOT NULL DEFAULT 1
    );
    CREATE INDEX clips_content_hash ON clips(content_hash);
    CREATE INDEX clips_live_by_created ON clips(created_at DESC, id DESC) WHERE deleted_at IS NULL;
    CREATE INDEX clips_date ON clips(date);
    CREATE INDEX clips_version_of ON clips(version_of);
    CREATE INDEX clips_search ON clips USING gin (search_doc);
    CREATE TRIGGER clips_version BEFORE UPDATE ON clips FOR EACH ROW EXECUTE FUNCTION bump_row_version();

    CREATE TABLE clip_bands (
      clip_id bigint NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      band    integer NOT NULL,
      bucket  bigint NOT NULL,
      PRIMARY KEY (band, bucket, clip_id)
    );
    CREATE INDEX clip_bands_clip ON clip_bands(clip_id);

    CREATE TABLE quotes (
      id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      clip_id  bigint NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      position integer NOT NULL,
      speaker  ${TEXT},
      text     ${TEXT} NOT NULL
    );
    CREATE INDEX quotes_clip ON quotes(clip_id, position);
    CREATE INDEX quotes_speaker ON quotes(lower(speaker));

    CREATE TABLE entities (
      id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind ${TEXT} NOT NULL CHECK (kind IN ('person', 'place', 'organization')),
      name ${TEXT} NOT NULL,
      UNIQUE (kind, name)
    );
    CREATE INDEX entities_name ON entities(kind, lower(name));
    CREATE TABLE clip_entities (
      clip_id   bigint NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      entity_id bigint NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      position  integer NOT NULL,
      PRIMARY KEY (clip_id, entity_id)
    );
    CREATE INDEX clip_entities_entity ON clip_entities(entity_id);

    CREATE TABLE tags (
      id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name    ${TEXT} NOT NULL,
      color   ${TEXT},
      version integer NOT NULL DEFAULT 1
    );
    -- One tag per name with ASCII case ignored, as SQLite's NOCASE column.
    CREATE UNIQUE INDEX tags_name ON tags(lower(name));
    CREATE TRIGGER tags_version BEFORE UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION bump_row_version();
    CREATE TABLE clip_tags (
      clip_id bigint NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      tag_id  bigint NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (clip_id, tag_id)
    );
    CREATE INDEX clip_tags_tag ON clip_tags(tag_id);

    CREATE TABLE collections (
      id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      parent_id   bigint REFERENCES collections(id) ON DELETE CASCADE,
      name        ${TEXT} NOT NULL,
      position    double precision NOT NULL DEFAULT 0,
      description ${TEXT} NOT NULL DEFAULT '',
      query       ${TEXT},
      created_at  ${TEXT} NOT NULL,
      version     integer NOT NULL DEFAULT 1
    );
    CREATE UNIQUE INDEX collections_name_per_parent ON collections(coalesce(parent_id, 0), lower(name));
    CREATE TRIGGER collections_version BEFORE UPDATE ON collections FOR EACH ROW EXECUTE FUNCTION bump_row_version();
    CREATE TABLE collection_clips (
      collection_id bigint NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
      clip_id       bigint NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      position      double precision NOT NULL,
      PRIMARY KEY (collection_id, clip_id)
    );
    CREATE INDEX collection_clips_order ON collection_clips(collection_id, position);
    CREATE INDEX collection_clips_clip ON collection_clips(clip_id);

    CREATE TABLE highlights (
      id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      clip_id    bigint NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      exact      ${TEXT} NOT NULL,
      prefix     ${TEXT} NOT NULL DEFAULT '',
      suffix     ${TEXT} NOT NULL DEFAULT '',
      start      integer NOT NULL,
      "end"      integer NOT NULL,
      color      ${TEXT} NOT NULL DEFAULT 'yellow',
      note       ${TEXT} NOT NULL DEFAULT '',
      created_at ${TEXT} NOT NULL,
      version    integer NOT NULL DEFAULT 1
    );
    CREATE INDEX highlights_clip ON highlights(clip_id);
    CREATE TRIGGER highlights_version BEFORE UPDATE ON highlights FOR EACH ROW EXECUTE FUNCTION bump_row_version();

    CREATE TABLE dossiers (
      id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name       ${TEXT} NOT NULL,
      spec       ${TEXT} NOT NULL,
      created_at ${TEXT} NOT NULL,
      updated_at ${TEXT} NOT NULL,
      version    integer NOT NULL DEFAULT 1
    );
    CREATE TRIGGER dossiers_version BEFORE UPDATE ON dossiers FOR EACH ROW EXECUTE FUNCTION bump_row_version();

    CREATE TABLE settings (
      key     ${TEXT} PRIMARY KEY,
      value   ${TEXT} NOT NULL,
      version integer NOT NULL DEFAULT 1
    );
    CREATE TRIGGER settings_version BEFORE UPDATE ON settings FOR EACH ROW EXECUTE FUNCTION bump_row_version();
  `,
};
