import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { CliError } from '../cli-error.js';
import { progressBar } from '../progress-bar.js';
import { openLibrary } from '../../core/db/open-library.js';
import { prepareLibraryExport } from '../../core/transfer/export-library.js';
import { checkWritable, writeChunksAtomic } from '../../core/dossier/atomic-write.js';
import { PRIVATE_FILE_MODE } from '../../core/db/private-files.js';

function formatBytes(n: number): string {
  return n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

export const exportCommand: Command = {
  name: 'export',
  usage: 'cuttings export --out FILE.json [--collection NAME]',
  summary: 'everything in the library (or one collection) as a lossless JSON file that cuttings import reads back',
  valueFlags: ['out', 'collection'],
  async run(ctx) {
    const out = ctx.flags.out;
    const collection = ctx.flags.collection;
    if (typeof out !== 'string') throw new CliError(`Say where to write the export with --out FILE.json (once).\nUsage: ${this.usage}`, 2);
    if (Array.isArray(collection)) throw new CliError('Give --collection once.', 2);
    const path = resolve(out);
    await checkWritable(path).catch((err: Error) => {
      throw new CliError(`Cannot write the export to ${path}: ${err.message}.`);
    });
    const db = openLibrary(ctx.libraryPath);
    const controller = new AbortController();
    const cancel = () => controller.abort();
    process.once('SIGINT', cancel);
    const bar = ctx.json ? null : progressBar('Exporting');
    // One read transaction: the file is a snapshot of the library, whatever the app writes meanwhile.
    db.exec('BEGIN');
    try {
      const exported = prepareLibraryExport(db, { collection: typeof collection === 'string' ? collection : undefined }, (p) => bar?.update(p.done, p.total));
      // The whole library, or a collection of it: as private as the library itself.
      const bytes = await writeChunksAtomic(path, exported.chunks, { signal: controller.signal, mode: PRIVATE_FILE_MODE }).catch((err: Error) => {
        throw new CliError(controller.signal.aborted ? 'Export cancelled. Nothing was written.' : `Cannot write the export to ${path}: ${err.message}.`);
      });
      bar?.finish();
      const result = { path, bytes, clips: exported.clips };
      ctx.out(ctx.json ? JSON.stringify(result, null, 2) : `Wrote ${path} (${result.clips} clip${result.clips === 1 ? '' : 's'}, ${formatBytes(bytes)}).`);
    } finally {
      db.exec('COMMIT');
      process.off('SIGINT', cancel);
      db.close();
    }
  },
};
