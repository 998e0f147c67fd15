import { ApiError, type ApiResult } from './errors.js';
import type { ApiInput, ApiOutput, Method } from './contract.js';
import type { AppCommand } from '../models/app-commands.js';
import type { CoreEventListener } from '../models/core-events.js';
import type { DownloadReady, DownloadSaved } from '../models/download.js';

/** Sends one call over some transport (IPC or HTTP) and returns its result envelope. */
export type Transport = (method: Method, args: unknown) => Promise<ApiResult<unknown>>;

/** Where the core's events arrive (IPC from main, server-sent events over HTTP); returns a function that stops listening. */
export type EventSource = (listener: CoreEventListener) => () => void;

/** What the Electron preload exposes on `window.cuttings`, and what browser mode imitates. */
export interface Bridge {
  invoke(method: Method, args: unknown): Promise<ApiResult<unknown>>;
  /** The core's events: job progress, a switched library, changed settings. */
  onEvent(listener: CoreEventListener): () => void;
  /** Desktop only: menu and global-shortcut commands from main. Returns a function that stops listening. */
  onCommand?(listener: (command: AppCommand) => void): () => void;
  /**
   * Desktop only: saves a finished export (see `dossier.download`) through the native save
   * dialog, named as suggested. Browser mode fetches the file and lets the browser save it.
   */
  saveDownload?(download: DownloadReady): Promise<DownloadSaved>;
}

export interface ApiClient {
  call<M extends Method>(method: M, args: ApiInput<M>): Promise<ApiOutput<M>>;
  readonly events: { subscribe(listener: CoreEventListener): () => void };
}

/** The renderer's typed client, the same over every transport: it unwraps results and throws ApiError. */
export function createApiClient(transport: Transport, events: EventSource): ApiClient {
  return {
    events: { subscribe: events },
    async call(method, args) {
      const result = await transport(method, args);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.changed);
      return result.value as never;
    },
  };
}
