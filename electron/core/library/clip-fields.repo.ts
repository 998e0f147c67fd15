import type { LibraryDatabase } from '../db/library-database.js';
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
  await db.run(sql`UPDATE clips SET search_doc = CAST(${searchDocument(clip)} AS tsvector) WHERE id = ${id}`);
}

export async function replaceQuotes(db: LibraryDatabase, clipId: number, quotes: readonly DraftQuote[]): Promise<void> {
  await db.run(sql`DELETE FROM quotes WHERE clip_id = ${clipId}`);
  for (const [position, q] of quotes.entries()) {
    await db.run(sql`INSERT INTO quotes (clip_id, position, speaker, text) VALUES (${clipId}, ${position}, ${q.speaker}, ${q.text})`);
  }
}

const findEntity = (db: LibraryDatabase, kind: EntityKind, name: string) =>
  db.get<{ id: number }>(sql`SELECT id FROM entities WHERE kind = ${kind} AND name = ${name}`);

/**
 * The entity's id, made when there is none. Looked up first, as PostgreSQL spends an id on every
 * INSERT that meets a conflict; a concurrent insert of the same name is found after DO NOTHING.
 */
async function ensureEntity(db: LibraryDatabase, kind: EntityKind, name: string): Promise<number> {
  const found = await findEntity(db, kind, name);
  if (found) return found.id;
  await db.run(sql`INSERT INTO entities (kind, name) VALUES (${kind}, ${name}) ON CONFLICT DO NOTHING`);
  return (await findEntity(db, kind, name))!.id;
}

/** The clip's names of each kind given, in place of those it had. */
export async function replaceEntities(
  db: LibraryDatabase,
  clipId: number,
  byKind: Partial<Record<EntityKind, readonly string[]>>,
): Promise<void> {
  for (const [kind, names] of Object.entries(byKind) as [EntityKind, readonly string[]][]) {
    await db.run(sql`DELETE FROM clip_entities WHERE clip_id = ${clipId} AND entity_id IN (SELECT id FROM entities WHERE kind = ${kind})`);
    for (const [position, name] of names.entries()) {
      const entityId = await ensureEntity(db, kind, name);
      await db.run(
        sql`INSERT INTO clip_entities (clip_id, entity_id, position) VALUES (${clipId}, ${entityId}, ${position}) ON CONFLICT DO NOTHING`,
      );
    }
  }
}

export const signatureBytes = (signature: Uint32Array) => Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);

export async function insertBands(db: LibraryDatabase, id: number, buckets: readonly number[]): Promise<void> {
  for (const [band, bucket] of buckets.entries()) {
    await db.run(sql`INSERT INTO clip_bands (clip_id, band, bucket) VALUES (${id}, ${band}, ${bucket}) ON CONFLICT DO NOTHING`);
  }
}

/** A new text's fingerprint in place of the old, so duplicate checks see the clip as it reads now. */
export async function replaceFingerprint(
  db: LibraryDatabase,
  id: number,
  print: { contentHash: string; signature: Uint32Array; buckets: number[] },
): Promise<void> {
  await db.run(sql`UPDATE clips SET content_hash = ${print.contentHash}, signature = ${signatureBytes(print.signature)} WHERE id = ${id}`);
  await db.run(sql`DELETE FROM clip_bands WHERE clip_id = ${id}`);
  await insertBands(db, id, print.buckets);
}
