import { userInfo } from 'node:os';
import { ApiError } from '../../shared/api/errors.js';
import { cleanUrl } from './url-key.js';
import { rederive } from '../../shared/edit/rederive.js';
import { namesInText } from './names-in-text.js';
import type { DraftQuote } from '../../shared/models/clip-draft.js';
import type { Clip } from '../../shared/models/clip.js';
import {
  EDITABLE_CLIP_FIELDS,
  type EditChannel,
  type EditedClip,
  type FieldChange,
  type FieldValue,
} from '../../shared/models/clip-edit.js';
import type { Highlight } from '../../shared/models/organise.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import { recordEdit } from './clip-edits.repo.js';
import { getClip } from './clips.repo.js';
import { replaceEntities, replaceFingerprint, replaceQuotes, updateClipFields, type ClipFieldUpdate } from './clip-fields.repo.js';
import { joinParagraphs, wordCount } from '../../shared/text/clip-body.js';
import { ANCHOR_CONTEXT, locateAnchor } from '../../shared/text/text-anchor.js';
import { deleteHighlight } from './highlights.repo.js';
import { fingerprint } from './save-clip.js';
import { claimRow, type WriteClaim } from './row-versions.js';

/** A correction to a saved clip: any of its fields and its notes (whose author and word count follow from them), its quotes and names. */
export type ClipPatch = Omit<ClipFieldUpdate, 'notesBy' | 'wordCount'> & {
  quotes?: DraftQuote[];
  people?: string[];
  places?: string[];
  organizations?: string[];
};

/** The account on this machine, for the edit history; a locked-down system may not say. */
export function localUser(): string {
  try {
    return userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

const blankToNull = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() ? value.trim() : null);
/** Names as a clip stores them: trimmed, each once, none blank. */
export const cleanNames = (names: readonly string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];
/** Quotes as a clip stores them: trimmed, an unnamed speaker null, none without words. */
export const cleanQuotes = (quotes: readonly DraftQuote[]) =>
  quotes.map((q) => ({ speaker: q.speaker?.trim() || null, text: q.text.trim() })).filter((q) => q.text);

/** The patch as it will be stored: blanks are nulls, names trimmed, the address checked. */
function normalise(patch: ClipPatch): ClipPatch {
  const out: ClipPatch = { ...patch };
  for (const key of ['title', 'date', 'dateline', 'source'] as const) if (key in patch) out[key] = blankToNull(patch[key]);
  for (const key of ['byline', 'people', 'places', 'organizations'] as const) if (patch[key]) out[key] = cleanNames(patch[key]);
  if (patch.language !== undefined) out.language = patch.language.trim() || 'und';
  if (patch.quotes) out.quotes = cleanQuotes(patch.quotes);
  if (patch.paragraphs) {
    out.paragraphs = patch.paragraphs.map((p) => p.trim()).filter(Boolean);
    if (!out.paragraphs.length)
      throw new ApiError(
        'bad_input',
        'A clip needs some text: the new text is empty. Type or paste the article’s text, or leave the text as it was.',
      );
  }
  if (patch.url !== undefined) {
    out.url = cleanUrl(patch.url);
    if (patch.url?.trim() && out.url === null) {
      throw new ApiError(
        'bad_input',
        `“${patch.url}” is not a web address. Give the article’s address starting with http:// or https://, or leave it empty.`,
      );
    }
  }
  return out;
}

/** Each highlight moved to where its words are in the new text; those whose words are gone are removed and returned. */
async function reanchorHighlights(
  db: LibraryDatabase,
  highlights: readonly Highlight[],
  paragraphs: readonly string[],
): Promise<Highlight[]> {
  const body = joinParagraphs(paragraphs);
  const dropped: Highlight[] = [];
  for (const h of highlights) {
    const at = locateAnchor(body, h);
    if (!at) {
      dropped.push(await deleteHighlight(db, h.id));
      continue;
    }
    const prefix = body.slice(Math.max(0, at.start - ANCHOR_CONTEXT), at.start);
    const suffix = body.slice(at.end, at.end + ANCHOR_CONTEXT);
    await db.run(
      sql`UPDATE highlights SET prefix = ${prefix}, suffix = ${suffix}, start = ${at.start}, "end" = ${at.end} WHERE id = ${h.id}`,
    );
  }
  return dropped;
}

function changesBetween(before: Clip, after: ClipPatch): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of EDITABLE_CLIP_FIELDS) {
    const value = after[field];
    if (value === undefined) continue;
    const old = before[field] as FieldValue;
    if (JSON.stringify(old) !== JSON.stringify(value)) changes.push({ field, before: old, after: value });
  }
  return changes;
}

/**
 * Corrects a saved clip in one transaction. A new text gets a new word count and fingerprint, its
 * highlights follow their words, and the names and quotes the clipper finds in it replace those it
 * found in the old text (what the user added by hand stays). The original paste is never touched.
 * Every change but the notes goes into the clip's edit history, under the team member's name or,
 * in a personal library, the account on this machine. A claim naming an older version than the
 * clip's is refused before anything is written (row-versions.ts).
 */
export async function editClip(
  db: LibraryDatabase,
  id: number,
  patch: ClipPatch,
  via: EditChannel,
  claim: WriteClaim,
): Promise<EditedClip> {
  const normalised = normalise(patch);
  return db.transaction(async (tx) => {
    const now = new Date().toISOString();
    await claimRow(tx, 'clip', id, claim, now);
    const before = (await getClip(tx, id))!;
    const next = withDerivedNames(before, { ...normalised });
    const textChanged = next.paragraphs !== undefined;
    const changes = changesBetween(before, next);
    const { quotes, people, places, organizations, ...columns } = next;
    const fields = {
      ...columns,
      ...(textChanged ? { wordCount: wordCount(next.paragraphs!) } : {}),
      ...(next.notes !== undefined ? { notesBy: claim.by } : {}),
    };
    await updateClipFields(tx, id, fields, now);
    if (quotes) await replaceQuotes(tx, id, quotes);
    await replaceEntities(tx, id, {
      ...(people ? { person: people } : {}),
      ...(places ? { place: places } : {}),
      ...(organizations ? { organization: organizations } : {}),
    });
    const droppedHighlights = textChanged ? await reanchorHighlights(tx, before.highlights, next.paragraphs!) : [];
    if (textChanged) await replaceFingerprint(tx, id, fingerprint(next.paragraphs!));
    if (changes.length) await recordEdit(tx, id, { at: now, user: claim.by ?? localUser(), via, changes });
    return { ...(await getClip(tx, id))!, droppedHighlights };
  });
}

/**
 * The patch with an unchanged text left out, and, for a changed one, the names and quotes the
 * clipper finds in it in place of those it found in the old text (what the user added by hand stays).
 */
function withDerivedNames(before: Clip, next: ClipPatch): ClipPatch {
  const textChanged = next.paragraphs !== undefined && JSON.stringify(next.paragraphs) !== JSON.stringify(before.paragraphs);
  if (!textChanged) {
    delete next.paragraphs;
    return next;
  }
  const derived = rederive(before, namesInText(before.title, before.paragraphs), namesInText(next.title ?? before.title, next.paragraphs!));
  next.people ??= derived.people;
  next.places ??= derived.places;
  next.organizations ??= derived.organizations;
  next.quotes ??= derived.quotes;
  return next;
}
