import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../shared/api/client.js';
import { isMethod } from '../shared/api/contract.js';
import { API_CHANNEL } from './channel.js';

/** The renderer's whole view of the main process: the contract's methods and nothing else. */
const bridge = {
  invoke(method, args) {
    if (!isMethod(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `There is no API method called ${String(method)}.` } });
    }
    return ipcRenderer.invoke(API_CHANNEL, method, args);
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('cuttings', bridge);
