import { createHash } from 'node:crypto';
import type { Db } from '../db/open-library.js';
import { insertClip, recordEdit } from '../library/clips-sqlite.repo.js';
import { fingerprint, type Fingerprint } from '../library/save-clip.js';
import type { ClipRecord, CollectionRecord, ComparisonRecord } from './export-format.js';
import type { ImportedDossier, ImportedTag, OpenedExport } from './read-library-export.js';
import type { LibraryImportProgress, LibraryImportSummary } from '../../shared/models/library-import.js';

export type { LibraryImportProgress, LibraryImportSummary };

export interface LibraryImportOptions {
  onProgress?: (p: LibraryImportProgress) => void;
  signal?: AbortSignal;
}

/** Clips written per transaction: a cancel or a crash keeps every batch before it. */
const BATCH = 500;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads an export into this library. Every clip is checked first, so a file found damaged
 * anywhere adds nothing; then clips are written in batches, each its own transaction, so a large
 * file can be stopped part-way (the signal) and keeps what was imported; collections, versions and
 * saved dossiers follow for the clips that came in. Progress counts the check and the writing.
 * Clips get new ids; a clip whose text is already here (same content hash) is reused, gaining
 * the export's tags, highlights and collections, rather than saved twice; tags merge by name and
 * collections by their path, so importing the same file twice changes nothing the second time.
 */
export async function importLibraryExport(db: Db, opened: OpenedExport, options: LibraryImportOptions = {}): Promise<LibraryImportSummary> {
  const { head } = opened;
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
  const { max: lastBefore } = db.prepare('SELECT ifnull(max(id), 0) AS max FROM clips').get() as { max: number };
  db.transaction(() => (summary.tags = importTags(db, head.tags))).immediate();
  const sql = clipStatements(db);
  const idOf = new Map<number, number>();
  const versionOf = new Map<number, number>();
  const forged: string[] = [];
  let batch: ClipRecord[] = [];
  const writeBatch = () => {
    db.transaction(() => {
      for (const record of batch) {
        const id = importClip(db, sql, record, lastBefore, summary, forged);
        idOf.set(record.key, id);
        if (record.versionOf !== null) versionOf.set(record.key, record.versionOf);
      }
    }).immediate();
    batch = [];
  };
  for (const record of opened.clips()) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    batch.push(record);
    if (batch.length === BATCH) writeBatch();
    await step();
  }
  if (batch.length) writeBatch();
  if (forged.length) {
    summary.refused.push(
      `${forged.length} clip${forged.length === 1 ? '' : 's'} (${forged.slice(0, 3).join(', ')}${forged.length > 3 ? '…' : ''}): the SHA-256 in the file does not match the paste, so it was computed again from the paste`,
    );
  }
  db.transaction(() => {
    linkVersions(db, idOf, versionOf);
    const collections = importCollections(db, head.collections, idOf, comparisonPairs(db, head.comparisons, idOf));
    summary.collections = collections.counts;
    summary.comparisons = collections.comparisons;
    summary.dossiers = importDossiers(db, head.dossiers, idOf);
  }).immediate();
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

/** One clip of the file: a clip already here before the import is reused, else it is added. Returns its id here. */
function importClip(
  db: Db,
  sql: ReturnType<typeof clipStatements>,
  record: ClipRecord,
  lastBefore: number,
  summary: LibraryImportSummary,
  forged: string[],
): number {
  const print = fingerprint(record.paragraphs);
  const existing = (sql.existing.get(print.contentHash, lastBefore) as { id: number } | undefined)?.id ?? null;
  const rawSha256 = sha256(record.raw || record.rawHtml || '');
  if (rawSha256 !== record.rawSha256.toLowerCase()) forged.push(record.title ? `“${record.title.slice(0, 80)}”` : `clip ${record.key}`);
  const id = existing ?? addClip(db, { ...record, rawSha256 }, print);
  summary.clips[existing === null ? 'added' : 'reused']++;
  if (existing !== null && record.notes) sql.fillNotes.run(record.notes, id);
  for (const name of record.tags) {
    sql.ensureTag.run(name);
    sql.linkTag.run(id, name);
  }
  summary.highlights += addHighlights(sql, id, record.highlights);
  return id;
}

/** Versions point at any clip in the file, earlier or later, so they are linked once all exist. */
function linkVersions(db: Db, idOf: ReadonlyMap<number, number>, versionOf: ReadonlyMap<number, number>): void {
  const setVersion = db.prepare('UPDATE clips SET version_of = ? WHERE id = ? AND version_of IS NULL');
  for (const [key, earlier] of versionOf) {
    const id = idOf.get(key)!;
    const of = idOf.get(earlier);
    if (of !== undefined && of !== id) setVersion.run(of, id);
  }
}

/** Statements run for every clip, prepared once per import. */
function clipStatements(db: Db) {
  return {
    /** A clip that was here before the import began with the same text; clips the file repeats are each kept. */
    existing: db.prepare('SELECT id FROM clips WHERE content_hash = ? AND id <= ? ORDER BY deleted_at IS NOT NULL, id LIMIT 1'),
    fillNotes: db.prepare(`UPDATE clips SET notes = ? WHERE id = ? AND notes = ''`),
    ensureTag: db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING'),
    linkTag: db.prepare('INSERT OR IGNORE INTO clip_tags (clip_id, tag_id) SELECT ?, id FROM tags WHERE name = ?'),
    hasHighlight: db.prepare('SELECT 1 FROM highlights WHERE clip_id = ? AND exact = ? AND start = ? AND end = ?'),
    addHighlight: db.prepare(
      'INSERT INTO highlights (clip_id, exact, prefix, suffix, start, end, color, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };
}

function addClip(db: Db, r: ClipRecord, print: Fingerprint): number {
  const id = insertClip(db, {
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
  });
  db.prepare('UPDATE clips SET notes = ?, updated_at = ?, deleted_at = ? WHERE id = ?').run(r.notes, r.updatedAt, r.deletedAt, id);
  for (const edit of r.edits) recordEdit(db, id, edit);
  return id;
}

/** Tags by name; a colour set here wins over the file's, which fills in only where there is none. */
function importTags(db: Db, tags: readonly ImportedTag[]): number {
  const upsert = db.prepare(
    'INSERT INTO tags (name, color) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET color = coalesce(tags.color, excluded.color)',
  );
  for (const t of tags) upsert.run(t.name, t.color);
  return tags.length;
}

/** Highlights the clip does not have yet (the same words at the same place count as had). */
function addHighlights(sql: ReturnType<typeof clipStatements>, clipId: number, highlights: ClipRecord['highlights']): number {
  let added = 0;
  for (const h of highlights) {
    if (sql.hasHighlight.get(clipId, h.exact, h.start, h.end)) continue;
    sql.addHighlight.run(clipId, h.exact, h.prefix, h.suffix, h.start, h.end, h.color, h.note, h.createdAt);
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
  db: Db,
  records: readonly ComparisonRecord[],
  clipIdOf: ReadonlyMap<number, number>,
): (key: number) => number | null {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const idOf = new Map<number, number | null>();
  const find = db.prepare('SELECT id FROM comparisons WHERE (clip_a = ? AND clip_b = ?) OR (clip_a = ? AND clip_b = ?)');
  const create = db.prepare('INSERT INTO comparisons (clip_a, clip_b, title, created_at) VALUES (?, ?, ?, ?)');
  return (key) => {
    if (idOf.has(key)) return idOf.get(key)!;
    const r = byKey.get(key)!;
    const a = clipIdOf.get(r.a);
    const b = clipIdOf.get(r.b);
    // A side not imported (the import was stopped before it) leaves the pair out.
    const id =
      a === undefined || b === undefined || a === b
        ? null
        : ((find.get(a, b, b, a) as { id: number } | undefined)?.id ?? Number(create.run(a, b, r.title, r.createdAt).lastInsertRowid));
    idOf.set(key, id);
    return id;
  };
}

/**
 * Collections by path: one with the same name under the same parent is the same collection.
 * Clips and comparisons a collection does not hold yet go after those it does, in the file's order.
 */
function importCollections(
  db: Db,
  records: readonly CollectionRecord[],
  clipIdOf: ReadonlyMap<number, number>,
  comparisonIdOf: (key: number) => number | null,
): { counts: { added: number; merged: number }; comparisons: number } {
  const idOf = new Map<number, number>();
  const counts = { added: 0, merged: 0 };
  let comparisons = 0;
  const find = db.prepare('SELECT id, description, query FROM collections WHERE parent_id IS ? AND name = ? COLLATE NOCASE');
  const create = db.prepare(
    'INSERT INTO collections (parent_id, name, position, description, query, created_at) VALUES (?, ?, (SELECT ifnull(max(position), 0) + 1 FROM collections WHERE parent_id IS ?), ?, ?, ?)',
  );
  const fillDescription = db.prepare(`UPDATE collections SET description = ? WHERE id = ? AND description = ''`);
  const addMember = db.prepare(
    'INSERT OR IGNORE INTO collection_clips (collection_id, clip_id, position) VALUES (?, ?, (SELECT ifnull(max(position), 0) + 1 FROM collection_clips WHERE collection_id = ?))',
  );
  const addComparison = db.prepare(
    'INSERT OR IGNORE INTO collection_comparisons (collection_id, comparison_id, position) VALUES (?, ?, (SELECT ifnull(max(position), 0) + 1 FROM collection_comparisons WHERE collection_id = ?))',
  );
  for (const c of records) {
    const parentId = c.parent === null ? null : (idOf.get(c.parent) ?? null);
    const existing = find.get(parentId, c.name) as { id: number; description: string; query: string | null } | undefined;
    let id: number;
    if (existing) {
      id = existing.id;
      fillDescription.run(c.description, id);
      counts.merged++;
    } else {
      id = Number(create.run(parentId, c.name, parentId, c.description, c.query, c.createdAt).lastInsertRowid);
      counts.added++;
    }
    idOf.set(c.key, id);
    for (const key of c.clips) {
      const clipId = clipIdOf.get(key);
      if (clipId !== undefined) addMember.run(id, clipId, id);
    }
    // A smart collection here holds only what its search finds, comparisons never.
    if ((existing ? existing.query : c.query) !== null) continue;
    for (const key of c.comparisons) {
      const comparisonId = comparisonIdOf(key);
      if (comparisonId !== null) comparisons += addComparison.run(id, comparisonId, id).changes;
    }
  }
  return { counts, comparisons };
}

/** Saved dossiers, unless one of the same name and settings is already here. */
function importDossiers(db: Db, records: readonly ImportedDossier[], clipIdOf: ReadonlyMap<number, number>): number {
  const existing = db.prepare('SELECT spec FROM dossiers WHERE name = ?');
  const insert = db.prepare('INSERT INTO dossiers (name, spec, created_at, updated_at) VALUES (?, ?, ?, ?)');
  let added = 0;
  for (const d of records) {
    const clipIds = d.clips === null ? null : d.clips.flatMap((key) => (clipIdOf.has(key) ? [clipIdOf.get(key)!] : []));
    const json = JSON.stringify({ spec: d.spec, collection: d.collection, clipIds });
    if ((existing.all(d.name) as { spec: string }[]).some((row) => row.spec === json)) continue;
    insert.run(d.name, json, d.createdAt, d.updatedAt);
    added++;
  }
  return added;
}
