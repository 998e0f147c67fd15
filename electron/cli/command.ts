import type { ApiInput, ApiOutput, Method } from '../shared/api/contract.js';
import type { CoreEventListener } from '../shared/models/core-events.js';
import type { DownloadReady } from '../shared/models/download.js';

export interface CommandContext {
  /** Positional arguments after the command name. */
  args: string[];
  /** Flags; repeated flags collect into arrays. */
  flags: Record<string, string | boolean | string[]>;
  json: boolean;
  libraryPath: string;
  /** Calls the core (opening the library on first use); throws the API's error (an ApiError, printed as its message). */
  call<M extends Method>(method: M, args: ApiInput<M>): Promise<ApiOutput<M>>;
  /** Listens to the core's events (job progress) until the returned function is called. */
  subscribe(listener: CoreEventListener): () => void;
  /** Writes a finished export (from dossier.download or library.export) to `path`, whole or not at all; returns its bytes. */
  saveDownload(ready: DownloadReady, path: string): Promise<number>;
  out(text: string): void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Flags that take a value; all others are booleans. */
  valueFlags?: string[];
  run(ctx: CommandContext): Promise<void>;
}
