import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  layoutTimeout,
  printUntilCancelled,
  RenderCancelled,
  waitForLayout,
  type LayoutState,
  type PdfRenderer,
  type PdfRenderOptions,
} from '../core/index.js';

/** An in-memory session of its own, so the print window shares no cookies, cache or handlers with the app. */
const PRINT_PARTITION = 'cuttings-dossier-print';

/**
 * Prints inside the app with Electron's own Chromium: the document is loaded from a temporary
 * file into a hidden, sandboxed window without a preload, every request other than that file
 * and inline data is cancelled, and the window and file are gone when the export ends.
 */
export function createElectronPdfRenderer(): PdfRenderer {
  return {
    async render(html: string, { paperSize, onProgress, signal }: PdfRenderOptions): Promise<Buffer> {
      if (signal?.aborted) throw new RenderCancelled();
      onProgress?.({ stage: 'starting' });
      const folder = await mkdtemp(join(tmpdir(), 'cuttings-dossier-'));
      const file = join(folder, 'dossier.html');
      await writeFile(file, html, 'utf8');
      const documentUrl = pathToFileURL(file).href;

      const printSession = session.fromPartition(PRINT_PARTITION);
      printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
      printSession.webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !(details.url === documentUrl || details.url.startsWith('data:')) });
      });

      const win = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          javascript: true,
          spellcheck: false,
        },
      });
      try {
        return await printUntilCancelled(
          signal,
          () => win.destroy(),
          async () => {
            await win.loadURL(documentUrl);
            const pages = await waitForLayout(
              () => win.webContents.executeJavaScript('window.dossierState ?? null') as Promise<LayoutState | null>,
              { onProgress, signal, timeoutMs: layoutTimeout(html) },
            );
            onProgress?.({ stage: 'printing', pages });
            return await win.webContents.printToPDF({
              preferCSSPageSize: true,
              printBackground: true,
              generateDocumentOutline: true,
              generateTaggedPDF: true,
              pageSize: paperSize,
            });
          },
        );
      } finally {
        if (!win.isDestroyed()) win.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
