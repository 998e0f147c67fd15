import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { CliError } from '../cli-error.js';
import { fileSize } from '../../shared/text/file-size.js';
import { progressBar } from '../progress-bar.js';
import { checkWritable } from '../../core/index.js';
import type { ExportProgress } from '../../shared/models/core-events.js';
import { followJob } from '../follow-job.js';

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
    const bar = ctx.json ? null : progressBar('Exporting');
    const job = { kind: 'export', cancel: 'dossier.cancel', onProgress: (p: ExportProgress) => bar?.update(p.done, p.total) } as const;
    await followJob(ctx, job, async (jobId) => {
      const ready = await ctx.call('library.export', { collection: typeof collection === 'string' ? collection : undefined, jobId });
      const bytes = await ctx.saveDownload(ready, path).catch((err: Error) => {
        throw new CliError(`Cannot write the export to ${path}: ${err.message}.`);
      });
      bar?.finish();
      const result = { path, bytes, clips: ready.clips };
      ctx.out(
        ctx.json
          ? JSON.stringify(result, null, 2)
          : `Wrote ${path} (${result.clips} clip${result.clips === 1 ? '' : 's'}, ${fileSize(bytes)}).`,
      );
    });
  },
};
