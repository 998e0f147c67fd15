import type { ImportFileResult } from '../../shared/models/file-import.js';
import type { Paste } from '../clipper/draft-from-paste.js';
import type { Db } from '../db/open-library.js';
import { describeWriteError } from '../db/disk-full.js';
import { readPaste, saveClip } from '../library/save-clip.js';

/**
 * One imported file into the library, in its own transaction: an exact duplicate is not added
 * again, a near-duplicate is saved as a new version, and a failure is reported, never thrown,
 * so one bad file cannot spoil the rest of an import.
 */
export async function importOne(db: Db, name: string, readFile: () => Paste): Promise<ImportFileResult> {
  try {
    const paste = readFile();
    if (!paste.text.trim() && !paste.html?.trim()) return { name, outcome: 'failed', reason: 'The file is empty. Save the article’s text in it and import it again.' };
    const parsed = await readPaste(db, paste);
    const dup = parsed.duplicateOf;
    if (dup?.similarity === 1) return { name, outcome: 'duplicate', of: dup.id };
    const saved = saveClip(db, paste, parsed, {}, dup?.id ?? null);
    if (dup) return { name, outcome: 'version', id: saved.id, of: dup.id, similarity: dup.similarity };
    return { name, outcome: 'added', id: saved.id };
  } catch (err) {
    return { name, outcome: 'failed', reason: describeWriteError(err, 'the import of this file', 'the library') };
  }
}
