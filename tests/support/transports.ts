import type { ApiResult } from '../../electron/shared/api/errors.js';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { startServer, TOKEN_HEADER, type BrowserModeServer } from '../../electron/server/http-server.js';
import { tempLibrary } from './temp-library.js';

/** Calls one API method and returns the result envelope, as a client on that transport sees it. */
export type Invoke = (method: string, args: unknown) => Promise<ApiResult<unknown>>;

export interface TransportUnderTest {
  invoke: Invoke;
  /** The temporary folder that holds the library. */
  dir: string;
  close(): Promise<void>;
  server?: BrowserModeServer;
  /** The core behind the transport, for what no page can do (hold a file to download, listen in-process). */
  core?: CoreService;
}

/** The method's value; a failure throws with its code and message, so the test names what went wrong. */
export async function succeeded<T>(t: TransportUnderTest, method: string, args: unknown): Promise<T> {
  const r = await t.invoke(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** The error the method answered with; throws when it succeeded instead. */
export async function failed(t: TransportUnderTest, method: string, args: unknown): Promise<{ code: string; message: string }> {
  const r = await t.invoke(method, args);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error;
}

export function inProcess(): TransportUnderTest {
  const lib = tempLibrary();
  const core: CoreService = createCoreService(lib.path);
  return {
    core,
    dir: lib.dir,
    invoke: (method, args) => core.dispatch(method, args),
    close: async () => {
      core.close();
      lib.remove();
    },
  };
}

export async function overHttp(): Promise<TransportUnderTest> {
  const lib = tempLibrary();
  const core = createCoreService(lib.path);
  const server = await startServer({ core, rendererDir: lib.dir });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    server,
    core,
    dir: lib.dir,
    invoke: async (method, args) => {
      const res = await fetch(`${base}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
        body: JSON.stringify(args),
      });
      return (await res.json()) as ApiResult<unknown>;
    },
    close: async () => {
      await server.close();
      core.close();
      lib.remove();
    },
  };
}
