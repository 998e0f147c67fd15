export interface LibraryInfo {
  path: string;
  clipCount: number;
  trashCount: number;
  schemaVersion: number;
}
