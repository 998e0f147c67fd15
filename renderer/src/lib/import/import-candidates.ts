import { extensionOf, isImportable } from '../../../../electron/shared/models/file-import.js';

/** A file picked or dropped for import, named by its path inside what was chosen ("Desk/2024/story.txt"). */
export interface ImportCandidate {
  name: string;
  file: File;
  /**
   * For a Zotero RDF export chosen as a folder, the files beside the .rdf (its files/ folder), by
   * their path from it: sent with it, not imported one by one.
   */
  beside?: ImportCandidate[];
}

/** Names under a hidden file or folder (".DS_Store", ".git/…"), which `cuttings import` passes over too. */
const hidden = (name: string) => name.split('/').some((part) => part.startsWith('.'));

const folderOf = (name: string) => name.slice(0, name.lastIndexOf('/') + 1);

/** Each .rdf inside a chosen folder takes the files under its folder with it (a Zotero export's snapshots and PDFs). */
function bundleExports(candidates: ImportCandidate[]): ImportCandidate[] {
  const rdfs = candidates.filter((c) => extensionOf(c.name) === '.rdf' && folderOf(c.name));
  if (!rdfs.length) return candidates;
  const exportOf = (c: ImportCandidate) => rdfs.find((rdf) => rdf !== c && c.name.startsWith(folderOf(rdf.name)));
  const beside = new Map(rdfs.map((rdf) => [rdf, [] as ImportCandidate[]]));
  const rest: ImportCandidate[] = [];
  for (const c of candidates) {
    const rdf = exportOf(c);
    if (rdf && !rdfs.includes(c)) beside.get(rdf)!.push({ name: c.name.slice(folderOf(rdf.name).length), file: c.file });
    else if (!rdfs.includes(c)) rest.push(c);
  }
  return [...rest, ...rdfs.map((rdf) => ({ ...rdf, beside: beside.get(rdf)! }))].sort((a, b) => a.name.localeCompare(b.name));
}

/** Sorts what was chosen into files to import and files to list as skipped, in a stable order. */
export function sortCandidates(candidates: ImportCandidate[]): { files: ImportCandidate[]; skipped: string[] } {
  const visible = bundleExports(candidates.filter((c) => !hidden(c.name)).sort((a, b) => a.name.localeCompare(b.name)));
  return {
    files: visible.filter((c) => isImportable(c.name)),
    skipped: visible.filter((c) => !isImportable(c.name)).map((c) => c.name),
  };
}

/** The files of an `<input type=file>`, with their folder path when a folder was chosen. */
export function candidatesFromInput(list: FileList | null): ImportCandidate[] {
  return Array.from(list ?? [], (file) => ({ name: file.webkitRelativePath || file.name, file }));
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in chunks (about a hundred at a time in Chromium) until it answers none.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return all;
    all.push(...chunk);
  }
}

async function walk(entry: FileSystemEntry, out: ImportCandidate[]): Promise<void> {
  const name = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile) out.push({ name, file: await fileOf(entry as FileSystemFileEntry) });
  else if (entry.isDirectory && !entry.name.startsWith('.')) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

/**
 * The files of a drop, folders walked. Entries must be taken while the drop event runs (the
 * DataTransfer empties afterwards), so call this from the handler and await it after.
 */
export function candidatesFromDrop(data: DataTransfer): Promise<ImportCandidate[]> {
  const taken = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  return (async () => {
    const out: ImportCandidate[] = [];
    for (const { entry, file } of taken) {
      if (entry) await walk(entry, out);
      else if (file) out.push({ name: file.name, file });
    }
    return out;
  })();
}
