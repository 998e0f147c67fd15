/** What a Cuttings export brought into the library. */
export interface LibraryImportSummary {
  clips: { added: number; reused: number };
  collections: { added: number; merged: number };
  tags: number;
  highlights: number;
  /** Comparisons put into collections that did not hold them yet. */
  comparisons: number;
  dossiers: number;
  /** Values the file held that the API would refuse, each saying what was left out or changed. */
  refused: string[];
  /** Stopped part-way: the clips already imported are kept, with their tags and collections. */
  cancelled: boolean;
}

/** How far an export's import has got: its clips checked, then written, as steps out of twice their number. */
export interface LibraryImportProgress {
  done: number;
  total: number;
}

/** Where one clip of an export went: its key in the file, its id in the library, and whether it was there already. */
export interface ImportedClipPlace {
  key: number;
  id: number;
  reused: boolean;
}

/** An export imported from the app: the file's name, how many clips it holds, and what came in. */
export interface LibraryImportResult {
  file: string;
  clipCount: number;
  summary: LibraryImportSummary;
  /** Asked for with `listClips`: each clip written, in the file's order (a send from another library names its copies). */
  clips?: ImportedClipPlace[];
}
