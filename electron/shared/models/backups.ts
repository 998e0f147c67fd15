/** A backup file in the Backups folder beside the library. */
export interface BackupEntry {
  path: string;
  /** The file name, which says when and why it was taken. */
  name: string;
  /** ISO time the file was written. */
  createdAt: string;
  bytes: number;
  /** Scheduled (and "Back up now") backups rotate; the copy taken before a restore is kept until deleted by hand. */
  kind: 'scheduled' | 'before-restore';
}

export interface BackupsOverview {
  libraryPath: string;
  folder: string;
  /** Newest first. */
  backups: BackupEntry[];
}

export interface RestoreResult {
  clips: number;
  /** The library as it was just before the restore. */
  keptCopy: BackupEntry;
}

export interface MoveResult {
  path: string;
  clips: number;
  /** The old file, left as it was. */
  previousPath: string;
  /** Whether the next start opens the new place: false when the library was opened by its path (--library, $CUTTINGS_LIBRARY) or the note of the new place could not be written. */
  remembered: boolean;
}

/** How far a move has got: copying pages, then checking the copy. */
export interface MoveProgress {
  phase: 'copying' | 'checking';
  /** Pages copied so far, out of `total`; both 0 while checking. */
  done: number;
  total: number;
}
