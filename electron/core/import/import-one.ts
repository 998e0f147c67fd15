import type { ImportFileResult } from '../../shared/models/file-import.js';
import type { ClipDraft } from '../../shared/models/clip-draft.js';
import type { Paste } from '../clipper/draft-from-paste.js';
import { describeWriteError } from '../db/disk-full.js';
import type { LibraryDatabase } from '../db/library-database.js';
import type { ReviewDraft } from '../../shared/models/clip.js';
import { findDuplicate, fingerprint, readPaste, saveClip } from '../library/save-clip.js';

export interface ImportOneOptions {
  /** What the file itself says of the article, in place of what the clipper reads. */
  fields?: Partial<ClipDraft>;
  clippedBy?: string | null;
  afterSave?: (tx: LibraryDatabase, id: number) => void | Promise<void>;
}

/**
 * One imported file into the library, in its own transaction: an exact duplicate is not added
 * again, a near-duplicate is saved as a new version, and a failure is reported, never thrown,
 * so one bad file cannot spoil the rest of an import. The paste is read before the transaction
 * opens (reading HTML is asynchronous); `afterSave` runs inside it, on the same connection, so what
 * it adds to the new clip is saved with it or not at all. `clippedBy` is the team member importing.
 */
export async function importOne(
  library: LibraryDatabase,
  name: string,
  readFile: () => Paste,
  { fields = {}, clippedBy = null, afterSave = () => undefined }: ImportOneOptions = {},
): Promise<ImportFileResult> {
  try {
    const paste = readFile();
    if (!paste.text.trim() && !paste.html?.trim())
      return { name, outcome: 'failed', reason: 'The file is empty. Save the article’s text in it and import it again.' };
    const parsed = await withFields(library, await readPaste(library, paste), fields);
    const dup = parsed.duplicateOf;
    if (dup?.similarity === 1) return { name, outcome: 'duplicate', of: dup.id };
    const saved = await saveClip(library, paste, parsed, fields, { versionOf: dup?.id ?? null, clippedBy }, afterSave);
    if (dup)
      return {
        name,
        outcome: 'version',
        id: saved.id,
        of: dup.id,
        similarity: dup.similarity,
        ...(dup.contained ? { contained: true } : {}),
        ...(dup.rewritten ? { rewritten: true } : {}),
      };
    return { name, outcome: 'added', id: saved.id };
  } catch (err) {
    return { name, outcome: 'failed', reason: describeWriteError(err, 'the import of this file', 'the library') };
  }
}

/**
 * A title the file states is not also the first paragraph, where the clipper leaves a line it did
 * not take as the headline; the duplicate check then looks at the text as it will be saved.
 */
async function withFields(db: LibraryDatabase, parsed: ReviewDraft, fields: Partial<ClipDraft>): Promise<ReviewDraft> {
  const title = fields.title?.trim();
  if (!title || parsed.paragraphs[0]?.trim() !== title) return parsed;
  const paragraphs = parsed.paragraphs.slice(1);
  return { ...parsed, paragraphs, duplicateOf: await findDuplicate(db, fingerprint(paragraphs), parsed.url, title) };
}
