/** File types `cuttings import`, the Import dialog and a drop onto the window all accept. */
export const IMPORTABLE_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.eml',
  '.pdf',
  '.enex',
  '.jex',
  '.json',
  '.csv',
  '.zip',
  '.rdf',
] as const;

/** The extension of a file name or path, lower-cased with its dot ("" when it has none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function isImportable(name: string): boolean {
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** A file that held several articles or notes: each is saved as a clip and answered on its own. */
export interface ImportPartOf {
  file: string;
  count: number;
}

/** What became of one imported file, or of one article or note in it (`partOf`). */
export type ImportFileResult = (
  | { name: string; outcome: 'added'; id: number }
  /** An exact duplicate of a saved clip: not added again. */
  | { name: string; outcome: 'duplicate'; of: number }
  /** A near-duplicate, saved as a new version of the clip it resembles. */
  | { name: string; outcome: 'version'; id: number; of: number; similarity: number; contained?: boolean; rewritten?: boolean }
  | { name: string; outcome: 'failed'; reason: string }
) & {
  partOf?: ImportPartOf;
  /** What could not be kept of a saved clip's metadata (a highlight whose words are not in its text). */
  warnings?: string[];
};

/** Files read as bytes rather than text: the app sends them to the core as base64. */
export const BINARY_IMPORT_EXTENSIONS = ['.pdf', '.jex', '.zip'] as const;

export function isBinaryImport(name: string): boolean {
  return (BINARY_IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/**
 * The folders between what was chosen and a file, from its name inside it
 * ("Export/Work/Reports/note.md" gives Work, Reports): where another tool kept its notebooks.
 */
export function foldersOf(name: string): string[] {
  return name
    .split(/[\\/]/)
    .slice(1, -1)
    .filter((part) => part && part !== '.');
}
