import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { z } from 'zod';
import { ApiError } from '../../shared/api/errors.js';
import { tagColor } from '../../shared/api/fields.js';
import { savedDossierShape, type DossierSpec } from '../../shared/models/dossier.js';
import type { TagColor } from '../../shared/organise/tag-colors.js';
import { clipRecordSchema, EXPORT_FORMAT, EXPORT_VERSION, exportHeadSchema, type ClipRecord, type ExportHead } from './export-format.js';

export interface ImportedTag {
  name: string;
  color: TagColor | null;
}

export interface ImportedDossier {
  name: string;
  spec: DossierSpec;
  collection: string | null;
  clips: number[] | null;
  createdAt: string;
  updatedAt: string;
}

/** The head as it will be imported: tag colours and saved dossiers checked as the API checks them. */
export type CheckedHead = Omit<ExportHead, 'tags' | 'dossiers'> & { tags: ImportedTag[]; dossiers: ImportedDossier[] };

/**
 * An export opened for import: its small tables, its clips (read one at a time and checked as
 * they come, afresh at each call, so they can be checked through before any is written), and
 * what was left out of the head because the API would refuse it.
 */
export interface OpenedExport {
  head: CheckedHead;
  clips: () => Iterable<ClipRecord>;
  refused: string[];
}

const savedDossier = z.object(savedDossierShape);

/** A value from the file, quoted for a message, cut short when long. */
function shortQuote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Past this, a file not laid out a clip per line is not read at once: it would take several times its size in memory. */
const MAX_WHOLE_FILE_BYTES = 200 * 1024 * 1024;
/** The most the part before the clips may take: tags, collections and saved dossiers, never near this. */
const MAX_HEAD_BYTES = 64 * 1024 * 1024;
/** The longest line read: one clip, its paste and HTML at their largest, escaped. */
const MAX_LINE_CHARS = 128 * 1024 * 1024;
const BLOCK_BYTES = 1024 * 1024;
/** The line that opens the list of clips in a file written by prepareLibraryExport. */
const CLIPS_LINE = ' "clips": [';

/** True when the text looks like a Cuttings export, judged by content, not by the file's name. */
export function looksLikeLibraryExport(text: string): boolean {
  return /^\s*\{/.test(text) && text.slice(0, 2_000).includes(`"${EXPORT_FORMAT}"`);
}

const damaged = (name: string, what: string) =>
  new ApiError('bad_input', `${name} is a Cuttings export but it is damaged: ${what}. Export it again from the original library.`);

function notJson(name: string, err: unknown): ApiError {
  return new ApiError(
    'bad_input',
    `${name} is not valid JSON (${(err as Error).message}), so it cannot be imported. Import a file made by “cuttings export” or Export ▸ JSON.`,
  );
}

/**
 * The export's head, checked. Every refusal says what the file is and what to do: a JSON file
 * from somewhere else, an export from a newer Cuttings, or one damaged on the way.
 */
function checkHead(data: unknown, name: string): { head: CheckedHead; refused: string[] } {
  const head = data !== null && typeof data === 'object' ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format !== EXPORT_FORMAT) {
    throw new ApiError(
      'bad_input',
      `${name} is a JSON file but not a Cuttings export, so it cannot be imported. Import a file made by “cuttings export” or Export ▸ JSON.`,
    );
  }
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) {
    throw new ApiError(
      'bad_input',
      `${name} does not say which version of the Cuttings export format it uses, so it cannot be read safely.`,
    );
  }
  if (head.version > EXPORT_VERSION) {
    throw new ApiError(
      'bad_input',
      `${name} was made by a newer Cuttings (export format ${head.version}; this one reads up to ${EXPORT_VERSION}). Update Cuttings, then import it again.`,
    );
  }
  const parsed = exportHeadSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw damaged(name, `at ${issue.path.join('.') || 'the top'}, ${issue.message}`);
  }
  const comparisonKeys = new Set<number>();
  for (const c of parsed.data.comparisons) {
    if (comparisonKeys.has(c.key)) throw damaged(name, 'two comparisons share a key');
    if (c.a === c.b) throw damaged(name, `comparison ${c.key} compares clip ${c.a} with itself`);
    comparisonKeys.add(c.key);
  }
  const keys = new Set<number>();
  for (const c of parsed.data.collections) {
    if (c.parent !== null && !keys.has(c.parent)) throw damaged(name, `collection ${c.name} comes before its parent`);
    if (keys.has(c.key)) throw damaged(name, 'two collections share a key');
    keys.add(c.key);
    for (const k of c.comparisons)
      if (!comparisonKeys.has(k)) throw damaged(name, `collection ${c.name} lists comparison ${k}, which is not in the file`);
  }
  const refused: string[] = [];
  const tags = parsed.data.tags.map((t): ImportedTag => {
    if (t.color === null || t.color === undefined) return { name: t.name, color: null };
    const color = tagColor.safeParse(t.color);
    if (!color.success)
      refused.push(`tag “${t.name}”: its colour ${shortQuote(t.color)} is not one of the tag palette's, so it comes in without a colour`);
    return { name: t.name, color: color.success ? color.data : null };
  });
  const dossiers = parsed.data.dossiers.flatMap((d, i): ImportedDossier[] => {
    const checked = savedDossier.safeParse({ name: d.name, spec: d.spec, collection: d.collection, clipIds: null });
    if (checked.success) return [{ ...checked.data, clips: d.clips, createdAt: d.createdAt, updatedAt: d.updatedAt }];
    const issue = checked.error.issues[0]!;
    const label = typeof d.name === 'string' && d.name ? `“${d.name.slice(0, 100)}”` : `number ${i + 1}`;
    refused.push(`saved dossier ${label}: left out, because its ${issue.path.join('.') || 'settings'} is not valid (${issue.message})`);
    return [];
  });
  return { head: { ...parsed.data, tags, dossiers }, refused };
}

/**
 * The clips, each checked as it is read; at the end, that the file held as many as it said and
 * that every reference names a clip in it. A failure part-way throws, and the import's
 * transaction takes back everything read so far.
 */
function* checkedClips(head: CheckedHead, records: Iterable<unknown>, name: string): Generator<ClipRecord> {
  const keys = new Set<number>();
  const versions: ClipRecord[] = [];
  let index = 0;
  for (const record of records) {
    const parsed = clipRecordSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw damaged(name, `at clips.${[index, ...issue.path].join('.')}, ${issue.message}`);
    }
    if (keys.has(parsed.data.key)) throw damaged(name, 'two clips share a key');
    keys.add(parsed.data.key);
    if (parsed.data.versionOf !== null) versions.push(parsed.data);
    if (parsed.data.versionOf !== null && parsed.data.versionOfHashes)
      throw damaged(name, `clip ${parsed.data.key} names its earlier version both by key and by hashes`);
    index++;
    yield parsed.data;
  }
  if (index !== head.clipCount)
    throw damaged(name, `it holds ${index} of the ${head.clipCount} clips it lists (it may have been cut short)`);
  for (const c of versions)
    if (!keys.has(c.versionOf!)) throw damaged(name, `clip ${c.key} is a version of clip ${c.versionOf}, which is not in the file`);
  for (const c of head.collections) {
    for (const k of c.clips) if (!keys.has(k)) throw damaged(name, `collection ${c.name} lists clip ${k}, which is not in the file`);
  }
  for (const c of head.comparisons) {
    for (const k of [c.a, c.b]) if (!keys.has(k)) throw damaged(name, `comparison “${c.title}” is of clip ${k}, which is not in the file`);
  }
}

/** An export held in one string: for small files, and files not laid out a clip per line. */
export function readLibraryExport(text: string, name: string): OpenedExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw notJson(name, err);
  }
  const { head, refused } = checkHead(data, name);
  const clips = (data as { clips?: unknown }).clips;
  if (!Array.isArray(clips)) throw damaged(name, 'it has no list of clips');
  return { head, refused, clips: () => checkedClips(head, clips, name) };
}

/** The file's lines, read a block at a time and decoded across block boundaries; a line past MAX_LINE_CHARS stops the reading. */
function* fileLines(path: string, name: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const block = Buffer.alloc(BLOCK_BYTES);
    let rest = '';
    for (let read = readSync(fd, block); read > 0; read = readSync(fd, block)) {
      const text = decoder.write(block.subarray(0, read));
      if (!text.includes('\n')) {
        // Joined without splitting, so a long line costs its length once, not once per block.
        rest += text;
        if (rest.length > MAX_LINE_CHARS)
          throw damaged(name, `it has a line longer than any export holds (over ${MAX_LINE_CHARS / 1024 / 1024} MB)`);
        continue;
      }
      const lines = (rest + text).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** The clip lines after `"clips": [`, up to the closing bracket; a file that stops early is damaged. */
function* clipLines(lines: Iterator<string>, name: string): Generator<unknown> {
  try {
    for (let next = lines.next(); !next.done; next = lines.next()) {
      const line = next.value.trim();
      if (line === ']') return;
      if (!line) continue;
      try {
        yield JSON.parse(line.replace(/,$/, ''));
      } catch (err) {
        throw damaged(name, `a clip cannot be read (${(err as Error).message})`);
      }
    }
    throw damaged(name, 'it ends before its list of clips does (it may have been cut short)');
  } finally {
    // Closes the file however reading stops: at the end, on damage, or when the reader leaves early.
    lines.return?.(undefined);
  }
}

/** The file's lines after the one that opens its list of clips. */
function linesAfterHead(path: string, name: string): Iterator<string> {
  const lines = fileLines(path, name);
  for (let next = lines.next(); !next.done; next = lines.next()) if (next.value.replace(/\r$/, '') === CLIPS_LINE) break;
  return lines;
}

/**
 * Opens an export file. One written by Cuttings (a clip per line after the head) is read a clip
 * at a time, so a library of any size imports in bounded memory; any other layout of the same
 * JSON is read whole.
 */
export function openLibraryExportFile(path: string, name: string): OpenedExport {
  const lines = fileLines(path, name);
  const headLines: string[] = [];
  let headBytes = 0;
  for (let next = lines.next(); !next.done; next = lines.next()) {
    // Exactly as the writer puts it: one space in, so a collection's own "clips" list (deeper) is never taken for it.
    if (next.value.replace(/\r$/, '') === CLIPS_LINE) {
      let data: unknown;
      try {
        data = JSON.parse(`${headLines.join('\n').replace(/,\s*$/, '')}\n}`);
      } catch (err) {
        lines.return(undefined);
        throw notJson(name, err);
      }
      lines.return(undefined);
      const { head, refused } = checkHead(data, name);
      return { head, refused, clips: () => checkedClips(head, clipLines(linesAfterHead(path, name), name), name) };
    }
    headLines.push(next.value);
    headBytes += next.value.length;
    if (headBytes > MAX_HEAD_BYTES) break;
  }
  lines.return(undefined);
  if (statSync(path).size > MAX_WHOLE_FILE_BYTES) {
    throw new ApiError(
      'bad_input',
      `${name} is too large to read in one piece (over ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB, not laid out a clip per line). Import the file exactly as “cuttings export” wrote it.`,
    );
  }
  return readLibraryExport(readFileSync(path, 'utf8'), name);
}
