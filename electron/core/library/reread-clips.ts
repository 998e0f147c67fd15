import type { FieldChange } from '../../shared/models/clip-edit.js';
import { REREAD_FIELDS, type RereadField, type RereadProgress, type RereadResult } from '../../shared/models/reread.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { listEdits } from './clip-edits.repo.js';
import { getClip } from './clips.repo.js';
import { replaceEntities, replaceQuotes, updateClipFields } from './clip-fields.repo.js';
import { namesInText } from './names-in-text.js';
import { touchClips } from './row-versions.js';

/**
 * Whether an edit's name changes are the user's. An edit of the text also rewrites the names the
 * clipper found in it, so its name changes are the clipper's.
 */
export function changesNamesByHand(edit: { changes: readonly FieldChange[] }): boolean {
  return !edit.changes.some((c) => c.field === 'paragraphs');
}

/** The name fields the user corrected: those an edit changed by hand. */
export function correctedFields(edits: readonly { changes: readonly FieldChange[] }[]): Set<RereadField> {
  const corrected = new Set<RereadField>();
  for (const edit of edits) {
    if (!changesNamesByHand(edit)) continue;
    for (const c of edit.changes) if ((REREAD_FIELDS as readonly string[]).includes(c.field)) corrected.add(c.field as RereadField);
  }
  return corrected;
}

type Outcome = { missing: true } | { missing: false; changed: boolean; kept: RereadField[] };

/** One clip read again, in one transaction, its corrected fields left alone. */
async function rereadClip(db: LibraryDatabase, id: number, by: string | null): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const clip = await getClip(tx, id);
    if (!clip) return { missing: true };
    const corrected = correctedFields(await listEdits(tx, id));
    const found = namesInText(clip.title, clip.paragraphs);
    const update = REREAD_FIELDS.filter((f) => !corrected.has(f) && JSON.stringify(found[f]) !== JSON.stringify(clip[f]));
    if (update.length) {
      const now = new Date().toISOString();
      const names = (field: 'people' | 'places' | 'organizations') => (update.includes(field) ? found[field] : undefined);
      const people = names('people');
      const places = names('places');
      const organizations = names('organizations');
      await replaceEntities(tx, id, {
        ...(people ? { person: people } : {}),
        ...(places ? { place: places } : {}),
        ...(organizations ? { organization: organizations } : {}),
      });
      if (update.includes('quotes')) await replaceQuotes(tx, id, found.quotes);
      await updateClipFields(tx, id, {}, now);
      await touchClips(tx, [id], by, now);
    }
    return { missing: false, changed: update.length > 0, kept: REREAD_FIELDS.filter((f) => corrected.has(f)) };
  });
}

export interface RereadOptions {
  signal: AbortSignal;
  onProgress: (progress: RereadProgress) => void;
  /** The team member asking, or null in a personal library. */
  by: string | null;
}

/** Reads the names and quotes of saved clips again, one clip at a time, reporting after each. */
export async function rereadClips(db: LibraryDatabase, ids: readonly number[], options: RereadOptions): Promise<RereadResult> {
  const unique = [...new Set(ids)];
  const result: RereadResult = { reread: 0, changed: [], kept: [], missing: [], cancelled: false };
  options.onProgress({ done: 0, total: unique.length });
  for (const [i, id] of unique.entries()) {
    if (options.signal.aborted) return { ...result, cancelled: true };
    const outcome = await rereadClip(db, id, options.by);
    if (outcome.missing) result.missing.push(id);
    else {
      result.reread++;
      if (outcome.changed) result.changed.push(id);
      if (outcome.kept.length) result.kept.push({ id, fields: outcome.kept });
    }
    options.onProgress({ done: i + 1, total: unique.length });
  }
  return result;
}
