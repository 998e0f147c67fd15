/** A finished export the core holds for the UI to fetch once (see the `download` methods). */
export interface DownloadReady {
  downloadId: string;
  /** A safe default name from the dossier's title, with its extension. */
  fileName: string;
  mimeType: string;
  bytes: number;
  clips: number;
  /** Pages of a PDF; null for the other formats. */
  pages: number | null;
}

/** What the desktop shell's save dialog reports; browser mode always saves to the downloads folder. */
export interface DownloadSaved {
  saved: boolean;
  /** Where the shell saved it; null in browser mode, where the browser decides. */
  path: string | null;
}
