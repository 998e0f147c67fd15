import { createHash } from 'node:crypto';
import type { Dialect, LibraryDatabase } from '../db/library-database.js';
import { mapBetweenTurns, writeOverlapped } from '../db/overlap.js';
import { caselessEquals, valueList } from '../db/dialect.js';
import { sql, sqlFragment, sqlRaw } from '../db/sql.js';
import { insertClips, prepareClipRows } from '../library/insert-clip.js';
import type { NewClipRow } from '../library/clips.repo.js';
import { recordEdit } from '../library/clip-edits.repo.js';
import { refreshSearchDocument } from '../library/clip-fields.repo.js';
import { ensureTag, tagClips } from '../library/tags.repo.js';
import { addHighlight } from '../library/highlights.repo.js';
import { fingerprint, type Fingerprint } from '../library/save-clip.js';
import type { ClipRecord, CollectionRecord, ComparisonRecord, VersionHashes } from './export-format.js';
import { linkVersions } from './link-versions.js';
import type { ImportedDossier, ImportedTag, OpenedExport } from './read-library-export.js';
import type { ImportedClipPlace, LibraryImportProgress, LibraryImportSummary } from '../../shared/models/library-import.js';

export type { LibraryImportProgress, LibraryImportSummary };

export interface LibraryImportOptions {
  onProgress?: (p: LibraryImportProgress) => void;
  signal?: AbortSignal;
  /** Told where each clip of the file went once its batch is written: its id here, and whether it was here already. */
  onClip?: (place: ImportedClipPlace) => void;
  /** The team member importing: named as the clipper of clips, and the author of highlights, that the file names no one for. */
  by?: string | null;
}

/** Clips written per transaction: a cancel or a crash keeps every batch before it. */
const BATCH = 500;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads an export into this library. Every clip is checked first, so a file found damaged
 * anywhere adds nothing; then clips are written in batches, each its own transaction, so a large
 * file can be stopped part-way (the signal) and keeps what was imported; collections, versions and
 * saved dossiers follow for the clips that came in. A version whose earlier clip the file does
 * not hold links to the one live clip here the file's hashes name, if there is exactly one.
 * Progress counts the check and the writing.
 * Clips get new ids; a clip whose text is already here (same content hash) is reused, gaining
 * the export's tags, highlights and collections, rather than saved twice; tags merge by name and
 * collections by their path, so importing the same file twice changes nothing the second time.
 * Either engine: a transaction PostgreSQL runs again after a conflict only reports what it wrote
 * once it has committed.
 */
export async function importLibraryExport(
  db: LibraryDatabase,
  opened: OpenedExport,
  options: LibraryImportOptions = {},
): Promise<LibraryImportSummary> {
  const { head } = opened;
  const by = options.by ?? null;
  const total = head.clipCount * 2;
  let done = 0;
  const step = async () => {
    options.onProgress?.({ done: ++done, total });
    // Let a cancel (Ctrl+C, Stop) and progress redraws in now and then.
    if (done % BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
  };
  for (const _ of opened.clips()) {
    if (options.signal?.aborted) return { ...emptySummary(), refused: opened.refused, cancelled: true };
    await step();
  }

  const summary: LibraryImportSummary = { ...emptySummary(), refused: [...opened.refused] };
  const lastBefore = (await db.get<{ max: number }>(sql`SELECT coalesce(max(id), 0) AS max FROM clips`))!.max;
  summary.tags = await db.transaction((tx) => importTags(tx, head.tags));
  const idOf = new Map<number, number>();
  const versionOf = new Map<number, number>();
  const versionHashes = new Map<number, VersionHashes>();
  const forged: string[] = [];
  const writeBatch = async (ready: readonly ReadyClip[]) => {
    // A batch is long and its duplicate checks read what saves meanwhile write: run again after a
    // conflict, it would be refused again, so it waits for its turn instead. A save refused by
    // it runs again in turn too, after it.
    const imported = await db.transaction((tx) => importClips(tx, ready, lastBefore, by), { inTurn: true });
    imported.forEach((result, i) => {
      const { record } = ready[i]!;
      idOf.set(record.key, result.id);
      if (record.versionOf !== null) versionOf.set(record.key, record.versionOf);
      else if (record.versionOfHashes) versionHashes.set(record.key, record.versionOfHashes);
      summary.clips[result.reused ? 'reused' : 'added']++;
      options.onClip?.({ key: record.key, id: result.id, reused: result.reused });
      summary.highlights += result.highlights;
      if (result.forged) forged.push(record.title ? `“${record.title.slice(0, 80)}”` : `clip ${record.key}`);
    });
  };
  async function* batches(): AsyncGenerator<ClipRecord[]> {
    let batch: ClipRecord[] = [];
    for (const record of opened.clips()) {
      if (options.signal?.aborted) {
        summary.cancelled = true;
        break;
      }
      batch.push(record);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
      await step();
    }
    if (batch.length) yield batch;
  }
  await writeOverlapped(batches(), (batch) => readyClips(db.dialect, batch, by), writeBatch);
  if (forged.length) {
    summary.refused.push(
      `${forged.length} clip${forged.length === 1 ? '' : 's'} (${forged.slice(0, 3).join(', ')}${forged.length > 3 ? '…' : ''}): the SHA-256 in the file does not match the paste, so it was computed again from the paste`,
    );
  }
  const linked = await db.transaction(async (tx) => {
    await linkVersions(tx, idOf, versionOf, versionHashes);
    const collections = await importCollections(tx, head.collections, idOf, comparisonPairs(tx, head.comparisons, idOf));
    return { ...collections, dossiers: await importDossiers(tx, head.dossiers, idOf) };
  });
  summary.collections = linked.counts;
  summary.comparisons = linked.comparisons;
  summary.dossiers = linked.dossiers;
  return summary;
}

function emptySummary(): LibraryImportSummary {
  return {
    clips: { added: 0, reused: 0 },
    collections: { added: 0, merged: 0 },
    tags: 0,
    highlights: 0,
    comparisons: 0,
    dossiers: 0,
    refused: [],
    cancelled: false,
  };
}

interface ImportedClip {
  /** Its id here. */
  id: number;
  reused: boolean;
  highlights: number;
  /** The file's SHA-256 of the paste was wrong and was computed again. */
  forged: boolean;
}

/**
 * The clips that were here before the import began with these texts, by content hash: a live one
 * before one in the Trash, then the oldest. Clips the file repeats are each kept.
 */
async function existingClips(db: LibraryDatabase, contentHashes: readonly string[], lastBefore: number): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  if (!contentHashes.length) return found;
  const rows = await db.all<{ id: number; content_hash: string }>(
    sql`SELECT id, content_hash FROM clips WHERE id <= ${lastBefore} AND content_hash IN (${valueList([...new Set(contentHashes)])})
        ORDER BY deleted_at IS NOT NULL, id`,
  );
  for (const row of rows) if (!found.has(row.content_hash)) found.set(row.content_hash, row.id);
  return found;
}

/** A clip of the file made ready to be written: its fingerprint and full-text document made before the transaction. */
interface ReadyClip {
  record: ClipRecord;
  row: NewClipRow;
  rawSha256: string;
}

async function readyClips(dialect: Dialect, records: readonly ClipRecord[], by: string | null): Promise<ReadyClip[]> {
  const clips = await mapBetweenTurns(records, (record) => {
    const rawSha256 = sha256(record.raw || record.rawHtml || '');
    return { record, rawSha256, row: newClipRow({ ...record, rawSha256 }, fingerprint(record.paragraphs), by) };
  });
  const rows = await prepareClipRows(
    dialect,
    clips.map((c) => c.row),
  );
  return clips.map((c, i) => ({ ...c, row: rows[i]! }));
}

/**
 * A batch of the file's clips: a clip already here before the import began is reused, the others
 * are added together, each row written once with its notes, dates and search document.
 */
async function importClips(
  db: LibraryDatabase,
  clips: readonly ReadyClip[],
  lastBefore: number,
  by: string | null,
): Promise<ImportedClip[]> {
  const existing = await existingClips(
    db,
    clips.map((c) => c.row.contentHash),
    lastBefore,
  );
  const fresh = clips.filter((c) => !existing.has(c.row.contentHash));
  const freshIds = await insertClips(
    db,
    fresh.map((c) => c.row),
  );
  const idOf = new Map(fresh.map((c, k) => [c, freshIds[k]!]));
  const results: ImportedClip[] = [];
  for (const c of clips) {
    const { record } = c;
    const reused = existing.get(c.row.contentHash);
    const id = reused ?? idOf.get(c)!;
    if (reused === undefined) for (const edit of record.edits) await recordEdit(db, id, edit);
    else if (record.notes) await fillNotes(db, id, record.notes);
    if (record.tags.length) await tagClips(db, [id], record.tags);
    const highlights = await addHighlights(db, id, record.highlights, by);
    results.push({ id, reused: reused !== undefined, highlights, forged: c.rawSha256 !== record.rawSha256.toLowerCase() });
  }
  return results;
}

/** Notes for a clip that has none; its updated time stays, as nothing the person wrote changed. */
async function fillNotes(db: LibraryDatabase, id: number, notes: string): Promise<void> {
  const { changes } = await db.run(sql`UPDATE clips SET notes = ${notes} WHERE id = ${id} AND notes = ''`);
  if (changes) await refreshSearchDocument(db, id);
}

/** A clip of the file as the row it becomes, with its own dates, notes and deletion. */
function newClipRow(r: ClipRecord, print: Fingerprint, by: string | null): NewClipRow {
  return {
    ...print,
    title: r.title,
    paragraphs: r.paragraphs,
    raw: r.raw,
    rawHtml: r.rawHtml,
    rawSha256: r.rawSha256,
    date: r.date,
    dateline: r.dateline,
    source: r.source,
    byline: r.byline,
    language: r.language,
    url: r.url,
    wordCount: r.wordCount,
    cruft: r.cruft,
    quotes: r.quotes,
    people: r.people,
    places: r.places,
    organizations: r.organizations,
    versionOf: null,
    now: r.createdAt,
    clippedBy: r.clippedBy ?? by,
    notes: r.notes,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
  };
}

/** Tags by name; a colour set here wins over the file's, which fills in only where there is none. */
async function importTags(db: LibraryDatabase, tags: readonly ImportedTag[]): Promise<number> {
  for (const t of tags) {
    const id = await ensureTag(db, t.name);
    if (t.color !== null) await db.run(sql`UPDATE tags SET color = ${t.color} WHERE id = ${id} AND color IS NULL`);
  }
  return tags.length;
}

/** Highlights the clip does not have yet (the same words at the same place count as had). */
async function addHighlights(
  db: LibraryDatabase,
  clipId: number,
  highlights: ClipRecord['highlights'],
  by: string | null,
): Promise<number> {
  let added = 0;
  for (const h of highlights) {
    const had = await db.get(
      sql`SELECT 1 AS had FROM highlights WHERE clip_id = ${clipId} AND exact = ${h.exact} AND start = ${h.start} AND "end" = ${h.end}`,
    );
    if (had) continue;
    const { createdAt, author, ...fields } = h;
    await addHighlight(db, { clipId, ...fields }, createdAt, author ?? by);
    added++;
  }
  return added;
}

/**
 * The library's comparison for a key of the file, made when a collection first takes it, so no
 * pair is left that no collection holds. A pair already here (the same two clips, either way
 * round) is reused with its own title; null when both sides became one clip here.
 */
function comparisonPairs(
  db: LibraryDatabase,
  records: readonly ComparisonRecord[],
  clipIdOf: ReadonlyMap<number, number>,
): (key: number) => Promise<number | null> {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const idOf = new Map<number, number | null>();
  const pairId = async (a: number, b: number, r: ComparisonRecord) => {
    const found = await db.get<{ id: number }>(
      sql`SELECT id FROM comparisons WHERE (clip_a = ${a} AND clip_b = ${b}) OR (clip_a = ${b} AND clip_b = ${a})`,
    );
    if (found) return found.id;
    const made = await db.get<{ id: number }>(
      sql`INSERT INTO comparisons (clip_a, clip_b, title, created_at) VALUES (${a}, ${b}, ${r.title}, ${r.createdAt}) RETURNING id`,
    );
    return made!.id;
  };
  return async (key) => {
    if (idOf.has(key)) return idOf.get(key)!;
    const r = byKey.get(key)!;
    const a = clipIdOf.get(r.a);
    const b = clipIdOf.get(r.b);
    // A side not imported (the import was stopped before it) leaves the pair out.
    const id = a === undefined || b === undefined || a === b ? null : await pairId(a, b, r);
    idOf.set(key, id);
    return id;
  };
}

const underParent = (parentId: number | null) =>
  parentId === null ? sqlFragment`parent_id IS NULL` : sqlFragment`parent_id = ${parentId}`;

/** The collection called `name` (ASCII case ignored) under `parentId`, as the sidebar shows names unique among siblings. */
function siblingCollection(db: LibraryDatabase, parentId: number | null, name: string) {
  return db.get<{ id: number; description: string; query: string | null }>(
    sql`SELECT id, description, query FROM collections WHERE ${underParent(parentId)} AND ${caselessEquals(db.dialect, sqlRaw('name'), name)}`,
  );
}

async function createCollection(db: LibraryDatabase, parentId: number | null, c: CollectionRecord): Promise<number> {
  const row = await db.get<{ id: number }>(
    sql`INSERT INTO collections (parent_id, name, position, description, query, created_at)
        VALUES (${parentId}, ${c.name}, (SELECT coalesce(max(position), 0) + 1 FROM collections WHERE ${underParent(parentId)}),
          ${c.description}, ${c.query}, ${c.createdAt})
        RETURNING id`,
  );
  return row!.id;
}

/** Appends a clip to a collection that does not hold it yet. */
const addMember = (db: LibraryDatabase, collectionId: number, clipId: number) =>
  db.run(
    sql`INSERT INTO collection_clips (collection_id, clip_id, position)
        VALUES (${collectionId}, ${clipId}, (SELECT coalesce(max(position), 0) + 1 FROM collection_clips WHERE collection_id = ${collectionId}))
        ON CONFLICT DO NOTHING`,
  );

/** Appends a comparison to a collection that does not hold it yet; whether it was added. */
const addComparison = async (db: LibraryDatabase, collectionId: number, comparisonId: number) =>
  (
    await db.run(
      sql`INSERT INTO collection_comparisons (collection_id, comparison_id, position)
          VALUES (${collectionId}, ${comparisonId},
            (SELECT coalesce(max(position), 0) + 1 FROM collection_comparisons WHERE collection_id = ${collectionId}))
          ON CONFLICT DO NOTHING`,
    )
  ).changes;

/**
 * Collections by path: one with the same name under the same parent is the same collection.
 * Clips and comparisons a collection does not hold yet go after those it does, in the file's order.
 */
async function importCollections(
  db: LibraryDatabase,
  records: readonly CollectionRecord[],
  clipIdOf: ReadonlyMap<number, number>,
  comparisonIdOf: (key: number) => Promise<number | null>,
): Promise<{ counts: { added: number; merged: number }; comparisons: number }> {
  const idOf = new Map<number, number>();
  const counts = { added: 0, merged: 0 };
  let comparisons = 0;
  for (const c of records) {
    const parentId = c.parent === null ? null : (idOf.get(c.parent) ?? null);
    const existing = await siblingCollection(db, parentId, c.name);
    let id: number;
    if (existing) {
      id = existing.id;
      await db.run(sql`UPDATE collections SET description = ${c.description} WHERE id = ${id} AND description = ''`);
      counts.merged++;
    } else {
      id = await createCollection(db, parentId, c);
      counts.added++;
    }
    idOf.set(c.key, id);
    for (const key of c.clips) {
      const clipId = clipIdOf.get(key);
      if (clipId !== undefined) await addMember(db, id, clipId);
    }
    // A smart collection here holds only what its search finds, comparisons never.
    if ((existing ? existing.query : c.query) !== null) continue;
    for (const key of c.comparisons) {
      const comparisonId = await comparisonIdOf(key);
      if (comparisonId !== null) comparisons += await addComparison(db, id, comparisonId);
    }
  }
  return { counts, comparisons };
}

/** Saved dossiers, unless one of the same name and settings is already here. */
async function importDossiers(
  db: LibraryDatabase,
  records: readonly ImportedDossier[],
  clipIdOf: ReadonlyMap<number, number>,
): Promise<number> {
  let added = 0;
  for (const d of records) {
    const clipIds = d.clips === null ? null : d.clips.flatMap((key) => (clipIdOf.has(key) ? [clipIdOf.get(key)!] : []));
    const json = JSON.stringify({ spec: d.spec, collection: d.collection, clipIds });
    const same = await db.get(sql`SELECT 1 AS same FROM dossiers WHERE name = ${d.name} AND spec = ${json}`);
    if (same) continue;
    await db.run(
      sql`INSERT INTO dossiers (name, spec, created_at, updated_at) VALUES (${d.name}, ${json}, ${d.createdAt}, ${d.updatedAt})`,
    );
    added++;
  }
  return added;
}
