import type { LibraryDatabase } from '../db/library-database.js';
import { insertedRows, valueList } from '../db/dialect.js';
import { sql, sqlFragment, sqlJoin, sqlRaw } from '../db/sql.js';
import { joinParagraphs } from '../../shared/text/clip-body.js';
import type { DraftQuote } from '../../shared/models/clip-draft.js';
import { searchDocument, type SearchableClip } from './search-document.js';
import { urlKey } from './url-key.js';

/** A saved clip's parts written after it is made: its fields, quotes, names, fingerprint and search document; both engines. */

type EntityKind = 'person' | 'place' | 'organization';

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
  /** Who wrote the notes: a team member, or null in a personal library. */
  notesBy?: string | null;
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
  notesBy: ['notes_by', (v) => v],
  wordCount: ['word_count', (v) => v],
};

export async function updateClipFields(db: LibraryDatabase, id: number, fields: ClipFieldUpdate, now: string): Promise<void> {
  const sets = [sqlFragment`updated_at = ${now}`];
  for (const [key, value] of Object.entries(fields) as [keyof ClipFieldUpdate, never][]) {
    if (value === undefined) continue;
    const [column, toDb] = COLUMN_OF[key];
    sets.push(sqlFragment`${sqlRaw(column)} = ${toDb(value)}`);
    // The normalised address goes with the address, so duplicate checks always see the current one.
    if (key === 'url') sets.push(sqlFragment`url_key = ${urlKey(value)}`);
  }
  await db.run(sql`UPDATE clips SET ${sqlJoin(sets, ', ')} WHERE id = ${id}`);
  await refreshSearchDocument(db, id);
}

/**
 * The clip's full-text document made again from its fields, in PostgreSQL, where it is a column
 * written with the row; in SQLite the FTS5 index's triggers keep it, so there is nothing to do.
 */
export async function refreshSearchDocument(db: LibraryDatabase, id: number): Promise<void> {
  if (db.dialect === 'sqlite') return;
  const clip = await db.get<SearchableClip>(sql`SELECT title, body, source, byline, notes, language FROM clips WHERE id = ${id}`);
  if (!clip) return;
  const { words, pairs } = searchDocument(clip);
  await db.run(sql`UPDATE clips SET search_doc = CAST(${words} AS tsvector), word_pairs = CAST(${pairs} AS tsvector) WHERE id = ${id}`);
}

export async function replaceQuotes(db: LibraryDatabase, clipId: number, quotes: readonly DraftQuote[]): Promise<void> {
  await db.run(sql`DELETE FROM quotes WHERE clip_id = ${clipId}`);
  await insertQuotes(db, [{ id: clipId, quotes }]);
}

/** New clips' quotes, in one statement: every round trip counts when a team imports thousands. */
export async function insertQuotes(db: LibraryDatabase, clips: readonly { id: number; quotes: readonly DraftQuote[] }[]): Promise<void> {
  const rows = clips.flatMap(({ id, quotes }) => quotes.map((q, position) => sqlFragment`(${id}, ${position}, ${q.speaker}, ${q.text})`));
  if (!rows.length) return;
  await db.run(sql`INSERT INTO quotes (clip_id, position, speaker, text) VALUES ${sqlJoin(rows, ', ')}`);
}

export type NamesByKind = Partial<Record<EntityKind, readonly string[]>>;

interface NamedPair {
  kind: EntityKind;
  name: string;
}

const namedPairs = (byKind: NamesByKind) =>
  (Object.entries(byKind) as [EntityKind, readonly string[]][]).flatMap(([kind, names]) =>
    names.map((name, position) => ({ kind, name, position })),
  );

const pairKey = (kind: string, name: string) => `${kind}\u0000${name}`;

/** The ids of named entities, keyed by kind and name. */
async function entityIds(db: LibraryDatabase, pairs: readonly NamedPair[]): Promise<Map<string, number>> {
  const wanted = sqlJoin(
    pairs.map((p) => sqlFragment`(${p.kind}, ${p.name})`),
    ', ',
  );
  const rows = await db.all<{ id: number; kind: string; name: string }>(
    sql`SELECT id, kind, name FROM entities WHERE (kind, name) IN (VALUES ${wanted})`,
  );
  return new Map(rows.map((r) => [pairKey(r.kind, r.name), r.id]));
}

/**
 * The entities' ids, made when there are none. Looked up first, as PostgreSQL spends an id on
 * every INSERT that meets a conflict; a concurrent insert of the same name is found after DO NOTHING.
 */
async function ensureEntities(db: LibraryDatabase, named: readonly NamedPair[]): Promise<Map<string, number>> {
  const pairs = [...new Map(named.map((p) => [pairKey(p.kind, p.name), p])).values()];
  const ids = await entityIds(db, pairs);
  const missing = pairs.filter((p) => !ids.has(pairKey(p.kind, p.name)));
  if (!missing.length) return ids;
  const rows = missing.map((p) => sqlFragment`(${p.kind}, ${p.name})`);
  await db.run(sql`INSERT INTO entities (kind, name) VALUES ${sqlJoin(rows, ', ')} ON CONFLICT DO NOTHING`);
  for (const [key, id] of await entityIds(db, missing)) ids.set(key, id);
  return ids;
}

/** The clip's names of each kind given, in place of those it had. */
export async function replaceEntities(db: LibraryDatabase, clipId: number, byKind: NamesByKind): Promise<void> {
  const kinds = Object.keys(byKind);
  if (!kinds.length) return;
  await db.run(
    sql`DELETE FROM clip_entities WHERE clip_id = ${clipId} AND entity_id IN (SELECT id FROM entities WHERE kind IN (${valueList(kinds)}))`,
  );
  await insertEntities(db, [{ id: clipId, names: byKind }]);
}

/** New clips' names: their entities found or made, and the links written, a statement each for all the clips. */
export async function insertEntities(db: LibraryDatabase, clips: readonly { id: number; names: NamesByKind }[]): Promise<void> {
  const links = clips.flatMap(({ id, names }) => namedPairs(names).map((pair) => ({ id, ...pair })));
  if (!links.length) return;
  const ids = await ensureEntities(db, links);
  const rows = links.map((l) => sqlFragment`(${l.id}, ${ids.get(pairKey(l.kind, l.name))!}, ${l.position})`);
  await db.run(sql`INSERT INTO clip_entities (clip_id, entity_id, position) VALUES ${sqlJoin(rows, ', ')} ON CONFLICT DO NOTHING`);
}

export const signatureBytes = (signature: Uint32Array) => Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);

/**
 * Clips' duplicate-check bands, in one statement for all of them. A clip's bands are new rows: its
 * own are written once, with it or after its old ones are deleted, and no two share a band.
 */
export async function insertBands(db: LibraryDatabase, clips: readonly { id: number; buckets: readonly number[] }[]): Promise<void> {
  const rows = clips.flatMap(({ id, buckets }) => buckets.map((bucket, band) => [id, band, bucket]));
  if (!rows.length) return;
  await db.run(sql`INSERT INTO clip_bands (clip_id, band, bucket) ${insertedRows(db.dialect, ['bigint', 'integer', 'bigint'], rows)}`);
}

/** A new text's fingerprint in place of the old, so duplicate checks see the clip as it reads now. */
export async function replaceFingerprint(
  db: LibraryDatabase,
  id: number,
  print: { contentHash: string; signature: Uint32Array; buckets: number[] },
): Promise<void> {
  await db.run(sql`UPDATE clips SET content_hash = ${print.contentHash}, signature = ${signatureBytes(print.signature)} WHERE id = ${id}`);
  await db.run(sql`DELETE FROM clip_bands WHERE clip_id = ${id}`);
  await insertBands(db, [{ id, buckets: print.buckets }]);
}
