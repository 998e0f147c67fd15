import { ipcMain, webContents } from 'electron';
import type { CoreService } from '../core/index.js';
import { API_CHANNEL, EVENT_CHANNEL } from '../preload/channel.js';

/**
 * One invoke channel for the whole contract (the core checks the method name, validates input
 * and refuses what a page may not call), and one channel carrying the core's events to the app's windows.
 */
export function registerIpcBridge(core: CoreService, isTrustedSender: (url: string) => boolean): () => void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, args: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'unauthorized', message: 'Calls are only accepted from the Cuttings window.' } };
    }
    return core.dispatchFromPage(method, args);
  });
  const stopForwarding = core.subscribe((event) => {
    for (const contents of webContents.getAllWebContents()) {
      if (!contents.isDestroyed() && isTrustedSender(contents.getURL())) contents.send(EVENT_CHANNEL, event);
    }
  });
  return () => {
    stopForwarding();
    ipcMain.removeHandler(API_CHANNEL);
  };
}
