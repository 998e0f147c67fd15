import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { foldersOf, IMPORTABLE_EXTENSIONS, isImportable, type ImportFileResult } from '../../shared/models/file-import.js';
import { saveImportItem } from '../import/save-import-item.js';
import { pdfHeadlines, readImportFile } from '../import/read-import-file.js';
import { memberOf, type LibraryContext } from './handler-context.js';
import type { ImportedClipPlace } from '../../shared/models/library-import.js';
import { importLibraryExport, type LibraryImportProgress } from '../transfer/import-library.js';
import { openLibraryExportFile } from '../transfer/read-library-export.js';

const accepted = IMPORTABLE_EXTENSIONS.join(' ');
const PROGRESS_EVERY = 50;

type SentFile = { name: string; text: string } | { name: string; base64: string; pdfSplit?: boolean };

const bytesOf = (file: SentFile): Uint8Array =>
  'text' in file ? new TextEncoder().encode(file.text) : new Uint8Array(Buffer.from(file.base64, 'base64'));

/** Files and other libraries' exports into the library, whichever engine holds it. */
export function importHandlers(context: LibraryContext) {
  const { library, jobs, uploads } = context;
  const importFile = async (file: SentFile): Promise<ImportFileResult[]> => {
    if (!isImportable(file.name)) {
      return [
        {
          name: file.name,
          outcome: 'failed',
          reason: `Cuttings imports only ${accepted} files. Save it as one of those, then import it again.`,
        },
      ];
    }
    try {
      const items = await readImportFile(file.name, bytesOf(file), {
        folders: foldersOf(file.name),
        pdfSplit: 'pdfSplit' in file ? file.pdfSplit : undefined,
      });
      if (items.length === 1) return [await saveImportItem(library, items[0]!, memberOf(context))];
      const partOf = { file: file.name, count: items.length };
      const results: ImportFileResult[] = [];
      for (const item of items) results.push({ ...(await saveImportItem(library, item, memberOf(context))), partOf });
      return results;
    } catch (err) {
      return [{ name: file.name, outcome: 'failed', reason: (err as Error).message }];
    }
  };
  return {
    'import.pdfArticles': async ({ base64 }) => ({ headlines: await pdfHeadlines(new Uint8Array(Buffer.from(base64, 'base64'))) }),
    'import.files': async ({ files }) => {
      const results: ImportFileResult[] = [];
      for (const file of files) results.push(...(await importFile(file)));
      return results;
    },
    'import.exportChunk': ({ uploadId, text }) => ({ chars: uploads.append(uploadId, text) }),
    'import.exportRun': async ({ uploadId, name, jobId, listClips }) => {
      const file = uploads.take(uploadId);
      const job = jobs.start('import', jobId);
      try {
        const opened = openLibraryExportFile(file, name);
        // A report every few clips moves the bar as smoothly as one per clip, at a fraction of the events.
        const onProgress = (p: LibraryImportProgress) => {
          if (p.done % PROGRESS_EVERY === 0 || p.done === p.total) job.report(p);
        };
        const clips: ImportedClipPlace[] = [];
        const onClip = listClips ? (place: ImportedClipPlace) => clips.push(place) : undefined;
        const summary = await importLibraryExport(library, opened, { signal: job.signal, onProgress, onClip, by: memberOf(context) });
        return { file: name, clipCount: opened.head.clipCount, summary, ...(listClips ? { clips } : {}) };
      } finally {
        job.finish();
        uploads.remove(file);
      }
    },
    'import.exportCancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  } satisfies NamespaceHandlers<'import'>;
}
