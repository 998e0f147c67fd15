import type { ImportFileResult } from '../../shared/models/file-import.js';
import { findQuote, anchorIn } from '../../shared/text/text-anchor.js';
import { sql } from '../db/sql.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { updateClipFields } from '../library/clip-fields.repo.js';
import { tagClips } from '../library/tags.repo.js';
import { addClipsToCollection, ensureCollectionPath } from '../library/collections.repo.js';
import { addHighlight } from '../library/highlights.repo.js';
import { importOne } from './import-one.js';
import type { ImportedHighlight, ImportItem } from './import-item.js';

const shortQuote = (quote: string) => {
  const oneLine = quote.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
};

/** Highlights whose words are in the saved clip's body; the others are named back, to tell the user. */
async function placeHighlights(
  db: LibraryDatabase,
  clipId: number,
  highlights: readonly ImportedHighlight[],
  now: string,
  author: string | null,
): Promise<string[]> {
  const { body } = (await db.get<{ body: string }>(sql`SELECT body FROM clips WHERE id = ${clipId}`))!;
  const unplaced: string[] = [];
  for (const h of highlights) {
    const at = findQuote(body, h.quote);
    if (!at) {
      unplaced.push(`A highlight was not found in the clip’s text, so it was left out: “${shortQuote(h.quote)}”.`);
      continue;
    }
    await addHighlight(db, { clipId, ...anchorIn(body, at.start, at.end), color: 'yellow', note: h.note.trim() }, now, author);
  }
  return unplaced;
}

/**
 * One item saved with what its file says about it (URL, tags, notebooks, highlights, notes), in one
 * transaction: a clip is never left without the metadata it came with. `by` is the team member
 * importing, who is named as the clip's clipper and its highlights' author.
 */
export async function saveImportItem(db: LibraryDatabase, item: ImportItem, by: string | null = null): Promise<ImportFileResult> {
  if (item.failure) return { name: item.name, outcome: 'failed', reason: item.failure };
  const tags = (item.tags ?? []).map((t) => t.trim()).filter(Boolean);
  const warnings: string[] = [...(item.warnings ?? [])];
  const result = await importOne(db, item.name, () => item.paste, {
    fields: item.fields,
    clippedBy: by,
    afterSave: async (tx, id) => {
      const now = new Date().toISOString();
      const notes = item.notes?.trim();
      if (item.url || notes) await updateClipFields(tx, id, { url: item.url || undefined, notes: notes || undefined }, now);
      if (tags.length) await tagClips(tx, [id], tags);
      for (const path of item.collections ?? []) {
        const collectionId = await ensureCollectionPath(tx, path, now);
        if (collectionId !== null) await addClipsToCollection(tx, collectionId, [id]);
      }
      warnings.push(...(await placeHighlights(tx, id, item.highlights ?? [], now, by)));
    },
  });
  return warnings.length && result.outcome !== 'failed' ? { ...result, warnings } : result;
}
