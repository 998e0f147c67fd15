import { ipcMain } from 'electron';
import type { CoreService } from '../core/core-service.js';
import type { ApiResult } from '../shared/api/errors.js';
import { API_CHANNEL } from '../preload/channel.js';

/** Lets the shell follow what the window changed (a new clip shortcut in the settings, say). */
export type AfterCall = (method: unknown, result: ApiResult<unknown>) => void;

/** One invoke channel for the whole contract; the core checks the method name and validates input. */
export function registerIpcBridge(core: CoreService, isTrustedSender: (url: string) => boolean, afterCall?: AfterCall): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, args: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'unauthorized', message: 'Calls are only accepted from the Cuttings window.' } };
    }
    const result = await core.dispatch(method, args);
    afterCall?.(method, result);
    return result;
  });
}
