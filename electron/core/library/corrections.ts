import type { ClipDraft } from '../../shared/models/clip-draft.js';
import type { Clip } from '../../shared/models/clip.js';
import { NAME_LIST_FIELDS, type Correction, type FieldCorrection, type NameCorrection } from '../../shared/models/clip-edit.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import { draftFromPaste } from '../clipper/draft-from-paste.js';
import { listEdits } from './clip-edits.repo.js';
import { changesNamesByHand } from './reread-clips.js';

type ReadFields = Pick<ClipDraft, 'title' | 'date' | 'dateline' | 'source' | 'byline' | 'language'> & { url?: string | null };

const asText = (value: string | null | string[]) => (Array.isArray(value) ? (value.length ? value.join(', ') : null) : value);

/** What the user corrected in a saved clip: its header fields, then the names taken out or put in. */
export async function clipCorrections(db: LibraryDatabase, clip: Clip): Promise<Correction[]> {
  return [...(await headerCorrections(db, clip)), ...(await nameCorrections(db, clip.id))];
}

/**
 * The header fields the user corrected in a saved clip, found by reading its original paste again:
 * whatever differs from what the clipper reads there was put right by hand, at review or later.
 */
async function headerCorrections(db: LibraryDatabase, clip: Clip): Promise<FieldCorrection[]> {
  const { raw_html: html } = (await db.get<{ raw_html: string | null }>(sql`SELECT raw_html FROM clips WHERE id = ${clip.id}`))!;
  let read: ReadFields;
  try {
    read = await draftFromPaste({ text: clip.raw, html: html ?? undefined });
  } catch {
    // A paste the clipper cannot read (empty text behind an HTML paste, say): every filled field was typed in.
    read = { title: null, date: null, dateline: null, source: null, byline: [], language: 'und' };
  }
  const fields = ['title', 'date', 'dateline', 'source', 'byline', 'language', 'url'] as const;
  const corrections: FieldCorrection[] = [];
  for (const field of fields) {
    const value = asText(clip[field]);
    const was = asText(read[field] ?? null);
    if (value !== null && value !== was) corrections.push({ field, value, read: was });
  }
  return corrections;
}

/**
 * The names the user took out of a clip's lists or put in, from its edit history, oldest first:
 * a name taken out and put back again is no correction. Names are read from the edits, not by
 * reading the paste again, because a newer clipper finding other names corrected nothing.
 */
async function nameCorrections(db: LibraryDatabase, clipId: number): Promise<NameCorrection[]> {
  const net = new Map<string, NameCorrection>();
  const edits = (await listEdits(db, clipId)).reverse().filter(changesNamesByHand);
  for (const change of edits.flatMap((e) => e.changes)) {
    const field = NAME_LIST_FIELDS.find((f) => f === change.field);
    if (!field) continue;
    const before = new Set(change.before as string[] | null);
    const after = new Set(change.after as string[] | null);
    const note = (name: string, kind: NameCorrection['change']) => {
      const key = `${field}\u0000${name}`;
      if (net.has(key) && net.get(key)!.change !== kind) net.delete(key);
      else net.set(key, { field, name, change: kind });
    };
    for (const name of before) if (!after.has(name)) note(name, 'removed');
    for (const name of after) if (!before.has(name)) note(name, 'added');
  }
  return [...net.values()];
}
