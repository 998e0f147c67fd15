import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { foldersOf, IMPORTABLE_EXTENSIONS, isImportable, type ImportFileResult } from '../../shared/models/file-import.js';
import { saveImportItem } from '../import/save-import-item.js';
import { pdfHeadlines, readImportFile } from '../import/read-import-file.js';
import type { HandlerContext } from './handler-context.js';

const accepted = IMPORTABLE_EXTENSIONS.join(' ');

type SentFile = { name: string; text: string } | { name: string; base64: string; pdfSplit?: boolean };

const bytesOf = (file: SentFile): Uint8Array =>
  'text' in file ? new TextEncoder().encode(file.text) : new Uint8Array(Buffer.from(file.base64, 'base64'));

export function importHandlers({ db }: HandlerContext) {
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
      if (items.length === 1) return [await saveImportItem(db, items[0]!)];
      const partOf = { file: file.name, count: items.length };
      const results: ImportFileResult[] = [];
      for (const item of items) results.push({ ...(await saveImportItem(db, item)), partOf });
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
  } satisfies NamespaceHandlers<'import'>;
}
