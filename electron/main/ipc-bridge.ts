import { ipcMain } from 'electron';
import type { CoreService } from '../core/core-service.js';
import { API_CHANNEL } from '../preload/channel.js';

/** One invoke channel for the whole contract; the core checks the method name and validates input. */
export function registerIpcBridge(core: CoreService, isTrustedSender: (url: string) => boolean): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, args: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'unauthorized', message: 'Calls are only accepted from the Cuttings window.' } };
    }
    return core.dispatch(method, args);
  });
}
