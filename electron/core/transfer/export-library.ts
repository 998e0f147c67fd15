import type { Db } from '../db/open-library.js';
import { ApiError } from '../../shared/api/errors.js';
import { getClip } from '../library/clips-sqlite.repo.js';
import { collectionMembers, findCollectionByName } from '../library/collections-sqlite.repo.js';
import { listEdits } from '../library/clips-sqlite.repo.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ClipRecord,
  type CollectionRecord,
  type ComparisonRecord,
  type DossierRecord,
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
function collectionTree(db: Db, rootId: number | null): CollectionRow[] {
  const all = db
    .prepare('SELECT id, parent_id, name, description, query, created_at FROM collections ORDER BY position, id')
    .all() as CollectionRow[];
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

/** Every clip in a manual collection, trashed ones too (they come back with it on restore). */
const manualMembers = (db: Db, id: number) =>
  (db.prepare('SELECT clip_id AS id FROM collection_clips WHERE collection_id = ? ORDER BY position').all(id) as { id: number }[]).map(
    (r) => r.id,
  );

function membersOf(db: Db, c: CollectionRow): number[] {
  return c.query === null ? manualMembers(db, c.id) : [];
}

/** Every comparison a manual collection holds, in its order, trashed clips' pairs too (they come back with the clip). */
function comparisonsOf(db: Db, c: CollectionRow): ComparisonRow[] {
  if (c.query !== null) return [];
  return db
    .prepare(
      `SELECT cmp.id, cmp.clip_a AS a, cmp.clip_b AS b, cmp.title, cmp.created_at AS createdAt
       FROM collection_comparisons cc JOIN comparisons cmp ON cmp.id = cc.comparison_id
       WHERE cc.collection_id = ? ORDER BY cc.position`,
    )
    .all(c.id) as ComparisonRow[];
}

/**
 * The comparisons of the exported collections, each once, in the order they are first met going
 * down the collections: the same order an import recreates them in, so keys survive a round trip.
 */
function scopedComparisons(db: Db, collections: readonly CollectionRow[]): ComparisonRow[] {
  const byId = new Map<number, ComparisonRow>();
  for (const c of collections) for (const row of comparisonsOf(db, c)) if (!byId.has(row.id)) byId.set(row.id, row);
  return [...byId.values()];
}

/** The clips to export; a collection's comparisons bring their two clips even when the collection does not hold them. */
function scopedClipIds(db: Db, scope: ExportScope, collections: readonly CollectionRow[], comparisons: readonly ComparisonRow[]): number[] {
  if (scope.clipIds) return [...new Set(scope.clipIds)];
  if (scope.collection === undefined) return (db.prepare('SELECT id FROM clips').all() as { id: number }[]).map((r) => r.id);
  const ids = new Set<number>();
  for (const c of collections) {
    const members = c.query === null ? manualMembers(db, c.id) : collectionMembers(db, { id: c.id, query: c.query });
    for (const id of members) ids.add(id);
  }
  for (const cmp of comparisons) ids.add(cmp.a).add(cmp.b);
  return [...ids];
}

/** Clips in capture order, so keys (and an import's new ids) follow the order they were saved in. */
function inCaptureOrder(db: Db, ids: readonly number[]): number[] {
  const created = db.prepare('SELECT created_at AS createdAt FROM clips WHERE id = ?');
  const rows = ids.map((id) => ({ id, at: (created.get(id) as { createdAt: string } | undefined)?.createdAt }));
  const missing = rows.filter((r) => r.at === undefined).map((r) => r.id);
  if (missing.length) throw new ApiError('not_found', `Nothing was exported: there is no clip ${missing.join(', ')}.`);
  return rows.sort((a, b) => a.at!.localeCompare(b.at!) || a.id - b.id).map((r) => r.id);
}

function clipRecord(db: Db, id: number, key: number, keyOf: ReadonlyMap<number, number>): ClipRecord {
  const clip = getClip(db, id);
  // In the app the export is read between other calls, which could delete a clip under it.
  if (!clip) throw new ApiError('conflict', `Clip ${id} was deleted while the export was being written. Export again.`);
  const { raw_html: rawHtml } = db.prepare('SELECT raw_html FROM clips WHERE id = ?').get(id) as { raw_html: string | null };
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
    highlights: clip.highlights.map(({ exact, prefix, suffix, start, end, color, note, createdAt }) => ({
      exact,
      prefix,
      suffix,
      start,
      end,
      color,
      note,
      createdAt,
    })),
    createdAt: clip.createdAt,
    updatedAt: clip.updatedAt,
    deletedAt: clip.deletedAt,
    versionOf: clip.versionOf === null ? null : (keyOf.get(clip.versionOf) ?? null),
    edits: listEdits(db, id)
      .reverse()
      .map(({ at, user, via, changes }) => ({ at, user, via, changes })),
  };
}

/**
 * Saved dossiers that belong to the export: all of them, or those printing a collection in it.
 * A collection exported from inside another becomes a top-level one where it is imported, so
 * the dossiers' collection paths are written from it down.
 */
function dossierRecords(
  db: Db,
  scope: ExportScope,
  root: { id: number; parentId: number | null } | null,
  collectionIds: ReadonlySet<number>,
  keyOf: ReadonlyMap<number, number>,
): DossierRecord[] {
  if (scope.clipIds) return [];
  const rows = db.prepare('SELECT name, spec, created_at, updated_at FROM dossiers ORDER BY id').all() as DossierRow[];
  const records: DossierRecord[] = [];
  for (const row of rows) {
    const stored = JSON.parse(row.spec) as { spec: Record<string, unknown>; collection: string | null; clipIds: number[] | null };
    let collection = stored.collection;
    if (root !== null) {
      if (collection === null) continue;
      let id: number;
      try {
        id = findCollectionByName(db, collection).id;
      } catch {
        continue;
      }
      if (!collectionIds.has(id)) continue;
      const above = root.parentId === null ? '' : `${pathOf(db, root.parentId)}/`;
      collection = pathOf(db, id).slice(above.length);
    }
    const clips = stored.clipIds === null ? null : stored.clipIds.flatMap((id) => (keyOf.has(id) ? [keyOf.get(id)!] : []));
    records.push({ name: row.name, spec: stored.spec, collection, clips, createdAt: row.created_at, updatedAt: row.updated_at });
  }
  return records;
}

export interface PreparedExport {
  clips: number;
  /** Pieces of one JSON document, made as they are read: written in turn, they are the file. */
  chunks: Generator<string>;
}

/**
 * The export of `scope`: the small tables first, then one clip per line, read from the library a
 * clip at a time, so a library of any size is written without holding it all in memory. What to
 * export is settled now (an unknown collection fails here, before any file is opened).
 */
export function prepareLibraryExport(
  db: Db,
  scope: ExportScope,
  onProgress?: (p: ExportProgress) => void,
  now = new Date(),
): PreparedExport {
  const root = scope.collection !== undefined ? findCollectionByName(db, scope.collection) : null;
  const collections = scope.clipIds ? [] : collectionTree(db, root?.id ?? null);
  const comparisons = scopedComparisons(db, collections);
  const ids = inCaptureOrder(db, scopedClipIds(db, scope, collections, comparisons));
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
  const collectionRecords: CollectionRecord[] = collections.map((c) => ({
    key: collectionKey.get(c.id)!,
    parent: c.id === root?.id || c.parent_id === null ? null : collectionKey.get(c.parent_id)!,
    name: c.name,
    description: c.description,
    query: c.query,
    createdAt: c.created_at,
    clips: membersOf(db, c).flatMap((id) => (keyOf.has(id) ? [keyOf.get(id)!] : [])),
    comparisons: comparisonsOf(db, c).map((cmp) => comparisonKey.get(cmp.id)!),
  }));
  const tags =
    scope.collection === undefined && !scope.clipIds
      ? (db.prepare('SELECT name, color FROM tags ORDER BY name COLLATE NOCASE, name').all() as { name: string; color: string | null }[])
      : tagsOfClips(db, ids);
  const dossiers = dossierRecords(db, scope, root, new Set(collections.map((c) => c.id)), keyOf);

  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    scope: { collection: root ? pathOf(db, root.id) : null },
    clipCount: ids.length,
    tags,
    collections: collectionRecords,
    comparisons: comparisonRecords,
    dossiers,
  };
  function* chunks(): Generator<string> {
    const opening = JSON.stringify(head, null, 1);
    yield `${opening.slice(0, -2)},\n "clips": [`;
    for (let i = 0; i < ids.length; i++) {
      yield `${i ? ',' : ''}\n  ${JSON.stringify(clipRecord(db, ids[i]!, i + 1, keyOf))}`;
      onProgress?.({ done: i + 1, total: ids.length });
    }
    yield '\n ]\n}\n';
  }
  return { clips: ids.length, chunks: chunks() };
}

function tagsOfClips(db: Db, ids: readonly number[]): { name: string; color: string | null }[] {
  const used = db.prepare('SELECT t.name, t.color FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = ?');
  const byName = new Map<string, string | null>();
  for (const id of ids) for (const t of used.all(id) as { name: string; color: string | null }[]) byName.set(t.name, t.color);
  const order = (a: string, b: string) =>
    a.toLowerCase() === b.toLowerCase() ? (a < b ? -1 : 1) : a.toLowerCase() < b.toLowerCase() ? -1 : 1;
  return [...byName].sort(([a], [b]) => order(a, b)).map(([name, color]) => ({ name, color }));
}

function pathOf(db: Db, id: number): string {
  const parts: string[] = [];
  for (let at: number | null = id; at !== null;) {
    const row = db.prepare('SELECT name, parent_id FROM collections WHERE id = ?').get(at) as { name: string; parent_id: number | null };
    parts.unshift(row.name);
    at = row.parent_id;
  }
  return parts.join('/');
}
