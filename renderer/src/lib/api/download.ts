import { ApiError } from '../../../../electron/shared/api/errors.js';
import type { DownloadReady, DownloadSaved } from './models.js';
import { csrfHeaders } from './csrf.js';

/**
 * Saves a finished export on the user's computer. In the app the shell shows the native save
 * dialog; in browser mode the file is fetched in the page's session (nothing secret in a URL) and
 * handed to the browser as a download, so the core never writes to a path the user typed.
 */
export async function saveDownload(ready: DownloadReady): Promise<DownloadSaved> {
  const bridge = window.cuttings;
  if (bridge?.saveDownload) return bridge.saveDownload(ready);
  // The desktop app talks to the core over IPC only: there is no HTTP server to fetch from.
  if (bridge)
    throw new ApiError(
      'internal',
      'This window cannot save files: the app’s save dialog is missing. Update Cuttings, or export with “cuttings dossier --out FILE” meanwhile.',
    );
  let response: Response;
  try {
    response = await fetch(`./download/${encodeURIComponent(ready.downloadId)}`, { method: 'POST', headers: csrfHeaders() });
  } catch {
    throw new ApiError(
      'library_unavailable',
      'Cuttings is not reachable. Check that `cuttings serve` is still running, then export again.',
    );
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(
      'not_found',
      body?.error?.message ?? `The file could not be fetched (the server answered ${response.status}). Export it again.`,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = ready.fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the blob to the browser's download; revoking later frees it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return { saved: true, path: null };
}
