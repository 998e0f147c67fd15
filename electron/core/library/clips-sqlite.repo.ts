/**
 * Clip rows read and written synchronously over a SQLite connection, for the callers not yet on
 * the asynchronous layer: dossiers, and the library export and import with their batch
 * transactions. Every contract method that reads, lists, saves or edits clips goes through
 * clips.repo.ts and its neighbours instead.
 */
import type { Db } from '../db/open-library.js';
import { joinParagraphs, splitBody } from '../../shared/text/clip-body.js';
import type { ClipEdit, FieldChange } from '../../shared/models/clip-edit.js';
import type { EditRecord } from './clip-edits.repo.js';
import type { DraftQuote } from '../../shared/models/clip-draft.js';
import type { Clip, VersionRef } from '../../shared/models/clip.js';
import type { NewClipRow } from './clips.repo.js';
import { clipCollectionIds } from './collections-sqlite.repo.js';
import type { Highlight } from '../../shared/models/organise.js';
import { urlKey } from './url-key.js';

interface ClipRow {
  id: number;
  title: string | null;
  body: string;
  raw: string;
  raw_sha256: string;
  date: string | null;
  dateline: string | null;
  source: string | null;
  byline: string;
  language: string;
  url: string | null;
  word_count: number;
  cruft: string;
  notes: string;
  notes_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
  version_of: number | null;
}

/** A new clip, written synchronously for the library import, which runs in a SQLite transaction of its own. */
export function insertClip(db: Db, row: NewClipRow): number {
  const info = db
    .prepare(
      `INSERT INTO clips (title, body, raw, raw_html, raw_sha256, content_hash, signature, date, dateline, source,
         byline, language, url, url_key, word_count, cruft, created_at, updated_at, version_of)
       VALUES (@title, @body, @raw, @rawHtml, @rawSha256, @contentHash, @signature, @date, @dateline, @source,
         @byline, @language, @url, @urlKey, @wordCount, @cruft, @now, @now, @versionOf)`,
    )
    .run({
      title: row.title,
      body: joinParagraphs(row.paragraphs),
      raw: row.raw,
      rawHtml: row.rawHtml,
      rawSha256: row.rawSha256,
      contentHash: row.contentHash,
      signature: Buffer.from(row.signature.buffer, row.signature.byteOffset, row.signature.byteLength),
      date: row.date,
      dateline: row.dateline,
      source: row.source,
      byline: JSON.stringify(row.byline),
      language: row.language,
      url: row.url,
      urlKey: urlKey(row.url),
      wordCount: row.wordCount,
      cruft: JSON.stringify(row.cruft),
      now: row.now,
      versionOf: row.versionOf,
    });
  const id = Number(info.lastInsertRowid);
  insertBands(db, id, row.buckets);
  replaceQuotes(db, id, row.quotes);
  replaceEntities(db, id, { person: row.people, place: row.places, organization: row.organizations });
  return id;
}

function replaceQuotes(db: Db, clipId: number, quotes: readonly DraftQuote[]): void {
  db.prepare('DELETE FROM quotes WHERE clip_id = ?').run(clipId);
  const insert = db.prepare('INSERT INTO quotes (clip_id, position, speaker, text) VALUES (?, ?, ?, ?)');
  quotes.forEach((q, i) => insert.run(clipId, i, q.speaker, q.text));
}

type EntityKind = 'person' | 'place' | 'organization';

function replaceEntities(db: Db, clipId: number, byKind: Partial<Record<EntityKind, readonly string[]>>): void {
  const upsert = db.prepare(
    `INSERT INTO entities (kind, name) VALUES (?, ?) ON CONFLICT (kind, name) DO UPDATE SET name = excluded.name RETURNING id`,
  );
  const link = db.prepare('INSERT OR IGNORE INTO clip_entities (clip_id, entity_id, position) VALUES (?, ?, ?)');
  const unlinkKind = db.prepare('DELETE FROM clip_entities WHERE clip_id = ? AND entity_id IN (SELECT id FROM entities WHERE kind = ?)');
  for (const [kind, names] of Object.entries(byKind) as [EntityKind, readonly string[]][]) {
    unlinkKind.run(clipId, kind);
    names.forEach((name, i) => {
      const { id } = upsert.get(kind, name) as { id: number };
      link.run(clipId, id, i);
    });
  }
}

export function getClip(db: Db, id: number): Clip | null {
  const row = db.prepare('SELECT * FROM clips WHERE id = ?').get(id) as ClipRow | undefined;
  if (!row) return null;
  const quotes = db.prepare('SELECT speaker, text FROM quotes WHERE clip_id = ? ORDER BY position').all(id) as DraftQuote[];
  const entities = db
    .prepare(
      `SELECT e.kind, e.name FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id
       WHERE ce.clip_id = ? ORDER BY ce.position`,
    )
    .all(id) as { kind: EntityKind; name: string }[];
  const named = (kind: EntityKind) => entities.filter((e) => e.kind === kind).map((e) => e.name);
  return {
    id: row.id,
    title: row.title,
    paragraphs: splitBody(row.body),
    date: row.date,
    dateline: row.dateline,
    source: row.source,
    byline: JSON.parse(row.byline) as string[],
    language: row.language,
    url: row.url,
    wordCount: row.word_count,
    quotes,
    people: named('person'),
    places: named('place'),
    organizations: named('organization'),
    cruft: JSON.parse(row.cruft) as string[],
    notes: row.notes,
    notesBy: row.notes_by,
    tags: db
      .prepare('SELECT t.name FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = ? ORDER BY t.name COLLATE NOCASE')
      .pluck()
      .all(id) as string[],
    collectionIds: clipCollectionIds(db, id),
    highlights: db
      .prepare(
        `SELECT id, clip_id AS clipId, exact, prefix, suffix, start, end, color, note, created_at AS createdAt, author
         FROM highlights WHERE clip_id = ? ORDER BY start, id`,
      )
      .all(id) as Highlight[],
    raw: row.raw,
    rawSha256: row.raw_sha256,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    version: row.version,
    versionOf: row.version_of,
    versions: (db.prepare('SELECT id FROM clips WHERE version_of = ? AND deleted_at IS NULL ORDER BY id').all(id) as { id: number }[]).map(
      (r) => r.id,
    ),
    supersededBy: newestVersion(db, id),
  };
}

/** The latest live version down the chain of versions that follow a clip; null when it is the latest. */
function newestVersion(db: Db, id: number): VersionRef | null {
  const next = db.prepare('SELECT id, title, date FROM clips WHERE version_of = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1');
  const seen = new Set([id]);
  let newest: VersionRef | null = null;
  for (let row = next.get(id) as VersionRef | undefined; row && !seen.has(row.id); row = next.get(row.id) as VersionRef | undefined) {
    seen.add(row.id);
    newest = row;
  }
  return newest;
}

function insertBands(db: Db, id: number, buckets: readonly number[]): void {
  const band = db.prepare('INSERT OR IGNORE INTO clip_bands (clip_id, band, bucket) VALUES (?, ?, ?)');
  buckets.forEach((bucket, i) => band.run(id, i, bucket));
}

export function recordEdit(db: Db, clipId: number, edit: EditRecord): void {
  db.prepare('INSERT INTO clip_edits (clip_id, at, user, via, changes) VALUES (?, ?, ?, ?, ?)').run(
    clipId,
    edit.at,
    edit.user,
    edit.via,
    JSON.stringify(edit.changes),
  );
}

/** A clip's corrections, newest first. */
export function listEdits(db: Db, clipId: number): ClipEdit[] {
  const rows = db.prepare('SELECT id, clip_id, at, user, via, changes FROM clip_edits WHERE clip_id = ? ORDER BY id DESC').all(clipId) as {
    id: number;
    clip_id: number;
    at: string;
    user: string;
    via: ClipEdit['via'];
    changes: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    clipId: r.clip_id,
    at: r.at,
    user: r.user,
    via: r.via,
    changes: JSON.parse(r.changes) as FieldChange[],
  }));
}
