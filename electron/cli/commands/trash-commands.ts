import type { Command } from '../command.js';
import { CliError } from '../cli-error.js';
import { parseClipId } from '../clip-id.js';

const clipsWord = (n: number) => `${n.toLocaleString('en')} clip${n === 1 ? '' : 's'}`;

export const deleteCommand: Command = {
  name: 'delete',
  usage: 'cuttings delete ID... [--permanently]',
  summary: 'move clips to the Trash; --permanently deletes them for good, with their notes, highlights and paste',
  async run(ctx) {
    if (!ctx.args.length) throw new CliError('Give the number of the clip to delete, as `cuttings list` shows it.', 2);
    const ids = ctx.args.map(parseClipId);
    // Read first, so a wrong number stops the command before anything is deleted, and the titles can be named.
    const clips = await Promise.all(ids.map((id) => ctx.call('clips.get', { id })));
    const named = clips.map((c) => `${c.id} “${c.title ?? 'untitled'}”`).join(', ');
    await ctx.call('clips.trash', { ids });
    if (ctx.flags.permanently !== true) {
      if (ctx.json) return ctx.out(JSON.stringify({ trashed: ids }));
      return ctx.out(
        `Moved to the Trash: ${named}.\nRestore from the Trash in the app, or delete for good with: cuttings delete ${ids.join(' ')} --permanently`,
      );
    }
    const { purged } = await ctx.call('trash.purge', { ids });
    ctx.out(ctx.json ? JSON.stringify({ deleted: purged }) : `Deleted for good: ${named}.`);
  },
};

export const trashCommand: Command = {
  name: 'trash',
  usage: 'cuttings trash empty',
  summary: 'delete every clip in the Trash for good (`cuttings list --trash` shows them)',
  async run(ctx) {
    if (ctx.args[0] !== 'empty' || ctx.args.length > 1)
      throw new CliError('Usage: cuttings trash empty (to see what is in the Trash: cuttings list --trash)', 2);
    const { purged } = await ctx.call('trash.empty', {});
    if (ctx.json) return ctx.out(JSON.stringify({ deleted: purged }));
    ctx.out(purged.length ? `Emptied the Trash: ${clipsWord(purged.length)} deleted for good.` : 'The Trash is already empty.');
  },
};
