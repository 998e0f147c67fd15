import type { Command, CommandContext } from '../command.js';
import { CliError } from '../cli-error.js';
import { parseClipId } from '../clip-id.js';

/** Flags that may repeat (`--tag a --tag b`) as a list. */
export function flagList(ctx: CommandContext, name: string): string[] {
  const v = ctx.flags[name];
  if (v === undefined || v === true || v === false) return [];
  return Array.isArray(v) ? v : [v];
}

/** A collection named on the command line, by name or path, resolved to its id. */
export async function collectionIdByName(ctx: CommandContext, name: string): Promise<number> {
  return (await ctx.call('collections.find', { name })).id;
}

export const tagCommand: Command = {
  name: 'tag',
  usage: 'cuttings tag ID TAG...',
  summary: 'tag a clip (tags nest with /, e.g. region/europe)',
  async run(ctx) {
    const [id, ...names] = ctx.args;
    if (!names.length) throw new CliError('Give a clip number and at least one tag.', 2);
    await ctx.call('tags.apply', { clipIds: [parseClipId(id)], names });
    ctx.out(ctx.json ? JSON.stringify({ id: Number(id), tagged: names }) : `Tagged clip ${id}: ${names.join(', ')}`);
  },
};

export const untagCommand: Command = {
  name: 'untag',
  usage: 'cuttings untag ID TAG...',
  summary: 'remove tags from a clip',
  async run(ctx) {
    const [id, ...names] = ctx.args;
    if (!names.length) throw new CliError('Give a clip number and at least one tag.', 2);
    await ctx.call('tags.remove', { clipIds: [parseClipId(id)], names });
    ctx.out(ctx.json ? JSON.stringify({ id: Number(id), untagged: names }) : `Removed from clip ${id}: ${names.join(', ')}`);
  },
};

export const collectionCommand: Command = {
  name: 'collection',
  usage:
    'cuttings collection create NAME [--parent P] [--query Q] | add NAME ID... | add-comparison NAME ID_A ID_B [--title T] | move NAME --parent P|--top [--index N] | list',
  summary: 'make collections and put clips and comparisons in them',
  valueFlags: ['parent', 'query', 'description', 'index', 'title'],
  async run(ctx) {
    const [verb, name, ...rest] = ctx.args;
    if (verb === 'list') {
      const all = await ctx.call('collections.list', {});
      if (ctx.json) return ctx.out(JSON.stringify(all, null, 2));
      if (!all.length) return ctx.out('No collections yet. Create one with: cuttings collection create NAME');
      const print = (parentId: number | null, depth: number): void => {
        for (const c of all.filter((x) => x.parentId === parentId)) {
          ctx.out(`${'  '.repeat(depth)}${c.name}${c.query ? ` [smart: ${c.query}]` : ''} (${c.count})`);
          print(c.id, depth + 1);
        }
      };
      return print(null, 0);
    }
    if (!name) throw new CliError(`Usage: ${this.usage}`, 2);
    if (verb === 'create') {
      const parent = typeof ctx.flags.parent === 'string' ? await collectionIdByName(ctx, ctx.flags.parent) : null;
      const created = await ctx.call('collections.create', {
        name,
        parentId: parent,
        description: typeof ctx.flags.description === 'string' ? ctx.flags.description : '',
        query: typeof ctx.flags.query === 'string' ? ctx.flags.query : null,
      });
      return ctx.out(ctx.json ? JSON.stringify(created, null, 2) : `Created the collection ${created.name}.`);
    }
    if (verb === 'add') {
      if (!rest.length) throw new CliError('Give the clip numbers to add.', 2);
      const id = await collectionIdByName(ctx, name);
      const { added } = await ctx.call('collections.addClips', { id, clipIds: rest.map(parseClipId) });
      return ctx.out(
        ctx.json ? JSON.stringify({ collection: id, added }) : `Added ${added.length} clip${added.length === 1 ? '' : 's'} to ${name}.`,
      );
    }
    if (verb === 'add-comparison') {
      if (rest.length !== 2) throw new CliError('Give the two clip numbers to compare: A, printed on the left, then B.', 2);
      const collectionId = await collectionIdByName(ctx, name);
      const title = typeof ctx.flags.title === 'string' ? ctx.flags.title : undefined;
      const { comparison, added } = await ctx.call('comparisons.add', {
        collectionId,
        a: parseClipId(rest[0]),
        b: parseClipId(rest[1]),
        title,
      });
      if (ctx.json) return ctx.out(JSON.stringify({ collection: collectionId, added, comparison }, null, 2));
      return ctx.out(
        added ? `Added the comparison “${comparison.title}” to ${name}.` : `${name} already holds the comparison “${comparison.title}”.`,
      );
    }
    if (verb === 'move') {
      const id = await collectionIdByName(ctx, name);
      if (typeof ctx.flags.parent !== 'string' && ctx.flags.top !== true) throw new CliError('Say where to: --parent NAME, or --top.', 2);
      const parentId = typeof ctx.flags.parent === 'string' ? await collectionIdByName(ctx, ctx.flags.parent) : null;
      const index = ctx.flags.index === undefined ? Number.MAX_SAFE_INTEGER : Number(ctx.flags.index);
      if (!Number.isInteger(index) || index < 0) throw new CliError('--index takes a position from 0.', 2);
      await ctx.call('collections.move', { id, parentId, index });
      return ctx.out(
        ctx.json
          ? JSON.stringify({ moved: id, parentId })
          : `Moved ${name} ${parentId === null ? 'to the top level' : `into ${ctx.flags.parent}`}.`,
      );
    }
    throw new CliError(`Unknown: collection ${verb}. Usage: ${this.usage}`, 2);
  },
};
