import { ApiError } from '../../shared/api/errors.js';
import { EXPORT_FORMAT, EXPORT_VERSION, libraryExportSchema, type LibraryExport } from './export-format.js';

/** True when the text looks like a Cuttings export, judged by content, not by the file's name. */
export function looksLikeLibraryExport(text: string): boolean {
  return /^\s*\{/.test(text) && text.slice(0, 2_000).includes(`"${EXPORT_FORMAT}"`);
}

/**
 * The export in `text`, checked. Every refusal says what the file is and what to do: a JSON file
 * from somewhere else, an export from a newer Cuttings, or one damaged on the way.
 */
export function readLibraryExport(text: string, name: string): LibraryExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ApiError('bad_input', `${name} is not valid JSON (${(err as Error).message}), so it cannot be imported. Import a file made by “cuttings export” or Export ▸ JSON.`);
  }
  const head = data !== null && typeof data === 'object' ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format !== EXPORT_FORMAT) {
    throw new ApiError('bad_input', `${name} is a JSON file but not a Cuttings export, so it cannot be imported. Import a file made by “cuttings export” or Export ▸ JSON.`);
  }
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) {
    throw new ApiError('bad_input', `${name} does not say which version of the Cuttings export format it uses, so it cannot be read safely.`);
  }
  if (head.version > EXPORT_VERSION) {
    throw new ApiError(
      'bad_input',
      `${name} was made by a newer Cuttings (export format ${head.version}; this one reads up to ${EXPORT_VERSION}). Update Cuttings, then import it again.`,
    );
  }
  const parsed = libraryExportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ApiError('bad_input', `${name} is a Cuttings export but it is damaged at ${issue.path.join('.') || 'the top'}: ${issue.message}. Export it again from the original library.`);
  }
  checkKeys(parsed.data, name);
  return parsed.data;
}

/** Every reference in the file names a record in it, so nothing is silently dropped on import. */
function checkKeys(data: LibraryExport, name: string): void {
  const clipKeys = new Set(data.clips.map((c) => c.key));
  const collectionKeys = new Set<number>();
  const broken = (what: string) => new ApiError('bad_input', `${name} is a Cuttings export but it is damaged: ${what}. Export it again from the original library.`);
  if (clipKeys.size !== data.clips.length) throw broken('two clips share a key');
  for (const c of data.clips) if (c.versionOf !== null && !clipKeys.has(c.versionOf)) throw broken(`clip ${c.key} is a version of clip ${c.versionOf}, which is not in the file`);
  for (const c of data.collections) {
    if (c.parent !== null && !collectionKeys.has(c.parent)) throw broken(`collection ${c.name} comes before its parent`);
    if (collectionKeys.has(c.key)) throw broken('two collections share a key');
    collectionKeys.add(c.key);
    for (const k of c.clips) if (!clipKeys.has(k)) throw broken(`collection ${c.name} lists clip ${k}, which is not in the file`);
  }
}
