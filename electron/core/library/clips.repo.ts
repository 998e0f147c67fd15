import type { Db } from '../db/open-library.js';
import { all, get, run, sql, sqlFragment, sqlJoin, sqlRaw, type SqlFragment } from '../db/sql.js';
import { ApiError, noSuchClip } from '../../shared/api/errors.js';
import { joinParagraphs, splitBody } from '../../shared/text/clip-body.js';
import type { DraftQuote } from '../../shared/models/clip-draft.js';
import type { Clip, ClipSummary, VersionRef } from '../../shared/models/clip.js';
import { clipTagNames } from './tags.repo.js';
import { clipCollectionIds } from './collections.repo.js';
import { listHighlights } from './highlights.repo.js';
import { escapeLike } from './search-filters.js';
import { urlKey } from './url-key.js';
import { fieldOrder } from './list-order.js';
import { DEFAULT_LIST_SORT, type ListSort } from '../../shared/models/list-sort.js';

/** Everything stored for a new clip. When you add a field, also update rowToClip and the INSERT. */
export interface NewClipRow {
  title: string | null;
  paragraphs: string[];
  raw: string;
  rawHtml: string | null;
  rawSha256: string;
  contentHash: string;
  signature: Uint32Array;
  buckets: number[];
  date: string | null;
  dateline: string | null;
  source: string | null;
  byline: string[];
  language: string;
  url: string | null;
  wordCount: number;
  cruft: string[];
  quotes: DraftQuote[];
  people: string[];
  places: string[];
  organizations: string[];
  versionOf: number | null;
  now: string;
}

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
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version_of: number | null;
}

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

export function replaceQuotes(db: Db, clipId: number, quotes: readonly DraftQuote[]): void {
  db.prepare('DELETE FROM quotes WHERE clip_id = ?').run(clipId);
  const insert = db.prepare('INSERT INTO quotes (clip_id, position, speaker, text) VALUES (?, ?, ?, ?)');
  quotes.forEach((q, i) => insert.run(clipId, i, q.speaker, q.text));
}

type EntityKind = 'person' | 'place' | 'organization';

export function replaceEntities(db: Db, clipId: number, byKind: Partial<Record<EntityKind, readonly string[]>>): void {
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

/** The clip, or the one not-found answer every method gives for a missing clip. */
export function requireClip(db: Db, id: number): Clip {
  const clip = getClip(db, id);
  if (!clip) throw noSuchClip(id);
  return clip;
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
    tags: clipTagNames(db, id),
    collectionIds: clipCollectionIds(db, id),
    highlights: listHighlights(db, id),
    raw: row.raw,
    rawSha256: row.raw_sha256,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
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

/** Columns for list rows; the excerpt is cut in SQL so the body never leaves the database. */
export const SUMMARY_COLUMNS = `c.id, c.title, substr(c.body, 1, 240) AS excerpt, c.date, c.dateline, c.source,
  c.word_count AS wordCount, c.created_at AS createdAt, c.deleted_at AS deletedAt, c.version_of AS versionOf,
  (SELECT max(v.id) FROM clips v WHERE v.version_of = c.id AND v.deleted_at IS NULL) AS supersededBy,
  (SELECT json_group_array(json_object('name', t.name, 'color', t.color)) FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id
   WHERE ct.clip_id = c.id) AS tagsJson`;

/** Rows selected with SUMMARY_COLUMNS, with their tags read from JSON: what the list shows. */
export function withTags<T extends { tagsJson: string }>(rows: T[]): (Omit<T, 'tagsJson'> & { tags: ClipSummary['tags'] })[] {
  return rows.map(({ tagsJson, ...row }) => ({ ...row, tags: JSON.parse(tagsJson) as ClipSummary['tags'] }));
}

export interface ListOptions {
  trashed: boolean;
  offset: number;
  limit: number;
  collectionId?: number | undefined;
  tag?: string | undefined;
  /** Left out: a collection in its hand-set order, any other list newest clipped first. */
  sort?: ListSort | undefined;
}

/** The list pane's rows, in the order asked for. */
export function listClips(db: Db, opts: ListOptions): { items: ClipSummary[]; total: number } {
  const { from, order } = listSource(opts);
  const items = withTags(
    all<Omit<ClipSummary, 'tags'> & { tagsJson: string }>(
      db,
      sql`SELECT ${sqlRaw(SUMMARY_COLUMNS)} ${from} ORDER BY ${order} LIMIT ${opts.limit} OFFSET ${opts.offset}`,
    ),
  );
  const { total } = get<{ total: number }>(db, sql`SELECT count(*) AS total ${from}`)!;
  return { items, total };
}

/** The clips a list view shows, as `FROM … WHERE …` and its order: shared by the rows and "select all". */
export function listSource(opts: Omit<ListOptions, 'offset' | 'limit'>): { from: SqlFragment; order: SqlFragment } {
  const where = [opts.trashed ? sqlFragment`c.deleted_at IS NOT NULL` : sqlFragment`c.deleted_at IS NULL`];
  let tables = sqlFragment`clips c`;
  const sort = opts.sort ?? (opts.collectionId !== undefined ? 'collection' : DEFAULT_LIST_SORT);
  if (sort === 'collection' && opts.collectionId === undefined) {
    throw new ApiError('bad_input', 'Collection order needs a collection: give collectionId, or sort by date, source or title.');
  }
  const order = sort === 'collection' ? sqlFragment`cc.position` : sqlRaw(fieldOrder(sort));
  if (opts.collectionId !== undefined) {
    tables = sqlFragment`collection_clips cc JOIN clips c ON c.id = cc.clip_id`;
    where.push(sqlFragment`cc.collection_id = ${opts.collectionId}`);
  }
  if (opts.tag !== undefined) {
    where.push(sqlFragment`c.id IN (SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id
                 WHERE t.name = ${opts.tag} COLLATE NOCASE OR t.name LIKE ${`${escapeLike(opts.tag)}/%`} ESCAPE '\\')`);
  }
  return { from: sqlFragment`FROM ${tables} WHERE ${sqlJoin(where, ' AND ')}`, order };
}

export interface ClipFieldUpdate {
  title?: string | null;
  paragraphs?: string[];
  date?: string | null;
  dateline?: string | null;
  source?: string | null;
  byline?: string[];
  language?: string;
  url?: string | null;
  notes?: string;
  wordCount?: number;
}

/** Maps editable fields to columns; values are always bound, never interpolated. */
const COLUMN_OF: Record<keyof ClipFieldUpdate, [string, (v: never) => unknown]> = {
  title: ['title', (v) => v],
  paragraphs: ['body', (v: string[]) => joinParagraphs(v)],
  date: ['date', (v) => v],
  dateline: ['dateline', (v) => v],
  source: ['source', (v) => v],
  byline: ['byline', (v: string[]) => JSON.stringify(v)],
  language: ['language', (v) => v],
  url: ['url', (v) => v],
  notes: ['notes', (v) => v],
  wordCount: ['word_count', (v) => v],
};

export function updateClipFields(db: Db, id: number, fields: ClipFieldUpdate, now: string): void {
  const sets = [sqlFragment`updated_at = ${now}`];
  for (const [key, value] of Object.entries(fields) as [keyof ClipFieldUpdate, never][]) {
    if (value === undefined) continue;
    const [column, toDb] = COLUMN_OF[key];
    sets.push(sqlFragment`${sqlRaw(column)} = ${toDb(value)}`);
    // The normalised address goes with the address, so duplicate checks always see the current one.
    if (key === 'url') sets.push(sqlFragment`url_key = ${urlKey(value)}`);
  }
  run(db, sql`UPDATE clips SET ${sqlJoin(sets, ', ')} WHERE id = ${id}`);
}

/** A new text's fingerprint in place of the old, so duplicate checks see the clip as it reads now. */
export function replaceFingerprint(db: Db, id: number, print: { contentHash: string; signature: Uint32Array; buckets: number[] }): void {
  db.prepare('UPDATE clips SET content_hash = ?, signature = ? WHERE id = ?').run(
    print.contentHash,
    Buffer.from(print.signature.buffer, print.signature.byteOffset, print.signature.byteLength),
    id,
  );
  db.prepare('DELETE FROM clip_bands WHERE clip_id = ?').run(id);
  insertBands(db, id, print.buckets);
}

function insertBands(db: Db, id: number, buckets: readonly number[]): void {
  const band = db.prepare('INSERT OR IGNORE INTO clip_bands (clip_id, band, bucket) VALUES (?, ?, ?)');
  buckets.forEach((bucket, i) => band.run(id, i, bucket));
}

export function setDeleted(db: Db, ids: readonly number[], deletedAt: string | null): number[] {
  const stmt = db.prepare(
    deletedAt === null
      ? 'UPDATE clips SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'
      : 'UPDATE clips SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL',
  );
  const changed: number[] = [];
  for (const id of ids) {
    const info = deletedAt === null ? stmt.run(id) : stmt.run(deletedAt, id);
    if (info.changes) changed.push(id);
  }
  return changed;
}

export function clipExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM clips WHERE id = ?').get(id) !== undefined;
}

export function findByContentHash(db: Db, hash: string): { id: number; title: string | null } | null {
  return (
    (db.prepare('SELECT id, title FROM clips WHERE content_hash = ? AND deleted_at IS NULL ORDER BY id LIMIT 1').get(hash) as
      { id: number; title: string | null } | undefined) ?? null
  );
}

/** The newest live clip saved from this page (by its normalised address), with its signature. */
export function findByUrlKey(db: Db, key: string): { id: number; title: string | null; signature: Buffer | null } | null {
  return (
    (db.prepare('SELECT id, title, signature FROM clips WHERE url_key = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1').get(key) as
      { id: number; title: string | null; signature: Buffer | null } | undefined) ?? null
  );
}

/** Clips sharing at least one LSH bucket with the given buckets, with their signatures. */
export function findBucketCandidates(
  db: Db,
  buckets: readonly number[],
  limit = 200,
): { id: number; title: string | null; signature: Buffer }[] {
  if (buckets.length === 0) return [];
  // One equality lookup per band, then clips by primary key: never a walk over all clips.
  // CROSS JOIN fixes that order; left to itself the planner walks the live-clips index instead.
  const lookups = buckets.map((bucket, band) => sqlFragment`SELECT clip_id FROM clip_bands WHERE band = ${band} AND bucket = ${bucket}`);
  return all<{ id: number; title: string | null; signature: Buffer }>(
    db,
    sql`SELECT c.id, c.title, c.signature FROM (${sqlJoin(lookups, ' UNION ')}) b CROSS JOIN clips c ON c.id = b.clip_id
       WHERE c.deleted_at IS NULL LIMIT ${limit}`,
  );
}

export function countClips(db: Db): { live: number; trashed: number } {
  return db.prepare(`SELECT sum(deleted_at IS NULL) AS live, sum(deleted_at IS NOT NULL) AS trashed FROM clips`).get() as {
    live: number;
    trashed: number;
  };
}
