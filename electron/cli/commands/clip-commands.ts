import type { Command } from '../command.js';
import { CliError } from '../cli-error.js';
import { parseClipId } from '../clip-id.js';
import { readPaste } from '../read-input.js';
import { highlightSnippet, summaryLine } from '../format.js';
import { collectionIdByName, flagList } from './organise-commands.js';
import type { ClipDraft } from '../../shared/models/clip-draft.js';
import { draftFromPaste } from '../../core/index.js';
import { existsSync } from 'node:fs';
import { LIST_SORTS, type ListSort } from '../../shared/models/list-sort.js';

function describeDraft(d: ClipDraft & { id?: number }): string {
  const lines = [
    d.id !== undefined ? `Saved as clip ${d.id}.` : null,
    `Title:     ${d.title ?? '(none)'}`,
    `Date:      ${d.date ?? '(none)'}`,
    `Dateline:  ${d.dateline ?? '(none)'}`,
    `Source:    ${d.source ?? '(none)'}`,
    `Byline:    ${d.byline.join(', ') || '(none)'}`,
    `Language:  ${d.language}`,
    d.url ? `URL:       ${d.url}` : null,
    `Words:     ${d.wordCount} in ${d.paragraphs.length} paragraphs`,
    d.quotes.length ? `Quotes:    ${d.quotes.length}` : null,
    d.people.length ? `People:    ${d.people.join(', ')}` : null,
    d.places.length ? `Places:    ${d.places.join(', ')}` : null,
    d.organizations.length ? `Orgs:      ${d.organizations.join(', ')}` : null,
    d.duplicateOf ? `Note:      ${duplicateNote(d.duplicateOf, d.id)}` : null,
  ];
  return [...lines, ...(d.notices ?? []).map((n) => `Note:      ${n}`)].filter((l) => l !== null).join('\n');
}

/** What a paste has in common with a clip already in the library, and what the user can do about it. */
function duplicateNote(dup: NonNullable<ClipDraft['duplicateOf']>, savedAs: number | undefined): string {
  const title = dup.title ? ` (“${dup.title}”)` : '';
  if (dup.similarity >= 1) {
    const undo = savedAs === undefined ? '' : `; \`cuttings delete ${savedAs}\` removes this copy`;
    return `the same text as clip ${dup.id}${title}${undo}`;
  }
  const same = dup.contained
    ? `clip ${dup.id}${title} with passages added or cut`
    : `${Math.round(dup.similarity * 100)}% the same as clip ${dup.id}${title}`;
  return savedAs === undefined
    ? `${same}; \`cuttings add --version-of ${dup.id}\` saves it as a newer version of that clip`
    : `${same}; \`cuttings compare ${dup.id} ${savedAs}\` shows them side by side`;
}

export const parseCommand: Command = {
  name: 'parse',
  usage: 'cuttings parse FILE|- [--json]',
  summary: 'read a pasted article without saving it',
  async run(ctx) {
    const paste = await readPaste(ctx.args[0]);
    // Parsing never creates a library: duplicates are only looked for in one that exists.
    const draft = existsSync(ctx.libraryPath) ? await ctx.call('clips.parse', paste) : await draftFromPaste(paste, { readAt: new Date() });
    ctx.out(ctx.json ? JSON.stringify(draft, null, 2) : describeDraft(draft));
  },
};

export const addCommand: Command = {
  name: 'add',
  usage: 'cuttings add FILE|- [--tag T]... [--collection C]... [--version-of ID] [--json]',
  summary: 'clip an article into the library; --version-of links it as a newer version of a clip',
  valueFlags: ['tag', 'collection', 'version-of'],
  async run(ctx) {
    const paste = await readPaste(ctx.args[0]);
    const versionOf = ctx.flags['version-of'] === undefined ? null : parseClipId(String(ctx.flags['version-of']));
    // Resolve collections first, so a misspelt name stops the command before anything is saved.
    const collectionIds = await Promise.all(flagList(ctx, 'collection').map((c) => collectionIdByName(ctx, c)));
    const clip = await ctx.call('clips.create', { ...paste, versionOf });
    const tags = flagList(ctx, 'tag');
    if (tags.length) await ctx.call('tags.apply', { clipIds: [clip.id], names: tags });
    for (const id of collectionIds) await ctx.call('collections.addClips', { id, clipIds: [clip.id] });
    ctx.out(ctx.json ? JSON.stringify(clip, null, 2) : describeDraft(clip));
  },
};

export const listCommand: Command = {
  name: 'list',
  usage:
    'cuttings list [--json] [--collection C] [--tag T] [--trash] [--sort date-desc|date-asc|clipped-desc|clipped-asc|source-asc|source-desc|title-asc|title-desc|collection]',
  summary: 'list the clips, newest clipped first (a collection in its own order), or as --sort says',
  valueFlags: ['collection', 'tag', 'sort'],
  async run(ctx) {
    const collection = typeof ctx.flags.collection === 'string' ? await collectionIdByName(ctx, ctx.flags.collection) : undefined;
    const tag = typeof ctx.flags.tag === 'string' ? ctx.flags.tag : undefined;
    const sort = ctx.flags.sort === undefined ? undefined : String(ctx.flags.sort);
    if (sort !== undefined && !(LIST_SORTS as readonly string[]).includes(sort)) {
      throw new CliError(`--sort takes one of ${LIST_SORTS.join(', ')}.`, 2);
    }
    const page = await ctx.call('clips.list', {
      trashed: ctx.flags.trash === true,
      limit: 1000,
      collectionId: collection,
      tag,
      sort: sort as ListSort | undefined,
    });
    if (ctx.json) return ctx.out(JSON.stringify(page.items, null, 2));
    if (!page.items.length) return ctx.out(ctx.flags.trash ? 'The trash is empty.' : 'No clips yet. Add one with: cuttings add FILE');
    ctx.out(page.items.map(summaryLine).join('\n'));
    if (page.total > page.items.length) ctx.out(`… and ${page.total - page.items.length} more.`);
  },
};

export const showCommand: Command = {
  name: 'show',
  usage: 'cuttings show ID [--json]',
  summary: 'print one clip',
  async run(ctx) {
    const clip = await ctx.call('clips.get', { id: parseClipId(ctx.args[0]) });
    if (ctx.json) return ctx.out(JSON.stringify(clip, null, 2));
    const meta = [clip.date, clip.dateline, clip.source, clip.byline.join(', ')].filter(Boolean).join(' · ');
    const newer = clip.supersededBy
      ? `Superseded by clip ${clip.supersededBy.id}, a newer version${clip.supersededBy.title ? ` (“${clip.supersededBy.title}”)` : ''}.`
      : null;
    const head = [clip.title ?? '(untitled)', meta, clip.url, newer].filter((line) => line !== null);
    ctx.out([...head, '', ...clip.paragraphs.flatMap((p) => [p, ''])].join('\n').trimEnd());
  },
};

export const searchCommand: Command = {
  name: 'search',
  usage: 'cuttings search QUERY [--limit N] [--json]',
  summary: 'full-text search',
  valueFlags: ['limit'],
  async run(ctx) {
    const query = ctx.args.join(' ');
    if (!query.trim()) throw new CliError('Give something to search for, e.g. cuttings search "grain deal"', 2);
    const limit = ctx.flags.limit === undefined ? 20 : Number(ctx.flags.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new CliError('--limit takes a whole number of at least 1.', 2);
    const result = await ctx.call('search.query', { query, limit });
    if (ctx.json) return ctx.out(JSON.stringify(result, null, 2));
    if (result.notice) ctx.out(result.notice);
    if (!result.hits.length) return ctx.out(`Nothing found for ${query}.`);
    const tty = process.stdout.isTTY === true;
    for (const hit of result.hits) {
      ctx.out(summaryLine(hit));
      ctx.out(`        ${highlightSnippet(hit.snippet, tty)}`);
    }
    ctx.out(`${result.total} clip${result.total === 1 ? '' : 's'} found.`);
  },
};
