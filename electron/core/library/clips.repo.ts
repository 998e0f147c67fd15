import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { caselessEquals, caselessLike } from '../db/dialect.js';
import { sql, sqlFragment, sqlJoin, sqlRaw, type SqlFragment } from '../db/sql.js';
import { ApiError, noSuchClip } from '../../shared/api/errors.js';
import type { Clip, ClipPage, VersionRef } from '../../shared/models/clip.js';
import type { DraftQuote } from '../../shared/models/clip-draft.js';
import { DEFAULT_LIST_SORT, type ListSort } from '../../shared/models/list-sort.js';
import { splitBody } from '../../shared/text/clip-body.js';
import { escapeLike } from './search-filters.js';
import { summaryColumns, withTags, type SummaryRow } from './clip-summary.js';
import { clipTagNames } from './tags.repo.js';
import type { SearchDocument } from './search-document.js';
import { listHighlights } from './highlights.repo.js';
import { fieldOrderIn } from './list-order.js';
import { COUNTED_AHEAD, countUpTo } from './counted.js';

/**
 * Clips, one code path for both engines: a clip read, listed, saved, trashed or restored gives the
 * same answers over a SQLite file and a PostgreSQL team library.
 */

/** Everything stored for a new clip. When you add a field, also update getClip and insertClip. */
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
  /** A clip that comes with a history (an import) brings its notes, last change and deletion; a new save has none. */
  notes?: string;
  updatedAt?: string;
  deletedAt?: string | null;
  /** Its full-text document on PostgreSQL, made by prepareClipRows before the transaction; made as the row is written when absent. */
  search?: SearchDocument;
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

type EntityKind = 'person' | 'place' | 'organization';

const CLIP_COLUMNS = sqlRaw(`id, title, body, raw, raw_sha256, date, dateline, source, byline, language, url, word_count, cruft,
  notes, notes_by, created_at, updated_at, deleted_at, version, version_of`);

/** The clip, or the one not-found answer every method gives for a missing clip. */
export async function requireClip(db: LibraryDatabase, id: number): Promise<Clip> {
  const clip = await getClip(db, id);
  if (!clip) throw noSuchClip(id);
  return clip;
}

export async function getClip(db: LibraryDatabase, id: number): Promise<Clip | null> {
  const row = await db.get<ClipRow>(sql`SELECT ${CLIP_COLUMNS} FROM clips WHERE id = ${id}`);
  if (!row) return null;
  const [quotes, entities, tags, collectionIds, highlights, versions, supersededBy] = await Promise.all([
    db.all<DraftQuote>(sql`SELECT speaker, text FROM quotes WHERE clip_id = ${id} ORDER BY position`),
    db.all<{ kind: EntityKind; name: string }>(
      sql`SELECT e.kind, e.name FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id WHERE ce.clip_id = ${id} ORDER BY ce.position`,
    ),
    clipTagNames(db, id),
    pluckAll<number>(db, sql`SELECT collection_id FROM collection_clips WHERE clip_id = ${id} ORDER BY collection_id`),
    listHighlights(db, id),
    pluckAll<number>(db, sql`SELECT id FROM clips WHERE version_of = ${id} AND deleted_at IS NULL ORDER BY id`),
    newestVersion(db, id),
  ]);
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
    tags,
    collectionIds,
    highlights,
    raw: row.raw,
    rawSha256: row.raw_sha256,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    version: row.version,
    versionOf: row.version_of,
    versions,
    supersededBy,
  };
}

/** The latest live version down the chain of versions that follow a clip; null when it is the latest. */
async function newestVersion(db: LibraryDatabase, id: number): Promise<VersionRef | null> {
  const next = (of: number) =>
    db.get<VersionRef>(sql`SELECT id, title, date FROM clips WHERE version_of = ${of} AND deleted_at IS NULL ORDER BY id DESC LIMIT 1`);
  const seen = new Set([id]);
  let newest: VersionRef | null = null;
  for (let row = await next(id); row && !seen.has(row.id); row = await next(row.id)) {
    seen.add(row.id);
    newest = row;
  }
  return newest;
}

/** The list pane's rows, in the order asked for. */
export async function listClips(db: LibraryDatabase, opts: ListOptions): Promise<ClipPage> {
  const { from, order } = listSource(db, opts);
  const [rows, counted] = await Promise.all([
    db.all<SummaryRow>(sql`SELECT ${summaryColumns(db.dialect)} ${from} ORDER BY ${order} LIMIT ${opts.limit} OFFSET ${opts.offset}`),
    countUpTo(db, from, opts.offset + opts.limit + COUNTED_AHEAD),
  ]);
  return { items: withTags(rows), ...counted };
}

/** The clips a list view shows, as `FROM … WHERE …` and its order: shared by the rows and "select all". */
export function listSource(db: LibraryDatabase, opts: Omit<ListOptions, 'offset' | 'limit'>): { from: SqlFragment; order: SqlFragment } {
  const where = [opts.trashed ? sqlFragment`c.deleted_at IS NOT NULL` : sqlFragment`c.deleted_at IS NULL`];
  let tables = sqlFragment`clips c`;
  const sort = opts.sort ?? (opts.collectionId !== undefined ? 'collection' : DEFAULT_LIST_SORT);
  if (sort === 'collection' && opts.collectionId === undefined) {
    throw new ApiError('bad_input', 'Collection order needs a collection: give collectionId, or sort by date, source or title.');
  }
  const order = sort === 'collection' ? sqlFragment`cc.position` : sqlRaw(fieldOrderIn(db.dialect, sort));
  if (opts.collectionId !== undefined) {
    tables = sqlFragment`collection_clips cc JOIN clips c ON c.id = cc.clip_id`;
    where.push(sqlFragment`cc.collection_id = ${opts.collectionId}`);
  }
  if (opts.tag !== undefined) {
    const name = sqlRaw('t.name');
    where.push(sqlFragment`c.id IN (SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id
      WHERE ${caselessEquals(db.dialect, name, opts.tag)} OR ${caselessLike(db.dialect, name, `${escapeLike(opts.tag)}/%`)})`);
  }
  return { from: sqlFragment`FROM ${tables} WHERE ${sqlJoin(where, ' AND ')}`, order };
}

/** Marks clips trashed (a time) or restored (null); returns the ids whose state changed. */
export async function setDeleted(db: LibraryDatabase, ids: readonly number[], deletedAt: string | null): Promise<number[]> {
  const changed: number[] = [];
  for (const id of ids) {
    const { changes } = await db.run(
      deletedAt === null
        ? sql`UPDATE clips SET deleted_at = NULL WHERE id = ${id} AND deleted_at IS NOT NULL`
        : sql`UPDATE clips SET deleted_at = ${deletedAt} WHERE id = ${id} AND deleted_at IS NULL`,
    );
    if (changes) changed.push(id);
  }
  return changed;
}

export async function clipExists(db: LibraryDatabase, id: number): Promise<boolean> {
  return (await db.get(sql`SELECT 1 AS found FROM clips WHERE id = ${id}`)) !== undefined;
}

/** Live clips and clips in the Trash. */
export async function countClips(db: LibraryDatabase): Promise<{ live: number; trashed: number }> {
  const row = await db.get<{ live: number; trashed: number }>(
    sql`SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS live, count(*) FILTER (WHERE deleted_at IS NOT NULL) AS trashed FROM clips`,
  );
  return row!;
}
