import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { caselessEquals, caselessKey, caselessLike } from '../db/dialect.js';
import { sql, sqlRaw } from '../db/sql.js';
import type { DeletedTag, MovedTag, Tag, TaggedClips } from '../../shared/models/organise.js';
import { isWithinTag, normaliseTagName } from '../../shared/organise/tag-names.js';
import { ApiError } from '../../shared/api/errors.js';
import { escapeLike } from './search-filters.js';

/**
 * Tags, one code path for both engines. A tag's name is unique with ASCII case ignored on both
 * (SQLite's NOCASE column, PostgreSQL's index on lower(name)), so every lookup by name is caseless.
 */

const NAME = sqlRaw('t.name');
const named = (db: LibraryDatabase, name: string) => caselessEquals(db.dialect, NAME, name);

type TagRow = { id: number; name: string; color: string | null };

export async function listTags(db: LibraryDatabase): Promise<Tag[]> {
  return db.all<Tag>(
    sql`SELECT t.id, t.name, t.color,
          (SELECT count(*) FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id WHERE ct.tag_id = t.id AND c.deleted_at IS NULL) AS count
        FROM tags t ORDER BY ${caselessKey(db.dialect, NAME)}`,
  );
}

export function requireTagName(name: string): string {
  const clean = normaliseTagName(name);
  if (!clean) throw new ApiError('bad_input', 'A tag needs a name, e.g. region/europe or follow-up.');
  return clean;
}

async function tagId(db: LibraryDatabase, name: string): Promise<number | null> {
  const row = await db.get<{ id: number }>(sql`SELECT t.id FROM tags t WHERE ${named(db, normaliseTagName(name))}`);
  return row?.id ?? null;
}

/**
 * The tag's id, made when there is none. Looked up first: PostgreSQL spends an id on every
 * INSERT that meets a conflict, and ids must come out as in SQLite. Two people tagging at once
 * with a new name may both reach the insert; ON CONFLICT DO NOTHING lets the second find the first's.
 */
export async function ensureTag(db: LibraryDatabase, name: string): Promise<number> {
  const clean = requireTagName(name);
  const existing = await tagId(db, clean);
  if (existing !== null) return existing;
  await db.run(sql`INSERT INTO tags (name) VALUES (${clean}) ON CONFLICT DO NOTHING`);
  return (await tagId(db, clean))!;
}

/** Links a clip to a tag unless it has it; whether it was added. A missing clip is skipped. */
async function linkClip(db: LibraryDatabase, clipId: number, tagIdValue: number): Promise<boolean> {
  const { changes } = await db.run(
    sql`INSERT INTO clip_tags (clip_id, tag_id) SELECT id, ${tagIdValue} FROM clips WHERE id = ${clipId} ON CONFLICT DO NOTHING`,
  );
  return changes > 0;
}

/** Gives a clip the tags another carries: a new version of a story is filed where the earlier one was. */
export async function copyTags(db: LibraryDatabase, fromClipId: number, toClipId: number): Promise<void> {
  await db.run(
    sql`INSERT INTO clip_tags (clip_id, tag_id) SELECT ${toClipId}, tag_id FROM clip_tags WHERE clip_id = ${fromClipId} ON CONFLICT DO NOTHING`,
  );
}

/** Per tag, whether it is new and the clips that did not carry it before: what undoing the tagging takes away. */
export async function tagClips(db: LibraryDatabase, clipIds: readonly number[], names: readonly string[]): Promise<TaggedClips[]> {
  const tagged: TaggedClips[] = [];
  for (const name of names) {
    const created = (await tagId(db, name)) === null;
    const id = await ensureTag(db, name);
    const added: number[] = [];
    for (const clipId of clipIds) if (await linkClip(db, clipId, id)) added.push(clipId);
    tagged.push({ name: requireTagName(name), created, clipIds: added });
  }
  return tagged;
}

/** Takes the tags off the clips; returns the clips that lost one. */
export async function untagClips(db: LibraryDatabase, clipIds: readonly number[], names: readonly string[]): Promise<number[]> {
  const untagged = new Set<number>();
  for (const name of names) {
    const id = await tagId(db, name);
    if (id === null) continue;
    for (const clipId of clipIds) {
      const { changes } = await db.run(sql`DELETE FROM clip_tags WHERE clip_id = ${clipId} AND tag_id = ${id}`);
      if (changes) untagged.add(clipId);
    }
  }
  return [...untagged];
}

/** The tag and every tag below it, in the order they were made. */
function subtree(db: LibraryDatabase, name: string): Promise<TagRow[]> {
  return db.all<TagRow>(
    sql`SELECT t.id, t.name, t.color FROM tags t
        WHERE ${named(db, name)} OR ${caselessLike(db.dialect, NAME, `${escapeLike(name)}/%`)} ORDER BY t.id`,
  );
}

const clipsOf = (db: LibraryDatabase, id: number) =>
  pluckAll<number>(db, sql`SELECT clip_id FROM clip_tags WHERE tag_id = ${id} ORDER BY clip_id`);

/** One tag of a renamed subtree under its new name, merged into a tag already called so. */
async function moveTag(db: LibraryDatabase, tag: TagRow, newName: string): Promise<MovedTag> {
  const clipIds = await clipsOf(db, tag.id);
  const existing = await db.get<{ id: number; color: string | null }>(
    sql`SELECT t.id, t.color FROM tags t WHERE ${named(db, newName)} AND t.id <> ${tag.id}`,
  );
  if (!existing) {
    await db.run(sql`UPDATE tags SET name = ${newName} WHERE id = ${tag.id}`);
    return { name: tag.name, color: tag.color, newName, clipIds, added: null, newNameColor: null };
  }
  const added: number[] = [];
  for (const clipId of clipIds) if (await linkClip(db, clipId, existing.id)) added.push(clipId);
  await db.run(sql`UPDATE tags SET color = coalesce(color, ${tag.color}) WHERE id = ${existing.id}`);
  await db.run(sql`DELETE FROM tags WHERE id = ${tag.id}`);
  return { name: tag.name, color: tag.color, newName, clipIds, added, newNameColor: existing.color };
}

/**
 * Renames a tag and everything below it (region/europe → area/europe moves region/europe/ukraine
 * too). Where a new name already exists the two are merged: clips keep one tag, nothing is lost.
 * Returns each tag as it was, for an exact undo with `unmoveTags`.
 */
export async function renameTag(db: LibraryDatabase, from: string, to: string): Promise<MovedTag[]> {
  const source = requireTagName(from);
  const target = requireTagName(to);
  if (source === target) return [];
  if (isWithinTag(target, source) && source.toLowerCase() !== target.toLowerCase()) {
    throw new ApiError('bad_input', `Cannot move the tag ${source} inside itself (${target}).`);
  }
  const tags = await subtree(db, source);
  if (!tags.length) throw new ApiError('not_found', `There is no tag called ${source}.`);
  const moved: MovedTag[] = [];
  for (const tag of tags) moved.push(await moveTag(db, tag, target + tag.name.slice(source.length)));
  return moved;
}

/** Merging is renaming onto an existing tag. */
export async function mergeTags(db: LibraryDatabase, from: string, into: string): Promise<MovedTag[]> {
  if ((await tagId(db, into)) === null) throw new ApiError('not_found', `There is no tag called ${normaliseTagName(into)} to merge into.`);
  return renameTag(db, from, into);
}

/** A renamed tag back under its old name; refused when either name has changed hands since. */
async function unrename(db: LibraryDatabase, name: string, newName: string, current: number | null): Promise<void> {
  if (current === null)
    throw new ApiError('not_found', `The tag ${newName} is gone, so ${name} cannot be put back. Create it again instead.`);
  if ((await tagId(db, name)) !== null)
    throw new ApiError(
      'conflict',
      `A tag called ${name} has been made since, so the old one cannot be put back. Rename it and undo again.`,
    );
  await db.run(sql`UPDATE tags SET name = ${name} WHERE id = ${current}`);
}

/**
 * Undoes a rename or a merge with what it returned: each tag back under its old name, colour and
 * clips, and a tag merged into taken off the clips that only got it from the merge.
 */
export async function unmoveTags(db: LibraryDatabase, moved: readonly MovedTag[]): Promise<void> {
  for (const tag of moved) {
    const name = requireTagName(tag.name);
    const newName = requireTagName(tag.newName);
    const current = await tagId(db, newName);
    if (tag.added === null) {
      await unrename(db, name, newName, current);
      continue;
    }
    if (current !== null) {
      await untagClips(db, tag.added, [newName]);
      await db.run(sql`UPDATE tags SET color = ${tag.newNameColor} WHERE id = ${current}`);
    }
    await restoreTags(db, [{ name, color: tag.color, clipIds: tag.clipIds }]);
  }
}

/** Deletes a tag and its descendants; returns what they carried so the UI can undo it. */
export async function deleteTag(db: LibraryDatabase, name: string): Promise<DeletedTag[]> {
  const tags = await subtree(db, requireTagName(name));
  if (!tags.length) throw new ApiError('not_found', `There is no tag called ${normaliseTagName(name)}.`);
  const removed: DeletedTag[] = [];
  for (const t of tags) removed.push({ name: t.name, color: t.color, clipIds: await clipsOf(db, t.id) });
  for (const t of tags) await db.run(sql`DELETE FROM tags WHERE id = ${t.id}`);
  return removed;
}

export async function restoreTags(db: LibraryDatabase, removed: readonly DeletedTag[]): Promise<void> {
  for (const tag of removed) {
    await tagClips(db, tag.clipIds, [tag.name]);
    await db.run(sql`UPDATE tags SET color = ${tag.color} WHERE ${caselessEquals(db.dialect, sqlRaw('name'), normaliseTagName(tag.name))}`);
  }
}

export async function setTagColor(db: LibraryDatabase, name: string, color: string | null): Promise<void> {
  const { changes } = await db.run(
    sql`UPDATE tags SET color = ${color} WHERE ${caselessEquals(db.dialect, sqlRaw('name'), requireTagName(name))}`,
  );
  if (!changes) throw new ApiError('not_found', `There is no tag called ${normaliseTagName(name)}.`);
}
