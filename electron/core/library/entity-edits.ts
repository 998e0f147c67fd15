import { ApiError } from '../../shared/api/errors.js';
import type { EntityEditProgress, EntityEditResult, EntityEditUndo, EntityUndoResult } from '../../shared/models/entity-edit.js';
import type { EntityKind } from '../../shared/models/organise.js';
import {
  cleanName,
  kindWord,
  newNameRefusal,
  restoreClipNames,
  rewriteClipNames,
  type EntityChange,
} from '../../shared/organise/entity-names.js';
import { nameKey } from '../../shared/text/name-key.js';
import { pluckAll, type LibraryDatabase } from '../db/library-database.js';
import { valueList } from '../db/dialect.js';
import { sql } from '../db/sql.js';
import { getClip } from './clips.repo.js';
import { distinctNames } from './name-spellings.js';
import { editClip } from './edit-clip.js';

/**
 * A name of the people, places or organisations indexes changed in every clip that names it:
 * renamed (merged, when the new name is already there), moved to another kind, or removed. Each
 * clip is changed by `editClip`, as a hand correction of its names is, so its history says who
 * changed what, its version goes up, search reads the new names and a re-read keeps them. The
 * caller runs it in one transaction: every clip or none.
 */

/** Clips changed between two progress reports, each followed by a turn of the event loop. */
const CLIPS_PER_REPORT = 25;

/**
 * Reports how far the change has got, now and then, and lets the event loop run so the report
 * reaches the window (over IPC or the event stream) while the transaction goes on.
 */
async function reportStep(done: number, total: number, options: EntityEditOptions): Promise<void> {
  if (done % CLIPS_PER_REPORT !== 0 && done !== total) return;
  options.onProgress({ done, total });
  await new Promise((resolve) => setImmediate(resolve));
}

export interface EntityEditOptions {
  /** The team member making the change, or null in a personal library. */
  by: string | null;
  onProgress: (progress: EntityEditProgress) => void;
}

/** The live clips naming any spelling of `name` as `kind`, oldest first; as the index counts them. */
async function clipsNaming(db: LibraryDatabase, kind: EntityKind, name: string): Promise<number[]> {
  const key = nameKey(name);
  const spellings = (await pluckAll<string>(db, sql`SELECT name FROM entities WHERE kind = ${kind}`)).filter((n) => nameKey(n) === key);
  if (!spellings.length) return [];
  return pluckAll<number>(
    db,
    sql`SELECT DISTINCT ce.clip_id FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id JOIN clips c ON c.id = ce.clip_id
        WHERE e.kind = ${kind} AND e.name IN (${valueList(spellings)}) AND c.deleted_at IS NULL ORDER BY ce.clip_id`,
  );
}

function checked(change: EntityChange): EntityChange {
  if (!change.to) return change;
  const refusal = newNameRefusal(change.name, change.to.name, change.to.kind === change.kind);
  if (refusal) throw new ApiError('bad_input', refusal);
  return { ...change, to: { kind: change.to.kind, name: cleanName(change.to.name) } };
}

/** The live clips quoting any spelling of `name`, as the quote index and `said:` find them. */
async function clipsQuoting(db: LibraryDatabase, name: string): Promise<number[]> {
  const key = nameKey(name);
  const spellings = (await pluckAll<string>(db, distinctNames('said'))).filter((n) => nameKey(n) === key);
  if (!spellings.length) return [];
  return pluckAll<number>(
    db,
    sql`SELECT DISTINCT q.clip_id FROM quotes q JOIN clips c ON c.id = q.clip_id
        WHERE q.speaker IN (${valueList(spellings)}) AND c.deleted_at IS NULL ORDER BY q.clip_id`,
  );
}

/**
 * The clips a change reaches: those naming it, and, for a person renamed, those quoting them
 * without naming them.
 */
async function clipsReached(db: LibraryDatabase, change: EntityChange): Promise<number[]> {
  const naming = await clipsNaming(db, change.kind, change.name);
  if (change.kind !== 'person' || change.to?.kind !== 'person') return naming;
  const ids = new Set([...naming, ...(await clipsQuoting(db, change.name))]);
  return [...ids].sort((a, b) => a - b);
}

/** Whether the new name was in its index already, under another key than the old name's. */
async function mergesInto(db: LibraryDatabase, change: EntityChange): Promise<boolean> {
  const to = change.to;
  if (!to || (to.kind === change.kind && nameKey(to.name) === nameKey(change.name))) return false;
  return (await clipsNaming(db, to.kind, to.name)).length > 0;
}

/** Changes the name in every live clip naming it; what it did and what undoes it. */
export async function changeEntity(db: LibraryDatabase, requested: EntityChange, options: EntityEditOptions): Promise<EntityEditResult> {
  const change = checked(requested);
  const ids = await clipsReached(db, change);
  if (!ids.length)
    throw new ApiError(
      'not_found',
      `No clip names “${change.name}” as ${kindWord(change.kind, true)} any more: someone may have changed it just now. The index shows the names as they are now.`,
    );
  const merged = await mergesInto(db, change);
  const result: EntityEditResult = { clipIds: [], merged, undo: [] };
  options.onProgress({ done: 0, total: ids.length });
  for (const [i, id] of ids.entries()) {
    const clip = (await getClip(db, id))!;
    const rewritten = rewriteClipNames(clip, change);
    if (rewritten) {
      const edited = await editClip(db, id, rewritten.patch, 'app', { by: options.by });
      result.clipIds.push(id);
      result.undo.push({ clipId: id, version: edited.version, ...rewritten.undo });
    }
    await reportStep(i + 1, ids.length, options);
  }
  return result;
}

/**
 * Puts back the clips a change of a name rewrote, each as its own edit. A clip changed again
 * since (its version moved on) is left as it is, so the undo never overwrites later work.
 */
export async function undoEntityEdit(
  db: LibraryDatabase,
  undo: readonly EntityEditUndo[],
  options: EntityEditOptions,
): Promise<EntityUndoResult> {
  const result: EntityUndoResult = { clipIds: [], changedSince: [], missing: [] };
  options.onProgress({ done: 0, total: undo.length });
  for (const [i, entry] of undo.entries()) {
    const clip = await getClip(db, entry.clipId);
    if (!clip) result.missing.push(entry.clipId);
    else if (clip.version !== entry.version) result.changedSince.push(entry.clipId);
    else {
      await editClip(db, entry.clipId, restoreClipNames(clip, entry), 'app', { version: entry.version, by: options.by });
      result.clipIds.push(entry.clipId);
    }
    await reportStep(i + 1, undo.length, options);
  }
  return result;
}
