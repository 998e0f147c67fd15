import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { CoreService, Download } from '../core/index.js';
import { sendError } from './http-replies.js';

/** Path prefix of finished exports: `POST /download/<downloadId>`, behind the same checks as the API. */
export const DOWNLOAD_PREFIX = '/download/';

/** RFC 6266 / 5987: an ASCII fallback name plus the exact name in UTF-8, so any title survives. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The file's bytes as an attachment. It is never shown by the browser at this origin: `sandbox`
 * keeps an HTML dossier opened by mistake from running anything with the page's access.
 */
export async function sendDownload(res: ServerResponse, download: Download): Promise<void> {
  res.writeHead(200, {
    'content-type': download.mimeType,
    'content-length': download.bytes,
    'content-disposition': contentDisposition(download.fileName),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': 'sandbox',
  });
  // Streamed, so a large export never sits in memory whole; a dropped connection ends it cleanly.
  await pipeline(download.stream(), res).catch(() => res.destroy());
}

/** The export waiting under `downloadId`. Each is fetched once, so a second fetch (or a late one) is told to export again. */
export async function sendWaitingDownload(res: ServerResponse, core: Pick<CoreService, 'takeDownload'>, downloadId: string): Promise<void> {
  const download = core.takeDownload(downloadId);
  if (!download) {
    sendError(
      res,
      'not_found',
      'That file is no longer waiting to be downloaded (each is fetched once, within 10 minutes). Export it again.',
    );
    return;
  }
  await sendDownload(res, download);
}
