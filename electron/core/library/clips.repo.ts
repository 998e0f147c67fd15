import type { Dialect, LibraryDatabase } from '../db/library-database.js';
import { caselessEquals, caselessKey, caselessLike, jsonObjectsArray } from '../db/dialect.js';
import { sql, sqlFragment, sqlJoin, sqlRaw, type SqlFragment } from '../db/sql.js';
import { ApiError, noSuchClip } from '../../shared/api/errors.js';
import type { Clip, ClipPage, VersionRef } from '../../shared/models/clip.js';
import type { Highlight } from '../../shared/models/organise.js';
import type { DraftQuote } from '../../shared/models/clip-draft.js';
import { DEFAULT_LIST_SORT, type ListSort } from '../../shared/models/list-sort.js';
import { splitBody } from '../../shared/text/clip-body.js';
import { escapeLike } from './search-filters.js';
import { summaryColumns, withTags, type SummaryRow } from './clip-summary.js';
import type { SearchDocument } from './search-document.js';
import { highlightsJson } from './highlights.repo.js';
import { fieldOrderIn } from './list-order.js';
import { COUNTED_AHEAD, counted, countUpTo, countUpToColumn, withoutTotal } from './counted.js';

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
  /** The member saving it (a team library), or who saved it first (an import); null in a personal library. */
  clippedBy: string | null;
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
  clipped_by: string | null;
  updated_at: string;
  deleted_at: string | null;
  version: number;
  version_of: number | null;
}

type EntityKind = 'person' | 'place' | 'organization';

const CLIP_COLUMNS = sqlRaw(`id, title, body, raw, raw_sha256, date, dateline, source, byline, language, url, word_count, cruft,
  notes, notes_by, created_at, clipped_by, updated_at, deleted_at, version_of`);

/** The clip, or the one not-found answer every method gives for a missing clip. */
export async function requireClip(db: LibraryDatabase, id: number): Promise<Clip> {
  const clip = await getClip(db, id);
  if (!clip) throw noSuchClip(id);
  return clip;
}

/** What a clip holds besides its row, each a JSON array (text) read with the row by getClip. */
interface ClipChildrenRow {
  quotesJson: string;
  entitiesJson: string;
  tagsJson: string;
  collectionsJson: string;
  highlightsJson: string;
  versionsJson: string;
}

function clipChildren(dialect: Dialect): SqlFragment {
  const json = (fields: Record<string, string>, order: string | SqlFragment, from: string) =>
    sqlFragment`(SELECT ${jsonObjectsArray(dialect, fields, order)} FROM ${sqlRaw(from)})`;
  return sqlFragment`${json({ speaker: 'q.speaker', text: 'q.text' }, 'q.position', 'quotes q WHERE q.clip_id = c.id')} AS "quotesJson",
    ${json({ kind: 'e.kind', name: 'e.name' }, 'ce.position', 'clip_entities ce JOIN entities e ON e.id = ce.entity_id WHERE ce.clip_id = c.id')} AS "entitiesJson",
    ${json({ name: 't.name' }, caselessKey(dialect, sqlRaw('t.name')), 'clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = c.id')} AS "tagsJson",
    ${json({ id: 'cc.collection_id' }, 'cc.collection_id', 'collection_clips cc WHERE cc.clip_id = c.id')} AS "collectionsJson",
    ${highlightsJson(dialect, 'c.id')} AS "highlightsJson",
    ${json({ id: 'v.id' }, 'v.id', 'clips v WHERE v.version_of = c.id AND v.deleted_at IS NULL')} AS "versionsJson"`;
}

/**
 * A clip with everything it holds, read in one query: a clip opened in a team library is one
 * round trip to the database, not one for each of its lists.
 */
export async function getClip(db: LibraryDatabase, id: number): Promise<Clip | null> {
  const row = await db.get<ClipRow & ClipChildrenRow>(
    sql`SELECT ${CLIP_COLUMNS}, cv.version, ${clipChildren(db.dialect)}
        FROM clips c JOIN clip_versions cv ON cv.clip_id = c.id WHERE c.id = ${id}`,
  );
  if (!row) return null;
  const ids = (json: string) => (JSON.parse(json) as { id: number }[]).map((r) => r.id);
  const entities = JSON.parse(row.entitiesJson) as { kind: EntityKind; name: string }[];
  const versions = ids(row.versionsJson);
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
    quotes: JSON.parse(row.quotesJson) as DraftQuote[],
    people: named('person'),
    places: named('place'),
    organizations: named('organization'),
    cruft: JSON.parse(row.cruft) as string[],
    notes: row.notes,
    notesBy: row.notes_by,
    tags: (JSON.parse(row.tagsJson) as { name: string }[]).map((t) => t.name),
    collectionIds: ids(row.collectionsJson),
    highlights: JSON.parse(row.highlightsJson) as Highlight[],
    raw: row.raw,
    rawSha256: row.raw_sha256,
    createdAt: row.created_at,
    clippedBy: row.clipped_by,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    version: row.version,
    versionOf: row.version_of,
    earlierVersion:
      row.version_of === null
        ? null
        : ((await db.get<VersionRef>(sql`SELECT id, title, date FROM clips WHERE id = ${row.version_of}`)) ?? null),
    versions,
    // The first newer version is the newest of those listed; most clips have none, and need no more queries.
    supersededBy: versions.length ? await newestVersion(db, id) : null,
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

/**
 * The list pane's rows, in the order asked for, and their count, in one query. A team library
 * finds the page's ids first, walking the order's index, and summarises only those rows:
 * PostgreSQL works out a row's select list (its excerpt, tags and newer version) before OFFSET
 * drops it, so summarising as it walks would do it for every row skipped too, a thousand of them
 * twenty pages down. SQLite drops the skipped rows before it works out their select list, so a
 * library file summarises the page as it walks the index, with no second sort of the page.
 */
export async function listClips(db: LibraryDatabase, opts: ListOptions): Promise<ClipPage> {
  const { from, order, sort } = listSource(db, opts);
  const upTo = opts.offset + opts.limit + COUNTED_AHEAD;
  const columns = sqlFragment`${summaryColumns(db.dialect)}, ${countUpToColumn(db.dialect, from, upTo)} AS total`;
  const window = sqlFragment`LIMIT ${opts.limit} OFFSET ${opts.offset}`;
  const byPosition = sort === 'collection';
  const page = sqlFragment`SELECT c.id, ${sqlRaw(byPosition ? 'cc.position' : '0')} AS position ${from} ORDER BY ${order} ${window}`;
  const rows = await db.all<SummaryRow & { total: number }>(
    db.dialect === 'sqlite'
      ? sql`SELECT ${columns} ${from} ORDER BY ${order} ${window}`
      : sql`SELECT ${columns} FROM (${page}) AS page JOIN clips c ON c.id = page.id ORDER BY ${byPosition ? sqlRaw('page.position') : order}`,
  );
  // An empty first page needs no count: nothing matches.
  const total = rows.length
    ? counted(db.dialect, rows[0]!.total, upTo)
    : opts.offset === 0
      ? { total: 0 }
      : await countUpTo(db, from, upTo);
  return { items: withTags(rows.map(withoutTotal)), ...total };
}

/** The clips a list view shows, as `FROM … WHERE …` and its order: shared by the rows and "select all". */
export function listSource(
  db: LibraryDatabase,
  opts: Omit<ListOptions, 'offset' | 'limit'>,
): { from: SqlFragment; order: SqlFragment; sort: ListSort } {
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
  return { from: sqlFragment`FROM ${tables} WHERE ${sqlJoin(where, ' AND ')}`, order, sort };
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

/** The outlet a saved clip names, or null when it names none or does not exist. */
export async function clipSource(db: LibraryDatabase, id: number): Promise<string | null> {
  return (await db.get<{ source: string | null }>(sql`SELECT source FROM clips WHERE id = ${id}`))?.source ?? null;
}

/** Live clips and clips in the Trash. */
export async function countClips(db: LibraryDatabase): Promise<{ live: number; trashed: number }> {
  const row = await db.get<{ live: number; trashed: number }>(
    sql`SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS live, count(*) FILTER (WHERE deleted_at IS NOT NULL) AS trashed FROM clips`,
  );
  return row!;
}
