import type { ClipDraft, DraftQuote } from '../../shared/models/clip-draft.js';
import {
  EDITABLE_CLIP_FIELDS,
  NAME_LIST_FIELDS,
  type EditableClipField,
  type FieldChange,
  type FieldValue,
} from '../../shared/models/clip-edit.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { recordEdit } from './clip-edits.repo.js';
import { cleanNames, cleanQuotes, localUser } from './edit-clip.js';
import { cleanUrl } from './url-key.js';

/** What the clipper proposed for a paste, as the review showed it. */
export type Proposal = Pick<ClipDraft, Exclude<EditableClipField, 'url'>> & { url: string | null };

/** The fields as the review sent them back; a field left out is the proposal's. */
export type Reviewed = Partial<Pick<ClipDraft, Exclude<EditableClipField, 'url'>>> & { url?: string | null };

const ENTITY_LISTS: ReadonlySet<EditableClipField> = new Set(NAME_LIST_FIELDS);

/**
 * A field's value as the comparison sees it: blanks and spaces count for nothing, nor does the
 * order of the names found in the text (a list the review shows as a set).
 */
function comparable(field: EditableClipField, value: FieldValue): string {
  if (value === null || typeof value === 'string') return JSON.stringify(value?.trim() || null);
  if (field === 'quotes') return JSON.stringify(cleanQuotes(value as DraftQuote[]));
  const names = cleanNames(value as string[]);
  return JSON.stringify(ENTITY_LISTS.has(field) ? names.sort() : names);
}

/**
 * The fields the user changed in the review before saving: each one the review sent back that
 * differs from what the clipper proposed, with the proposal as its value before.
 */
export function reviewCorrections(proposal: Proposal, reviewed: Reviewed): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of EDITABLE_CLIP_FIELDS) {
    const given = reviewed[field];
    if (given === undefined) continue;
    // The address is stored cleaned (save-clip.ts), so it is compared and recorded cleaned.
    const after = field === 'url' ? cleanUrl(given as string | null) : (given as FieldValue);
    const before = proposal[field] as FieldValue;
    if (comparable(field, before) !== comparable(field, after)) changes.push({ field, before, after });
  }
  return changes;
}

/**
 * Records the review's corrections as the new clip's first edits, so that they count as the user's
 * like any later correction: a re-reading of names leaves them alone (reread-clips.ts). The text the
 * user kept goes in an entry of its own, because an entry that changes the text is read as carrying
 * the clipper's names for it, while the names set at review are the user's.
 */
export async function recordReviewCorrections(db: LibraryDatabase, clipId: number, changes: readonly FieldChange[], by: string | null) {
  const at = new Date().toISOString();
  const user = by ?? localUser();
  const text = changes.filter((c) => c.field === 'paragraphs');
  const fields = changes.filter((c) => c.field !== 'paragraphs');
  for (const part of [text, fields]) if (part.length) await recordEdit(db, clipId, { at, user, via: 'app', changes: part });
}
