import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { IMPORTABLE_EXTENSIONS, isImportable } from '../../shared/models/file-import.js';
import { importOne } from '../import/import-one.js';
import { pasteFromContent } from '../import/paste-from-file.js';
import type { HandlerContext } from './handler-context.js';

const accepted = IMPORTABLE_EXTENSIONS.join(' ');

export function importHandlers({ db }: HandlerContext) {
  return {
    'import.files': ({ files }) =>
      files.map(({ name, text }) =>
        isImportable(name)
          ? importOne(db, name, () => pasteFromContent(name, text))
          : { name, outcome: 'failed' as const, reason: `Cuttings imports only ${accepted} files. Save it as one of those, then import it again.` },
      ),
  } satisfies NamespaceHandlers<'import'>;
}
