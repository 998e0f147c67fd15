import type { CoreService } from '../core-service.js';
import type { ClipDraft } from '../../shared/models/clip-draft.js';
import { pasteFromFile } from './paste-from-file.js';

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ImportSummary {
  added: number;
  /** Exact duplicates of clips already in the library: not added again. */
  duplicates: { file: string; of: number }[];
  /** Near-duplicates, saved as new versions of the clip they resemble. */
  versions: { file: string; id: number; of: number; similarity: number }[];
  failed: { file: string; reason: string }[];
  cancelled: boolean;
}

/**
 * Imports files one by one, each in its own transaction, so a bad file never spoils the batch
 * and a crash or cancel keeps everything imported so far.
 */
export async function importFiles(
  core: CoreService,
  files: readonly string[],
  options: { onProgress?: (p: ImportProgress) => void; signal?: AbortSignal } = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, duplicates: [], versions: [], failed: [], cancelled: false };
  for (let i = 0; i < files.length; i++) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    const file = files[i]!;
    options.onProgress?.({ done: i, total: files.length, file });
    try {
      const paste = pasteFromFile(file);
      const parsed = await core.dispatch('clips.parse', paste);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const dup = (parsed.value as ClipDraft).duplicateOf;
      if (dup?.similarity === 1) {
        summary.duplicates.push({ file, of: dup.id });
        continue;
      }
      const saved = await core.dispatch('clips.create', { ...paste, versionOf: dup?.id ?? null });
      if (!saved.ok) throw new Error(saved.error.message);
      summary.added++;
      if (dup) summary.versions.push({ file, id: (saved.value as { id: number }).id, of: dup.id, similarity: dup.similarity });
    } catch (err) {
      summary.failed.push({ file, reason: (err as Error).message });
    }
  }
  options.onProgress?.({ done: summary.cancelled ? summary.added : files.length, total: files.length, file: '' });
  return summary;
}
