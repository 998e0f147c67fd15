import type { ImportFileResult } from '../../shared/models/file-import.js';
import type { Db } from '../db/open-library.js';
import { updateClipFields } from '../library/clips.repo.js';
import { tagClips } from '../library/tags.repo.js';
import { importOne } from './import-one.js';
import type { ImportItem } from './import-item.js';

/**
 * One item saved with what its file says about it (URL, tags), in one transaction: a clip is
 * never left without the metadata it came with.
 */
export function saveImportItem(db: Db, item: ImportItem): ImportFileResult {
  const save = db.transaction((): ImportFileResult => {
    const result = importOne(db, item.name, () => item.paste, item.fields);
    if (result.outcome !== 'added' && result.outcome !== 'version') return result;
    if (item.url) updateClipFields(db, result.id, { url: item.url }, new Date().toISOString());
    const tags = (item.tags ?? []).map((t) => t.trim()).filter(Boolean);
    if (tags.length) tagClips(db, [result.id], tags);
    return result;
  });
  try {
    return save();
  } catch (err) {
    return { name: item.name, outcome: 'failed', reason: (err as Error).message };
  }
}
