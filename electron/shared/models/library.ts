export interface LibraryInfo {
  path: string;
  clipCount: number;
  trashCount: number;
  schemaVersion: number;
  /** Set when the library lives in a folder a sync service (Dropbox, OneDrive…) keeps in step: a warning to show, offering the move. */
  syncWarning: string | null;
  /** Set when the library is open read-only (its file or folder cannot be written): why, and what to do. */
  readOnly: string | null;
}
