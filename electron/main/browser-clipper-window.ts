import type { BrowserWindow } from 'electron';
import type { CoreService } from '../core/index.js';
import { listenForExtension, type ClipperListener } from '../server/clipper-listener.js';
import { CLIPPER_PORTS } from '../shared/models/browser-clipper-protocol.js';

/**
 * Listens for the browser extension on 127.0.0.1 and brings the window forward when it sends a
 * clip or asks to pair: the renderer opens the review step or the pairing dialog itself, from
 * the core's event, so the window only has to be in front. Returns a function that stops it.
 */
export async function listenForBrowserClips(core: CoreService, showWindow: () => BrowserWindow): Promise<() => Promise<void>> {
  const stopWatching = core.subscribe((event) => {
    if (event.type !== 'extension.changed' || event.reason === 'browsers') return;
    const win = showWindow();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  const listener: ClipperListener | null = await listenForExtension(core.browserClipper, CLIPPER_PORTS);
  return async () => {
    stopWatching();
    await listener?.close();
  };
}
