import { readFileSync } from 'node:fs';
import type { Command, CommandContext } from '../command.js';
import { CliError } from '../cli-error.js';
import { parseClipId } from '../clip-id.js';
import { paragraphsFromText, wordCount } from '../../shared/text/clip-body.js';
import type { ClipEdit, FieldChange } from '../../shared/models/clip-edit.js';
import type { ApiInput } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { staleVersionMessage, utcMoment } from '../../shared/edit/stale-version.js';

type Fields = ApiInput<'clips.update'>['fields'];

const ONE_VALUE_FLAGS = ['title', 'date', 'dateline', 'source', 'byline', 'language', 'url', 'text'] as const;

function flagValue(ctx: CommandContext, name: (typeof ONE_VALUE_FLAGS)[number]): string | undefined {
  const value = ctx.flags[name];
  if (Array.isArray(value)) throw new CliError(`Give --${name} once.`, 2);
  return typeof value === 'string' ? value : undefined;
}

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`There is no file at ${file}.`);
    throw new CliError(`Cannot read ${file}: ${(err as Error).message}`);
  }
}

/**
 * The flags as a patch: an empty value clears a field, a missing flag leaves it alone. The new
 * text (`--text`) is read last, by `readNewText`, once the clip's version has been read.
 */
function fieldsFromFlags(ctx: CommandContext): Fields {
  const fields: Fields = {};
  const orNull = (v: string) => (v.trim() === '' ? null : v);
  const title = flagValue(ctx, 'title');
  const date = flagValue(ctx, 'date');
  const dateline = flagValue(ctx, 'dateline');
  const source = flagValue(ctx, 'source');
  const byline = flagValue(ctx, 'byline');
  const language = flagValue(ctx, 'language');
  const url = flagValue(ctx, 'url');
  if (title !== undefined) fields.title = orNull(title);
  if (date !== undefined) {
    if (date.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(date.trim()))
      throw new CliError(`--date takes a date as YYYY-MM-DD (e.g. 2024-05-14), not “${date}”.`, 2);
    fields.date = orNull(date.trim());
  }
  if (dateline !== undefined) fields.dateline = orNull(dateline);
  if (source !== undefined) fields.source = orNull(source);
  if (byline !== undefined)
    fields.byline = byline
      .split(/[;,]/)
      .map((n) => n.trim())
      .filter(Boolean);
  if (language !== undefined) fields.language = language.trim();
  if (url !== undefined) fields.url = orNull(url);
  return fields;
}

/** The paragraphs of `--text FILE` (or standard input for -); undefined when the flag is not given. */
function readNewText(ctx: CommandContext): string[] | undefined {
  const text = flagValue(ctx, 'text');
  if (text === undefined) return undefined;
  const paragraphs = paragraphsFromText(readText(text));
  if (!paragraphs.length)
    throw new CliError(`${text === '-' ? 'Standard input' : text} has no text in it; the clip’s text was left as it was.`);
  return paragraphs;
}

/** A save refused because the clip changed after this command read it: who changed it, and what to run next. */
function staleEdit(id: number, err: unknown): unknown {
  if (!(err instanceof ApiError) || err.code !== 'stale_version' || !err.changed) return err;
  return new CliError(
    staleVersionMessage(
      'clip',
      err.changed,
      null,
      (iso) => utcMoment(iso),
      `Run cuttings show ${id} to see it as it is now, then run the edit again.`,
    ),
  );
}

export const editCommand: Command = {
  name: 'edit',
  usage: 'cuttings edit ID [--title T] [--date D] [--dateline P] [--source S] [--byline "A, B"] [--language L] [--url U] [--text FILE]',
  summary: 'correct a saved clip (an empty value clears a field); the original paste is kept',
  valueFlags: [...ONE_VALUE_FLAGS],
  async run(ctx) {
    const id = parseClipId(ctx.args[0]);
    const fields = fieldsFromFlags(ctx);
    if (!Object.keys(fields).length && flagValue(ctx, 'text') === undefined)
      throw new CliError(`Say what to change, e.g. cuttings edit ${id} --title "A better headline".\nUsage: ${editCommand.usage}`, 2);
    // The edit is made against the clip as read here: a change made meanwhile (in the app, by
    // another command) is reported, not written over.
    const { version } = await ctx.call('clips.get', { id });
    const paragraphs = readNewText(ctx);
    if (paragraphs) fields.paragraphs = paragraphs;
    const before = await ctx.call('clips.history', { id });
    const clip = await ctx.call('clips.update', { id, fields, via: 'cli', version }).catch((err: unknown) => {
      throw staleEdit(id, err);
    });
    if (ctx.json) return ctx.out(JSON.stringify(clip, null, 2));
    const after = await ctx.call('clips.history', { id });
    const changed = after.length > before.length ? after[0]!.changes.map((c) => FIELD_NAMES[c.field]) : [];
    ctx.out(changed.length ? `Clip ${id} edited: ${changed.join(', ')}.` : `Clip ${id} already had those values; nothing changed.`);
    for (const h of clip.droppedHighlights) ctx.out(`A highlight could not be kept: its words “${h.exact}” are no longer in the text.`);
  },
};

const FIELD_NAMES: Record<FieldChange['field'], string> = {
  title: 'title',
  date: 'date',
  dateline: 'dateline',
  source: 'source',
  byline: 'byline',
  language: 'language',
  url: 'address',
  paragraphs: 'text',
  quotes: 'quotes',
  people: 'people',
  places: 'places',
  organizations: 'organisations',
};

function describeChange(c: FieldChange): string {
  const show = (v: FieldChange['before']) => {
    if (v === null || (Array.isArray(v) && v.length === 0)) return '(none)';
    if (typeof v === 'string') return `“${v}”`;
    return v.map((x) => (typeof x === 'string' ? x : `“${x.text}”`)).join(', ');
  };
  if (c.field === 'paragraphs') return `text: ${wordCount(c.before as string[])} → ${wordCount(c.after as string[])} words`;
  return `${FIELD_NAMES[c.field]}: ${show(c.before)} → ${show(c.after)}`;
}

export function describeEdit(e: ClipEdit): string[] {
  const where = e.via === 'cli' ? 'the command line' : 'the app';
  return [`${e.at.slice(0, 16).replace('T', ' ')} UTC  ${e.user}, in ${where}`, ...e.changes.map((c) => `    ${describeChange(c)}`)];
}

export const historyCommand: Command = {
  name: 'history',
  usage: 'cuttings history ID [--json]',
  summary: 'the corrections made to a clip since it was saved, newest first',
  async run(ctx) {
    const id = parseClipId(ctx.args[0]);
    const edits = await ctx.call('clips.history', { id });
    if (ctx.json) return ctx.out(JSON.stringify(edits, null, 2));
    if (!edits.length) return ctx.out(`Clip ${id} has not been edited since it was saved.`);
    ctx.out(edits.flatMap(describeEdit).join('\n'));
  },
};
