import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { caselessKey } from '../db/dialect.js';
import { sql, sqlRaw } from '../db/sql.js';
import { ApiError } from '../../shared/api/errors.js';
import { getClip } from '../library/clips.repo.js';
import { listEdits } from '../library/clip-edits.repo.js';
import { findCollectionByName } from '../library/collections.repo.js';
import { collectionMembers } from '../library/collection-members.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ClipRecord,
  type CollectionRecord,
  type ComparisonRecord,
  type DossierRecord,
  type VersionHashes,
} from './export-format.js';

/** What to export: the whole library, one collection with its sub-collections, or some clips. */
export interface ExportScope {
  collection?: string | undefined;
  clipIds?: readonly number[] | undefined;
}

export interface ExportProgress {
  done: number;
  total: number;
}

interface CollectionRow {
  id: number;
  parent_id: number | null;
  name: string;
  description: string;
  query: string | null;
  created_at: string;
}

interface ComparisonRow {
  id: number;
  a: number;
  b: number;
  title: string;
  createdAt: string;
}

interface DossierRow {
  name: string;
  spec: string;
  created_at: string;
  updated_at: string;
}

/** Collections in sidebar order, each parent before its children, from the given roots down. */
async function collectionTree(db: LibraryDatabase, rootId: number | null): Promise<CollectionRow[]> {
  const all = await db.all<CollectionRow>(
    sql`SELECT id, parent_id, name, description, query, created_at FROM collections ORDER BY position, id`,
  );
  const children = new Map<number | null, CollectionRow[]>();
  for (const c of all) children.set(c.parent_id, [...(children.get(c.parent_id) ?? []), c]);
  const out: CollectionRow[] = [];
  const walk = (c: CollectionRow) => {
    out.push(c);
    for (const child of children.get(c.id) ?? []) walk(child);
  };
  const roots = rootId === null ? (children.get(null) ?? []) : all.filter((c) => c.id === rootId);
  roots.forEach(walk);
  return out;
}

/** Every clip in a manual collection, trashed ones too (they come back with it on restore); none for a smart one. */
const manualMembers = (db: LibraryDatabase, c: CollectionRow) =>
  c.query !== null
    ? Promise.resolve([])
    : pluckAll<number>(db, sql`SELECT clip_id FROM collection_clips WHERE collection_id = ${c.id} ORDER BY position`);

/** Every comparison a manual collection holds, in its order, trashed clips' pairs too (they come back with the clip). */
async function comparisonsOf(db: LibraryDatabase, c: CollectionRow): Promise<ComparisonRow[]> {
  if (c.query !== null) return [];
  return db.all<ComparisonRow>(
    sql`SELECT cmp.id, cmp.clip_a AS a, cmp.clip_b AS b, cmp.title, cmp.created_at AS "createdAt"
        FROM collection_comparisons cc JOIN comparisons cmp ON cmp.id = cc.comparison_id
        WHERE cc.collection_id = ${c.id} ORDER BY cc.position`,
  );
}

/**
 * The comparisons of the exported collections, each once, in the order they are first met going
 * down the collections: the same order an import recreates them in, so keys survive a round trip.
 */
async function scopedComparisons(db: LibraryDatabase, collections: readonly CollectionRow[]): Promise<ComparisonRow[]> {
  const byId = new Map<number, ComparisonRow>();
  for (const c of collections) for (const row of await comparisonsOf(db, c)) if (!byId.has(row.id)) byId.set(row.id, row);
  return [...byId.values()];
}

/** The clips to export; a collection's comparisons bring their two clips even when the collection does not hold them. */
async function scopedClipIds(
  db: LibraryDatabase,
  scope: ExportScope,
  collections: readonly CollectionRow[],
  comparisons: readonly ComparisonRow[],
): Promise<number[]> {
  if (scope.clipIds) return [...new Set(scope.clipIds)];
  if (scope.collection === undefined) return pluckAll<number>(db, sql`SELECT id FROM clips`);
  const ids = new Set<number>();
  for (const c of collections) {
    const members = c.query === null ? await manualMembers(db, c) : await collectionMembers(db, { id: c.id, query: c.query });
    for (const id of members) ids.add(id);
  }
  for (const cmp of comparisons) ids.add(cmp.a).add(cmp.b);
  return [...ids];
}

/** Clips in capture order, so keys (and an import's new ids) follow the order they were saved in. */
async function inCaptureOrder(db: LibraryDatabase, ids: readonly number[]): Promise<number[]> {
  const rows: { id: number; at: string | undefined }[] = [];
  for (const id of ids) {
    const row = await db.get<{ createdAt: string }>(sql`SELECT created_at AS "createdAt" FROM clips WHERE id = ${id}`);
    rows.push({ id, at: row?.createdAt });
  }
  const missing = rows.filter((r) => r.at === undefined).map((r) => r.id);
  if (missing.length) throw new ApiError('not_found', `Nothing was exported: there is no clip ${missing.join(', ')}.`);
  return rows.sort((a, b) => a.at!.localeCompare(b.at!) || a.id - b.id).map((r) => r.id);
}

/** How an import finds a clip that is not in the file: the hashes of its text and its paste. */
async function versionHashes(db: LibraryDatabase, id: number): Promise<VersionHashes | undefined> {
  return db.get<VersionHashes>(sql`SELECT content_hash AS "contentHash", raw_sha256 AS "rawSha256" FROM clips WHERE id = ${id}`);
}

async function clipRecord(db: LibraryDatabase, id: number, key: number, keyOf: ReadonlyMap<number, number>): Promise<ClipRecord> {
  const clip = await getClip(db, id);
  // Read from a snapshot the clip cannot vanish; without one another call could delete it meanwhile.
  if (!clip) throw new ApiError('conflict', `Clip ${id} was deleted while the export was being written. Export again.`);
  const { raw_html: rawHtml } = (await db.get<{ raw_html: string | null }>(sql`SELECT raw_html FROM clips WHERE id = ${id}`))!;
  const edits = await listEdits(db, id);
  const versionOf = clip.versionOf === null ? null : (keyOf.get(clip.versionOf) ?? null);
  const outside = clip.versionOf !== null && versionOf === null ? await versionHashes(db, clip.versionOf) : undefined;
  return {
    key,
    title: clip.title,
    paragraphs: clip.paragraphs,
    raw: clip.raw,
    rawHtml,
    rawSha256: clip.rawSha256,
    date: clip.date,
    dateline: clip.dateline,
    source: clip.source,
    byline: clip.byline,
    language: clip.language,
    url: clip.url,
    wordCount: clip.wordCount,
    cruft: clip.cruft,
    notes: clip.notes,
    quotes: clip.quotes.map((q) => ({ speaker: q.speaker, text: q.text })),
    people: clip.people,
    places: clip.places,
    organizations: clip.organizations,
    tags: clip.tags,
    highlights: clip.highlights.map(({ exact, prefix, suffix, start, end, color, note, createdAt, author }) => ({
      exact,
      prefix,
      suffix,
      start,
      end,
      color,
      note,
      createdAt,
      author,
    })),
    createdAt: clip.createdAt,
    clippedBy: clip.clippedBy,
    updatedAt: clip.updatedAt,
    deletedAt: clip.deletedAt,
    versionOf,
    ...(outside && { versionOfHashes: outside }),
    edits: edits.reverse().map(({ at, user, via, changes }) => ({ at, user, via, changes })),
  };
}

/**
 * Saved dossiers that belong to the export: all of them, or those printing a collection in it.
 * A collection exported from inside another becomes a top-level one where it is imported, so
 * the dossiers' collection paths are written from it down.
 */
async function dossierRecords(
  db: LibraryDatabase,
  scope: ExportScope,
  root: { id: number; parentId: number | null } | null,
  collectionIds: ReadonlySet<number>,
  keyOf: ReadonlyMap<number, number>,
): Promise<DossierRecord[]> {
  if (scope.clipIds) return [];
  const rows = await db.all<DossierRow>(sql`SELECT name, spec, created_at, updated_at FROM dossiers ORDER BY id`);
  const records: DossierRecord[] = [];
  for (const row of rows) {
    const stored = JSON.parse(row.spec) as { spec: Record<string, unknown>; collection: string | null; clipIds: number[] | null };
    let collection = stored.collection;
    if (root !== null) {
      if (collection === null) continue;
      const id = await findCollectionByName(db, collection).then(
        (found) => found.id,
        () => null,
      );
      if (id === null || !collectionIds.has(id)) continue;
      const above = root.parentId === null ? '' : `${await pathOf(db, root.parentId)}/`;
      collection = (await pathOf(db, id)).slice(above.length);
    }
    const clips = stored.clipIds === null ? null : stored.clipIds.flatMap((id) => (keyOf.has(id) ? [keyOf.get(id)!] : []));
    records.push({ name: row.name, spec: stored.spec, collection, clips, createdAt: row.created_at, updatedAt: row.updated_at });
  }
  return records;
}

export interface PreparedExport {
  clips: number;
  /** The library's ids of the exported clips, in the file's order: the clip keyed n is `ids[n - 1]`. */
  ids: number[];
  /** Pieces of one JSON document, made as they are read: written in turn, they are the file. */
  chunks: AsyncGenerator<string>;
}

/**
 * The export of `scope`: the small tables first, then one clip per line, read from the library a
 * clip at a time, so a library of any size is written without holding it all in memory. What to
 * export is settled now (an unknown collection fails here, before any file is opened). `db` is
 * best a snapshot (LibraryDatabase.readSnapshot) kept open until the chunks are written, so the
 * file is the library at one moment.
 */
export async function prepareLibraryExport(
  db: LibraryDatabase,
  scope: ExportScope,
  onProgress?: (p: ExportProgress) => void,
  now = new Date(),
): Promise<PreparedExport> {
  const root = scope.collection !== undefined ? await findCollectionByName(db, scope.collection) : null;
  const collections = scope.clipIds ? [] : await collectionTree(db, root?.id ?? null);
  const comparisons = await scopedComparisons(db, collections);
  const ids = await inCaptureOrder(db, await scopedClipIds(db, scope, collections, comparisons));
  const keyOf = new Map(ids.map((id, i) => [id, i + 1]));
  const comparisonKey = new Map(comparisons.map((c, i) => [c.id, i + 1]));
  const comparisonRecords: ComparisonRecord[] = comparisons.map((c) => ({
    key: comparisonKey.get(c.id)!,
    a: keyOf.get(c.a)!,
    b: keyOf.get(c.b)!,
    title: c.title,
    createdAt: c.createdAt,
  }));

  const collectionKey = new Map(collections.map((c, i) => [c.id, i + 1]));
  const collectionRecords: CollectionRecord[] = [];
  for (const c of collections) {
    collectionRecords.push({
      key: collectionKey.get(c.id)!,
      parent: c.id === root?.id || c.parent_id === null ? null : collectionKey.get(c.parent_id)!,
      name: c.name,
      description: c.description,
      query: c.query,
      createdAt: c.created_at,
      clips: (await manualMembers(db, c)).flatMap((id) => (keyOf.has(id) ? [keyOf.get(id)!] : [])),
      comparisons: (await comparisonsOf(db, c)).map((cmp) => comparisonKey.get(cmp.id)!),
    });
  }
  const tags = scope.collection === undefined && !scope.clipIds ? await allTags(db) : await tagsOfClips(db, ids);
  const dossiers = await dossierRecords(db, scope, root, new Set(collections.map((c) => c.id)), keyOf);

  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    scope: { collection: root ? await pathOf(db, root.id) : null },
    clipCount: ids.length,
    tags,
    collections: collectionRecords,
    comparisons: comparisonRecords,
    dossiers,
  };
  async function* chunks(): AsyncGenerator<string> {
    const opening = JSON.stringify(head, null, 1);
    yield `${opening.slice(0, -2)},\n "clips": [`;
    for (let i = 0; i < ids.length; i++) {
      yield `${i ? ',' : ''}\n  ${JSON.stringify(await clipRecord(db, ids[i]!, i + 1, keyOf))}`;
      onProgress?.({ done: i + 1, total: ids.length });
    }
    yield '\n ]\n}\n';
  }
  return { clips: ids.length, ids, chunks: chunks() };
}

type TagRecord = { name: string; color: string | null };

/** Every tag, in the sidebar's order: ASCII case ignored, then exact. */
const allTags = (db: LibraryDatabase) =>
  db.all<TagRecord>(sql`SELECT name, color FROM tags ORDER BY ${caselessKey(db.dialect, sqlRaw('name'))}, name`);

async function tagsOfClips(db: LibraryDatabase, ids: readonly number[]): Promise<TagRecord[]> {
  const byName = new Map<string, string | null>();
  for (const id of ids) {
    const used = await db.all<TagRecord>(
      sql`SELECT t.name, t.color FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = ${id}`,
    );
    for (const t of used) byName.set(t.name, t.color);
  }
  const order = (a: string, b: string) =>
    a.toLowerCase() === b.toLowerCase() ? (a < b ? -1 : 1) : a.toLowerCase() < b.toLowerCase() ? -1 : 1;
  return [...byName].sort(([a], [b]) => order(a, b)).map(([name, color]) => ({ name, color }));
}

async function pathOf(db: LibraryDatabase, id: number): Promise<string> {
  const parts: string[] = [];
  for (let at: number | null = id; at !== null;) {
    const row: { name: string; parent_id: number | null } = (await db.get<{ name: string; parent_id: number | null }>(
      sql`SELECT name, parent_id FROM collections WHERE id = ${at}`,
    ))!;
    parts.unshift(row.name);
    at = row.parent_id;
  }
  return parts.join('/');
}
