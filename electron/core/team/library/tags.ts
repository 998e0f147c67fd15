import type { LibraryDatabase } from '../../db/library-database.js';
import { pluckAll } from '../../db/library-database.js';
import { caselessEquals, caselessKey } from '../../db/dialect.js';
import { sql, sqlRaw } from '../../db/sql.js';
import type { Tag, TaggedClips } from '../../../shared/models/organise.js';
import { normaliseTagName } from '../../../shared/organise/tag-names.js';
import { requireTagName } from '../../library/tags.repo.js';

/**
 * Tags, one code path for both engines: `tags.list`, `tags.apply` and `tags.remove` give the same
 * answers over a SQLite file and a PostgreSQL team library. A tag's name is unique with ASCII
 * case ignored on both (SQLite's NOCASE column, PostgreSQL's index on lower(name)).
 */

const NAME = sqlRaw('t.name');

export async function listTags(db: LibraryDatabase): Promise<Tag[]> {
  return db.all<Tag>(
    sql`SELECT t.id, t.name, t.color,
          (SELECT count(*) FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id WHERE ct.tag_id = t.id AND c.deleted_at IS NULL) AS count
        FROM tags t ORDER BY ${caselessKey(db.dialect, NAME)}`,
  );
}

export async function clipTagNames(db: LibraryDatabase, clipId: number): Promise<string[]> {
  return pluckAll<string>(
    db,
    sql`SELECT t.name FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = ${clipId} ORDER BY ${caselessKey(db.dialect, NAME)}`,
  );
}

async function tagId(db: LibraryDatabase, name: string): Promise<number | null> {
  const row = await db.get<{ id: number }>(sql`SELECT t.id FROM tags t WHERE ${caselessEquals(db.dialect, NAME, normaliseTagName(name))}`);
  return row?.id ?? null;
}

/**
 * The tag's id, made when there is none. Looked up first: PostgreSQL spends an id on every
 * INSERT that meets a conflict, and ids must come out as in SQLite. Two people tagging at once
 * with a new name may both reach the insert; ON CONFLICT DO NOTHING lets the second find the first's.
 */
async function ensureTag(db: LibraryDatabase, name: string): Promise<number> {
  const clean = requireTagName(name);
  const existing = await tagId(db, clean);
  if (existing !== null) return existing;
  await db.run(sql`INSERT INTO tags (name) VALUES (${clean}) ON CONFLICT DO NOTHING`);
  return (await tagId(db, clean))!;
}

/** Per tag, whether it is new and the clips that did not carry it before: what undoing the tagging takes away. */
export async function tagClips(db: LibraryDatabase, clipIds: readonly number[], names: readonly string[]): Promise<TaggedClips[]> {
  const tagged: TaggedClips[] = [];
  for (const name of names) {
    const created = (await tagId(db, name)) === null;
    const id = await ensureTag(db, name);
    const added: number[] = [];
    for (const clipId of clipIds) {
      const { changes } = await db.run(
        sql`INSERT INTO clip_tags (clip_id, tag_id) SELECT id, ${id} FROM clips WHERE id = ${clipId} ON CONFLICT DO NOTHING`,
      );
      if (changes > 0) added.push(clipId);
    }
    tagged.push({ name: requireTagName(name), created, clipIds: added });
  }
  return tagged;
}

export async function untagClips(db: LibraryDatabase, clipIds: readonly number[], names: readonly string[]): Promise<void> {
  for (const name of names) {
    const id = await tagId(db, name);
    if (id === null) continue;
    for (const clipId of clipIds) await db.run(sql`DELETE FROM clip_tags WHERE clip_id = ${clipId} AND tag_id = ${id}`);
  }
}
