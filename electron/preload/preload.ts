import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge } from '../shared/api/client.js';
import { isMethodName } from '../shared/api/method-names.js';
import { COMMAND_CHANNEL, parseAppCommand } from '../shared/models/app-commands.js';
import type { CoreEvent } from '../shared/models/core-events.js';
import { API_CHANNEL, EVENT_CHANNEL, SAVE_DOWNLOAD_CHANNEL } from './channel.js';

/** The renderer's whole view of the main process: the contract's methods, the core's events, the app's commands, saving exports; nothing else. */
const bridge = {
  invoke(method, args) {
    if (!isMethodName(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `There is no API method called ${String(method)}.` } });
    }
    return ipcRenderer.invoke(API_CHANNEL, method, args);
  },
  // Only the id and the suggested name cross: main holds the file and asks the user where it goes.
  saveDownload(ready) {
    return ipcRenderer.invoke(SAVE_DOWNLOAD_CHANNEL, { downloadId: String(ready.downloadId), fileName: String(ready.fileName) });
  },
  // The page gets the event only, never the IPC event that carried it (it names the sender).
  onEvent(listener) {
    const receive = (_event: IpcRendererEvent, event: CoreEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, receive);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, receive);
  },
  // The page gets the checked command only, never the IPC event (it carries the sender).
  onCommand(listener) {
    const receive = (_event: IpcRendererEvent, command: unknown) => {
      const parsed = parseAppCommand(command);
      if (parsed) listener(parsed);
    };
    ipcRenderer.on(COMMAND_CHANNEL, receive);
    return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, receive);
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('cuttings', bridge);
