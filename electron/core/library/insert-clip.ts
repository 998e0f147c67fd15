import type { LibraryDatabase } from '../db/library-database.js';
import { sql, sqlFragment, type SqlFragment } from '../db/sql.js';
import { joinParagraphs } from '../../shared/text/clip-body.js';
import type { NewClipRow } from './clips.repo.js';
import { urlKey } from './url-key.js';
import { searchDocument, type SearchableClip } from './search-document.js';
import { insertBands, replaceEntities, replaceQuotes, signatureBytes } from './clip-fields.repo.js';

/**
 * The full-text document to store with a clip's text: in PostgreSQL a column written with the
 * row; in SQLite the index's triggers keep it, so there is nothing to add.
 */
function searchColumn(db: LibraryDatabase, clip: SearchableClip): { column: SqlFragment; value: SqlFragment } {
  if (db.dialect === 'sqlite') return { column: sqlFragment``, value: sqlFragment`` };
  return { column: sqlFragment`, search_doc`, value: sqlFragment`, CAST(${searchDocument(clip)} AS tsvector)` };
}

/** Saves a new clip with its bands, quotes and entities, in either engine; returns its id. */
export async function insertClip(db: LibraryDatabase, row: NewClipRow): Promise<number> {
  const body = joinParagraphs(row.paragraphs);
  const byline = JSON.stringify(row.byline);
  const search = searchColumn(db, { title: row.title, body, source: row.source, byline, notes: '', language: row.language });
  const inserted = await db.get<{ id: number }>(
    sql`INSERT INTO clips (title, body, raw, raw_html, raw_sha256, content_hash, signature, date, dateline, source,
          byline, language, url, url_key, word_count, cruft, created_at, updated_at, version_of${search.column})
        VALUES (${row.title}, ${body}, ${row.raw}, ${row.rawHtml}, ${row.rawSha256}, ${row.contentHash}, ${signatureBytes(row.signature)},
          ${row.date}, ${row.dateline}, ${row.source}, ${byline}, ${row.language}, ${row.url}, ${urlKey(row.url)}, ${row.wordCount},
          ${JSON.stringify(row.cruft)}, ${row.now}, ${row.now}, ${row.versionOf}${search.value})
        RETURNING id`,
  );
  const id = inserted!.id;
  await insertBands(db, id, row.buckets);
  await replaceQuotes(db, id, row.quotes);
  await replaceEntities(db, id, { person: row.people, place: row.places, organization: row.organizations });
  return id;
}
