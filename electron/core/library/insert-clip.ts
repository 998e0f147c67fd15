import type { Dialect, LibraryDatabase } from '../db/library-database.js';
import { mapBetweenTurns } from '../db/overlap.js';
import { sql, sqlFragment, sqlJoin, type SqlFragment } from '../db/sql.js';
import { joinParagraphs } from '../../shared/text/clip-body.js';
import type { NewClipRow } from './clips.repo.js';
import { urlKey } from './url-key.js';
import { searchDocument, type SearchableClip } from './search-document.js';
import { insertBands, insertEntities, insertQuotes, signatureBytes } from './clip-fields.repo.js';

/**
 * The full-text document stored with a clip's text: in PostgreSQL a column written with the
 * row; in SQLite the index's triggers keep it, so there is nothing to add.
 */
const searchColumn = (db: LibraryDatabase) => (db.dialect === 'sqlite' ? sqlFragment`` : sqlFragment`, search_doc, word_pairs`);
function searchValue(db: LibraryDatabase, row: NewClipRow): SqlFragment {
  if (db.dialect === 'sqlite') return sqlFragment``;
  const { words, pairs } = row.search ?? searchDocument(searchable(row));
  return sqlFragment`, CAST(${words} AS tsvector), CAST(${pairs} AS tsvector)`;
}

const searchable = (row: NewClipRow): SearchableClip => ({
  title: row.title,
  body: joinParagraphs(row.paragraphs),
  source: row.source,
  byline: JSON.stringify(row.byline),
  notes: row.notes ?? '',
  language: row.language,
});

/**
 * New clips' rows with their full-text documents made, on the engine that stores them with the
 * row (PostgreSQL), so the transaction that writes them holds its connection only to write. The
 * documents are the costly part of a clip's save; made between turns of the event loop, they let
 * a batch written meanwhile keep its statements going, so the database works on the last batch
 * while this process makes the next.
 */
export async function prepareClipRows(dialect: Dialect, rows: readonly NewClipRow[]): Promise<NewClipRow[]> {
  if (dialect === 'sqlite') return [...rows];
  return mapBetweenTurns(rows, (row) => (row.search ? row : { ...row, search: searchDocument(searchable(row)) }));
}

/** One clip's row of values, in the order insertRows names the columns. */
function clipValues(db: LibraryDatabase, row: NewClipRow): SqlFragment {
  const body = joinParagraphs(row.paragraphs);
  const byline = JSON.stringify(row.byline);
  const notes = row.notes ?? '';
  const search = searchValue(db, row);
  return sqlFragment`(${row.title}, ${body}, ${row.raw}, ${row.rawHtml}, ${row.rawSha256}, ${row.contentHash}, ${signatureBytes(row.signature)},
    ${row.date}, ${row.dateline}, ${row.source}, ${byline}, ${row.language}, ${row.url}, ${urlKey(row.url)}, ${row.wordCount},
    ${JSON.stringify(row.cruft)}, ${notes}, ${row.now}, ${row.clippedBy}, ${row.updatedAt ?? row.now}, ${row.deletedAt ?? null}, ${row.versionOf}${search})`;
}

/**
 * The new clips' rows, in one statement; their ids in the order given. Each row is written whole,
 * its notes and search document with it: a row written and then updated costs its index entries
 * twice, and on PostgreSQL leaves a dead row behind.
 */
async function insertRows(db: LibraryDatabase, rows: readonly NewClipRow[]): Promise<number[]> {
  const inserted = await db.all<{ id: number }>(
    sql`INSERT INTO clips (title, body, raw, raw_html, raw_sha256, content_hash, signature, date, dateline, source,
          byline, language, url, url_key, word_count, cruft, notes, created_at, clipped_by, updated_at, deleted_at, version_of${searchColumn(db)})
        VALUES ${sqlJoin(
          rows.map((row) => clipValues(db, row)),
          ', ',
        )}
        RETURNING id`,
  );
  return inserted.map((r) => r.id);
}

/** Saves a new clip with its bands, quotes and entities, in either engine; returns its id. */
export async function insertClip(db: LibraryDatabase, row: NewClipRow): Promise<number> {
  return (await insertClips(db, [row]))[0]!;
}

/**
 * Saves new clips with their bands, quotes and entities; returns their ids in order. On
 * PostgreSQL each table gets one multi-row statement for the lot, so an import of a hundred clips
 * costs a handful of round trips to the server, not hundreds; it returns the rows of a VALUES
 * list in their order. SQLite, in the process, writes the clips one by one, as its RETURNING
 * promises no order.
 */
export async function insertClips(db: LibraryDatabase, rows: readonly NewClipRow[]): Promise<number[]> {
  const ids: number[] = [];
  for (let from = 0; from < rows.length; from += CLIPS_PER_STATEMENT) {
    ids.push(...(await insertClipBatch(db, rows.slice(from, from + CLIPS_PER_STATEMENT))));
  }
  return ids;
}

/**
 * A statement carries at most 65,535 parameters in PostgreSQL's protocol; a clip's row takes 21 and
 * its names, quotes and bands more, so a longer list is written a batch at a time.
 */
const CLIPS_PER_STATEMENT = 200;

async function insertClipBatch(db: LibraryDatabase, rows: readonly NewClipRow[]): Promise<number[]> {
  const ids: number[] = [];
  if (db.dialect === 'sqlite') for (const row of rows) ids.push(...(await insertRows(db, [row])));
  else ids.push(...(await insertRows(db, rows)));
  const saved = rows.map((row, k) => ({ id: ids[k]!, row }));
  await insertBands(
    db,
    saved.map(({ id, row }) => ({ id, buckets: row.buckets })),
  );
  await insertQuotes(
    db,
    saved.map(({ id, row }) => ({ id, quotes: row.quotes })),
  );
  await insertEntities(
    db,
    saved.map(({ id, row }) => ({ id, names: { person: row.people, place: row.places, organization: row.organizations } })),
  );
  return ids;
}
