import type { RereadProgress, RereadResult } from '../../shared/models/reread.js';
import type { Command } from '../command.js';
import { CliError } from '../cli-error.js';
import { followJob } from '../follow-job.js';
import { parseClipId } from '../clip-id.js';
import { progressBar } from '../progress-bar.js';

const clipsWord = (n: number) => `${n.toLocaleString('en')} clip${n === 1 ? '' : 's'}`;

function summary(result: RereadResult): string {
  const lines = [`Read again: ${clipsWord(result.reread)}, ${result.changed.length.toLocaleString('en')} with new names or quotes.`];
  for (const { id, fields } of result.kept) lines.push(`Clip ${id}: kept your corrections to ${fields.join(', ')}.`);
  if (result.missing.length) lines.push(`No clip numbered ${result.missing.join(', ')}: see \`cuttings list\`.`);
  if (result.cancelled) lines.push('Stopped before the last clip; run the command again to read the rest.');
  return lines.join('\n');
}

export const rereadCommand: Command = {
  name: 'reread',
  usage: 'cuttings reread ID... | --all',
  summary: 'find the people, places, organisations and quotes of saved clips again, keeping what you corrected by hand',
  async run(ctx) {
    const all = ctx.flags.all === true;
    if (all === ctx.args.length > 0)
      throw new CliError('Give the numbers of the clips to read again (as `cuttings list` shows them), or --all for every clip.', 2);
    const ids = all ? await ctx.call('clips.ids', { trashed: false }) : ctx.args.map(parseClipId);
    if (!ids.length)
      return ctx.out(
        ctx.json
          ? JSON.stringify({ reread: 0, changed: [], kept: [], missing: [], cancelled: false })
          : 'The library has no clips to read.',
      );
    const bar = ctx.json ? null : progressBar('Reading names');
    const job = { kind: 'reread', cancel: 'clips.rereadCancel', onProgress: (p: RereadProgress) => bar?.update(p.done, p.total) } as const;
    const result = await followJob(ctx, job, (jobId) => ctx.call('clips.reread', { ids, jobId }));
    bar?.finish();
    ctx.out(ctx.json ? JSON.stringify(result, null, 2) : summary(result));
  },
};
