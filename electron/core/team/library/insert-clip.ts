import type { LibraryDatabase } from '../../db/library-database.js';
import { sql, sqlFragment, type SqlFragment } from '../../db/sql.js';
import { joinParagraphs } from '../../../shared/text/clip-body.js';
import type { NewClipRow } from '../../library/clips.repo.js';
import { urlKey } from '../../library/url-key.js';
import { searchDocument, type SearchableClip } from './search-document.js';

type EntityKind = 'person' | 'place' | 'organization';

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
  const signature = Buffer.from(row.signature.buffer, row.signature.byteOffset, row.signature.byteLength);
  const inserted = await db.get<{ id: number }>(
    sql`INSERT INTO clips (title, body, raw, raw_html, raw_sha256, content_hash, signature, date, dateline, source,
          byline, language, url, url_key, word_count, cruft, created_at, updated_at, version_of${search.column})
        VALUES (${row.title}, ${body}, ${row.raw}, ${row.rawHtml}, ${row.rawSha256}, ${row.contentHash}, ${signature}, ${row.date},
          ${row.dateline}, ${row.source}, ${byline}, ${row.language}, ${row.url}, ${urlKey(row.url)}, ${row.wordCount},
          ${JSON.stringify(row.cruft)}, ${row.now}, ${row.now}, ${row.versionOf}${search.value})
        RETURNING id`,
  );
  const id = inserted!.id;
  for (const [band, bucket] of row.buckets.entries()) {
    await db.run(sql`INSERT INTO clip_bands (clip_id, band, bucket) VALUES (${id}, ${band}, ${bucket}) ON CONFLICT DO NOTHING`);
  }
  for (const [position, q] of row.quotes.entries()) {
    await db.run(sql`INSERT INTO quotes (clip_id, position, speaker, text) VALUES (${id}, ${position}, ${q.speaker}, ${q.text})`);
  }
  const byKind: [EntityKind, readonly string[]][] = [
    ['person', row.people],
    ['place', row.places],
    ['organization', row.organizations],
  ];
  for (const [kind, names] of byKind) {
    for (const [position, name] of names.entries()) {
      const entityId = await ensureEntity(db, kind, name);
      await db.run(
        sql`INSERT INTO clip_entities (clip_id, entity_id, position) VALUES (${id}, ${entityId}, ${position}) ON CONFLICT DO NOTHING`,
      );
    }
  }
  return id;
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

/** A clip's notes, with its document brought up to date in PostgreSQL (notes are searched). */
export async function setClipNotes(db: LibraryDatabase, id: number, notes: string): Promise<void> {
  if (db.dialect === 'sqlite') {
    await db.run(sql`UPDATE clips SET notes = ${notes} WHERE id = ${id}`);
    return;
  }
  const clip = await db.get<SearchableClip>(sql`SELECT title, body, source, byline, language FROM clips WHERE id = ${id}`);
  if (!clip) return;
  const doc = searchDocument({ ...clip, notes });
  await db.run(sql`UPDATE clips SET notes = ${notes}, search_doc = CAST(${doc} AS tsvector) WHERE id = ${id}`);
}
