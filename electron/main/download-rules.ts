import type { FileFilter } from 'electron';

const KINDS: Record<string, string> = {
  pdf: 'PDF Document',
  html: 'Web Page',
  md: 'Markdown Document',
  json: 'Cuttings Export (JSON)',
  db: 'Cuttings Library Backup',
  zip: 'ZIP Archive',
  txt: 'Plain Text',
};

/** The save dialog's file types: the download's own first, so the suggested name keeps its extension. */
export function saveDialogFilters(filename: string): FileFilter[] {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(filename)?.[1]?.toLowerCase();
  const all = { name: 'All Files', extensions: ['*'] };
  if (!extension) return [all];
  return [{ name: KINDS[extension] ?? `${extension.toUpperCase()} File`, extensions: [extension] }, all];
}

/** The name as suggested, without any folder part a page might slip in. */
export function suggestedName(filename: string): string {
  const name = filename.split(/[\\/]/).pop()?.trim() ?? '';
  return name === '' || name === '.' || name === '..' ? 'Cuttings export' : name;
}
