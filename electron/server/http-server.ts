import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode, ApiResult } from '../shared/api/errors.js';
import { MAX_PASTE_CHARS } from '../shared/api/contract.js';
import type { CoreService } from '../core/index.js';
import { serveStatic } from './static-files.js';
import { DOWNLOAD_PREFIX, sendDownload } from './send-download.js';
import { EVENTS_PATH, sendEvents } from './send-events.js';

/** Header that carries the per-run token; the renderer reads the token from the URL fragment. */
export const TOKEN_HEADER = 'x-cuttings-token';
/** Room for the largest paste as text and HTML, JSON-escaped. */
const MAX_BODY_BYTES = MAX_PASTE_CHARS * 4;

const STATUS: Record<ApiErrorCode, number> = {
  bad_input: 400,
  unauthorized: 401,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  too_large: 413,
  // Not an HTTP failure: the user asked for it. 409 says the request did not complete.
  cancelled: 409,
  library_unavailable: 503,
  internal: 500,
};

export interface BrowserModeServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  core: CoreService;
  rendererDir: string;
  port?: number;
  /** For tests; otherwise random per run. */
  token?: string;
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(json);
}

const sendError = (res: ServerResponse, code: ApiErrorCode, message: string) =>
  sendJson(res, STATUS[code], { ok: false, error: { code, message } });

/** The body as text, or null when it passes the limit (the rest is read and dropped, so the answer arrives). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/**
 * Browser mode: the renderer and the API on 127.0.0.1 only. Every API call needs the per-run
 * token, and the Host header must name this server, so another site in the user's browser
 * (or a DNS-rebinding trick) cannot reach the library.
 */
export function startServer(options: ServeOptions): Promise<BrowserModeServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  const eventStreams = new Set<() => void>();

  const server: Server = createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) {
        return sendError(res, 'unauthorized', 'This server only answers requests addressed to 127.0.0.1 or localhost.');
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const isDownload = url.pathname.startsWith(DOWNLOAD_PREFIX);
      const isEvents = url.pathname === EVENTS_PATH;
      if (!url.pathname.startsWith('/api/') && !isDownload && !isEvents) return serveStatic(options.rendererDir, url.pathname, req, res);
      // A page from another site may send requests here; browsers name it in Origin. No CORS
      // headers are ever sent, and a foreign Origin is refused outright.
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins.has(origin)) {
        return sendError(res, 'unauthorized', 'Requests from other sites are refused.');
      }
      if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
        return sendError(res, 'unauthorized', 'Missing or wrong access token. Open the URL that `cuttings serve` printed.');
      }
      if (isEvents) {
        if (req.method !== 'GET') {
          res.setHeader('allow', 'GET');
          return sendError(res, 'bad_input', 'Events are read with GET.');
        }
        const end = sendEvents(req, res, options.core);
        eventStreams.add(end);
        req.once('close', () => eventStreams.delete(end));
        return;
      }
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return sendError(res, 'bad_input', 'API methods are called with POST and a JSON body.');
      }
      if (isDownload) {
        req.resume();
        const download = options.core.takeDownload(decodeURIComponent(url.pathname.slice(DOWNLOAD_PREFIX.length)));
        if (!download) return sendError(res, 'not_found', 'That file is no longer waiting to be downloaded (each is fetched once, within 10 minutes). Export it again.');
        return sendDownload(res, download);
      }
      const body = await readBody(req);
      if (body === null) return sendError(res, 'too_large', `The request is larger than ${MAX_BODY_BYTES / 1_000_000} MB.`);
      let args: unknown;
      try {
        args = body.trim() ? JSON.parse(body) : {};
      } catch {
        return sendError(res, 'bad_input', 'The request body is not valid JSON.');
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const result = await options.core.dispatchFromPage(method, args);
      sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
    } catch (err) {
      if (!res.headersSent) sendError(res, 'internal', `The server failed: ${(err as Error).message}`);
      else res.destroy();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} is already in use. Choose another with --port, or leave it out to pick a free one.`)
          : err,
      );
    });
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
      resolve({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            // Event streams never end by themselves; the server cannot close while one is open.
            eventStreams.forEach((end) => end());
            server.close(() => done());
          }),
      });
    });
  });
}
