import type { ClipDraft } from '../../shared/models/clip-draft.js';
import type { Clip } from '../../shared/models/clip.js';
import type { Correction } from '../../shared/models/clip-edit.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import { draftFromPaste } from '../clipper/draft-from-paste.js';

type ReadFields = Pick<ClipDraft, 'title' | 'date' | 'dateline' | 'source' | 'byline' | 'language'> & { url?: string | null };

const asText = (value: string | null | string[]) => (Array.isArray(value) ? (value.length ? value.join(', ') : null) : value);

/**
 * The header fields the user corrected in a saved clip, found by reading its original paste again:
 * whatever differs from what the clipper reads there was put right by hand, at review or later.
 */
export async function clipCorrections(db: LibraryDatabase, clip: Clip): Promise<Correction[]> {
  const { raw_html: html } = (await db.get<{ raw_html: string | null }>(sql`SELECT raw_html FROM clips WHERE id = ${clip.id}`))!;
  let read: ReadFields;
  try {
    read = await draftFromPaste({ text: clip.raw, html: html ?? undefined });
  } catch {
    // A paste the clipper cannot read (empty text behind an HTML paste, say): every filled field was typed in.
    read = { title: null, date: null, dateline: null, source: null, byline: [], language: 'und' };
  }
  const fields = ['title', 'date', 'dateline', 'source', 'byline', 'language', 'url'] as const;
  const corrections: Correction[] = [];
  for (const field of fields) {
    const value = asText(clip[field]);
    const was = asText(read[field] ?? null);
    if (value !== null && value !== was) corrections.push({ field, value, read: was });
  }
  return corrections;
}
