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
export function saveImportItem(db: Db, item: ImportItem): Promise<ImportFileResult> {
  const tags = (item.tags ?? []).map((t) => t.trim()).filter(Boolean);
  return importOne(
    db,
    item.name,
    () => item.paste,
    item.fields,
    (id) => {
      if (item.url) updateClipFields(db, id, { url: item.url }, new Date().toISOString());
      if (tags.length) tagClips(db, [id], tags);
    },
  );
}
