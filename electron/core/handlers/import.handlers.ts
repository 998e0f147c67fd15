import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { IMPORTABLE_EXTENSIONS, isImportable, type ImportFileResult } from '../../shared/models/file-import.js';
import { importOne } from '../import/import-one.js';
import { pasteFromContent } from '../import/paste-from-file.js';
import type { HandlerContext } from './handler-context.js';

const accepted = IMPORTABLE_EXTENSIONS.join(' ');

export function importHandlers({ db }: HandlerContext) {
  return {
    'import.files': async ({ files }) => {
      const results: ImportFileResult[] = [];
      // One file after another: each is its own transaction, in the order given.
      for (const { name, text } of files) {
        results.push(
          isImportable(name)
            ? await importOne(db, name, () => pasteFromContent(name, text))
            : { name, outcome: 'failed', reason: `Cuttings imports only ${accepted} files. Save it as one of those, then import it again.` },
        );
      }
      return results;
    },
  } satisfies NamespaceHandlers<'import'>;
}
