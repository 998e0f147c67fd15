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
  /** Over HTTP: the headers of the session opened with the server's one-time token. */
  session?: Record<string, string>;
  /** The core behind the transport, for what no page can do (hold a file to download, listen in-process). */
  core?: CoreService;
  /** On a team library: calls made by the member named, as the team server makes them for whoever is signed in. */
  invokeAs?: (member: string) => Invoke;
  /** The bytes of a file a method offered for download (its downloadId), as the page would fetch them. */
  download(downloadId: string): Promise<Buffer>;
}

/** A download's bytes, read from the core that holds it; an error when it holds none by that id. */
export async function downloadFrom(core: Pick<CoreService, 'takeDownload'>, downloadId: string): Promise<Buffer> {
  const download = core.takeDownload(downloadId);
  if (!download) throw new Error(`There is no download ${downloadId} waiting.`);
  const chunks: Buffer[] = [];
  for await (const chunk of download.stream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Trades a one-time token for a session, as the page does; returns the session's cookie header. */
export async function openSession(port: number, token: string): Promise<Record<string, string>> {
  const res = await fetch(`http://127.0.0.1:${port}/session`, { method: 'POST', headers: { [TOKEN_HEADER]: token } });
  const cookie = res.headers.get('set-cookie');
  if (res.status !== 200 || !cookie) throw new Error(`The server gave no session for its token (${res.status}).`);
  return { cookie: cookie.split(';')[0]! };
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
    download: (id) => downloadFrom(core, id),
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
  const session = await openSession(server.port, server.token);
  return {
    server,
    session,
    core,
    dir: lib.dir,
    invoke: async (method, args) => {
      const res = await fetch(`${base}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...session },
        body: JSON.stringify(args),
      });
      return (await res.json()) as ApiResult<unknown>;
    },
    download: async (id) => {
      const res = await fetch(`${base}/download/${id}`, { method: 'POST', headers: session });
      if (res.status !== 200) throw new Error(`The download ${id} was refused (${res.status}).`);
      return Buffer.from(await res.arrayBuffer());
    },
    close: async () => {
      await server.close();
      core.close();
      lib.remove();
    },
  };
}
