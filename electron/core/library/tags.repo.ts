import type { Db } from '../db/open-library.js';
import type { DeletedTag, MovedTag, Tag, TaggedClips } from '../../shared/models/organise.js';
import { isWithinTag, normaliseTagName } from '../../shared/organise/tag-names.js';
import { ApiError } from '../../shared/api/errors.js';
import { escapeLike } from './search-filters.js';

export function listTags(db: Db): Tag[] {
  return db
    .prepare(
      `SELECT t.id, t.name, t.color,
         (SELECT count(*) FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id
          WHERE ct.tag_id = t.id AND c.deleted_at IS NULL) AS count
       FROM tags t ORDER BY t.name COLLATE NOCASE`,
    )
    .all() as Tag[];
}

export function clipTagNames(db: Db, clipId: number): string[] {
  return (
    db
      .prepare('SELECT t.name FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = ? ORDER BY t.name COLLATE NOCASE')
      .all(clipId) as { name: string }[]
  ).map((r) => r.name);
}

export function requireTagName(name: string): string {
  const clean = normaliseTagName(name);
  if (!clean) throw new ApiError('bad_input', 'A tag needs a name, e.g. region/europe or follow-up.');
  return clean;
}

function ensureTag(db: Db, name: string): number {
  const clean = requireTagName(name);
  db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(clean);
  return (db.prepare('SELECT id FROM tags WHERE name = ?').get(clean) as { id: number }).id;
}

function tagId(db: Db, name: string): number | null {
  return (db.prepare('SELECT id FROM tags WHERE name = ?').get(normaliseTagName(name)) as { id: number } | undefined)?.id ?? null;
}

/** Returns, per tag, whether it is new and the clips that did not carry it before: what undoing the tagging takes away. */
export function tagClips(db: Db, clipIds: readonly number[], names: readonly string[]): TaggedClips[] {
  const link = db.prepare('INSERT OR IGNORE INTO clip_tags (clip_id, tag_id) SELECT id, ? FROM clips WHERE id = ?');
  return names.map((name) => {
    const created = tagId(db, name) === null;
    const id = ensureTag(db, name);
    return { name: requireTagName(name), created, clipIds: clipIds.filter((clipId) => link.run(id, clipId).changes > 0) };
  });
}

export function untagClips(db: Db, clipIds: readonly number[], names: readonly string[]): void {
  const unlink = db.prepare('DELETE FROM clip_tags WHERE clip_id = ? AND tag_id = ?');
  for (const name of names) {
    const id = tagId(db, name);
    if (id === null) continue;
    for (const clipId of clipIds) unlink.run(clipId, id);
  }
}

/** Tags at or below `name`, deepest first is not needed: rows are independent. */
function subtree(db: Db, name: string): { id: number; name: string; color: string | null }[] {
  return db.prepare(`SELECT id, name, color FROM tags WHERE name = ? OR name LIKE ? ESCAPE '\\'`).all(name, `${escapeLike(name)}/%`) as {
    id: number;
    name: string;
    color: string | null;
  }[];
}

/**
 * Renames a tag and everything below it (region/europe → area/europe moves region/europe/ukraine
 * too). Where a new name already exists the two are merged: clips keep one tag, nothing is lost.
 * Returns each tag as it was, for an exact undo with `unmoveTags`.
 */
export function renameTag(db: Db, from: string, to: string): MovedTag[] {
  const source = requireTagName(from);
  const target = requireTagName(to);
  if (source.toLowerCase() === target.toLowerCase() && source === target) return [];
  if (isWithinTag(target, source) && source.toLowerCase() !== target.toLowerCase()) {
    throw new ApiError('bad_input', `Cannot move the tag ${source} inside itself (${target}).`);
  }
  const tags = subtree(db, source);
  if (!tags.length) throw new ApiError('not_found', `There is no tag called ${source}.`);
  const clipsOf = db.prepare('SELECT clip_id FROM clip_tags WHERE tag_id = ? ORDER BY clip_id').pluck();
  const addTo = db.prepare('INSERT OR IGNORE INTO clip_tags (clip_id, tag_id) VALUES (?, ?)');
  return tags.map((tag) => {
    const newName = target + tag.name.slice(source.length);
    const clipIds = clipsOf.all(tag.id) as number[];
    const existing = db.prepare('SELECT id, color FROM tags WHERE name = ? AND id <> ?').get(newName, tag.id) as
      { id: number; color: string | null } | undefined;
    if (!existing) {
      db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(newName, tag.id);
      return { name: tag.name, color: tag.color, newName, clipIds, added: null, newNameColor: null };
    }
    const added = clipIds.filter((clipId) => addTo.run(clipId, existing.id).changes > 0);
    db.prepare('UPDATE tags SET color = coalesce(color, ?) WHERE id = ?').run(tag.color, existing.id);
    db.prepare('DELETE FROM tags WHERE id = ?').run(tag.id);
    return { name: tag.name, color: tag.color, newName, clipIds, added, newNameColor: existing.color };
  });
}

/** Merging is renaming onto an existing tag. */
export function mergeTags(db: Db, from: string, into: string): MovedTag[] {
  if (tagId(db, into) === null) throw new ApiError('not_found', `There is no tag called ${normaliseTagName(into)} to merge into.`);
  return renameTag(db, from, into);
}

/**
 * Undoes a rename or a merge with what it returned: each tag back under its old name, colour and
 * clips, and a tag merged into taken off the clips that only got it from the merge.
 */
export function unmoveTags(db: Db, moved: readonly MovedTag[]): void {
  for (const tag of moved) {
    const name = requireTagName(tag.name);
    const newName = requireTagName(tag.newName);
    const current = tagId(db, newName);
    if (tag.added === null) {
      if (current === null)
        throw new ApiError('not_found', `The tag ${newName} is gone, so ${name} cannot be put back. Create it again instead.`);
      if (tagId(db, name) !== null)
        throw new ApiError(
          'conflict',
          `A tag called ${name} has been made since, so the old one cannot be put back. Rename it and undo again.`,
        );
      db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(name, current);
      continue;
    }
    if (current !== null) {
      untagClips(db, tag.added, [newName]);
      db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(tag.newNameColor, current);
    }
    restoreTags(db, [{ name, color: tag.color, clipIds: tag.clipIds }]);
  }
}

/** Deletes a tag and its descendants; returns what they carried so the UI can undo it. */
export function deleteTag(db: Db, name: string): DeletedTag[] {
  const tags = subtree(db, requireTagName(name));
  if (!tags.length) throw new ApiError('not_found', `There is no tag called ${normaliseTagName(name)}.`);
  const clipsOf = db.prepare('SELECT clip_id FROM clip_tags WHERE tag_id = ? ORDER BY clip_id');
  const removed = tags.map((t) => ({
    name: t.name,
    color: t.color,
    clipIds: (clipsOf.all(t.id) as { clip_id: number }[]).map((r) => r.clip_id),
  }));
  const del = db.prepare('DELETE FROM tags WHERE id = ?');
  for (const t of tags) del.run(t.id);
  return removed;
}

export function restoreTags(db: Db, removed: readonly DeletedTag[]): void {
  for (const tag of removed) {
    tagClips(db, tag.clipIds, [tag.name]);
    db.prepare('UPDATE tags SET color = ? WHERE name = ?').run(tag.color, normaliseTagName(tag.name));
  }
}

export function setTagColor(db: Db, name: string, color: string | null): void {
  const info = db.prepare('UPDATE tags SET color = ? WHERE name = ?').run(color, requireTagName(name));
  if (!info.changes) throw new ApiError('not_found', `There is no tag called ${normaliseTagName(name)}.`);
}
