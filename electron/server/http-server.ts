import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CoreService } from '../core/index.js';
import { serveStatic } from './static-files.js';
import { DOWNLOAD_PREFIX, sendWaitingDownload } from './send-download.js';
import { BrowserSessions, LINK_PATH, SESSION_PATH } from './browser-sessions.js';
import { closeServer } from './close-server.js';
import { EVENTS_PATH, EventStreams } from './send-events.js';
import { localHosts, MAX_BODY_BYTES, readBody, requestPath, sendError, sendJson, STATUS } from './http-replies.js';

/** Header that carries a one-time token to SESSION_PATH; the renderer reads the token from the URL fragment. */
export const TOKEN_HEADER = 'x-cuttings-token';

export interface BrowserModeServer {
  /** The address to open once: the origin with a one-time token in its fragment. */
  url: string;
  /** The one-time token in `url`. */
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  core: CoreService;
  rendererDir: string;
  port?: number;
  /** For tests; otherwise random per run. Either way it opens one session only. */
  token?: string;
}

const NOT_SIGNED_IN =
  'This page is not signed in. Open the address that `cuttings serve` printed, including the part after #. Each address opens one browser session: if it was used already, stop `cuttings serve` and start it again for a new one.';

/**
 * Browser mode: the renderer and the API on 127.0.0.1 only. Every API call needs a session,
 * opened once with the one-time token of the printed address (see BrowserSessions), and the Host
 * header must name this server, so another site in the user's browser (or a DNS-rebinding
 * trick) cannot reach the library.
 */
export function startServer(options: ServeOptions): Promise<BrowserModeServer> {
  const sessions = new BrowserSessions(options.token);
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  let origin = '';
  const eventStreams = new EventStreams();

  const server: Server = createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) {
        return sendError(res, 'unauthorized', 'This server only answers requests addressed to 127.0.0.1 or localhost.');
      }
      const path = requestPath(req);
      if (path === null) {
        req.resume();
        return sendError(res, 'bad_input', 'The address has a malformed %-escape. Check the address and try again.');
      }
      const isDownload = path.startsWith(DOWNLOAD_PREFIX);
      const isEvents = path === EVENTS_PATH;
      const isSession = path === SESSION_PATH || path === LINK_PATH;
      if (!path.startsWith('/api/') && !isDownload && !isEvents && !isSession) return serveStatic(options.rendererDir, path, req, res);
      // A page from another site may send requests here; browsers name it in Origin. No CORS
      // headers are ever sent, and a foreign Origin is refused outright.
      const from = req.headers.origin;
      if (from !== undefined && !allowedOrigins.has(from)) {
        return sendError(res, 'unauthorized', 'Requests from other sites are refused.');
      }
      if (isEvents) {
        if (!sessions.signedIn(req)) return sendError(res, 'unauthorized', NOT_SIGNED_IN);
        if (req.method !== 'GET') {
          res.setHeader('allow', 'GET');
          return sendError(res, 'bad_input', 'Events are read with GET.');
        }
        return eventStreams.serve(req, res, options.core);
      }
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return sendError(res, 'bad_input', 'API methods are called with POST and a JSON body.');
      }
      if (path === SESSION_PATH) {
        req.resume();
        const cookie = sessions.redeem(req.headers[TOKEN_HEADER]);
        if (!cookie) return sendError(res, 'unauthorized', NOT_SIGNED_IN);
        res.setHeader('set-cookie', cookie);
        return sendJson(res, 200, { ok: true, value: { signedIn: true } });
      }
      if (!sessions.signedIn(req)) return sendError(res, 'unauthorized', NOT_SIGNED_IN);
      if (path === LINK_PATH) {
        req.resume();
        return sendJson(res, 200, { ok: true, value: { url: `${origin}/#token=${sessions.issueToken()}` } });
      }
      if (isDownload) {
        req.resume();
        return sendWaitingDownload(res, options.core, path.slice(DOWNLOAD_PREFIX.length));
      }
      const body = await readBody(req);
      if (body === null) return sendError(res, 'too_large', `The request is larger than ${MAX_BODY_BYTES / 1_000_000} MB.`);
      let args: unknown;
      try {
        args = body.trim() ? JSON.parse(body) : {};
      } catch {
        return sendError(res, 'bad_input', 'The request body is not valid JSON.');
      }
      const method = path.slice('/api/'.length);
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
      allowedHosts = localHosts(port);
      allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
      origin = `http://127.0.0.1:${port}`;
      sessions.listenOn(port);
      resolve({
        url: `${origin}/#token=${sessions.firstToken}`,
        token: sessions.firstToken,
        port,
        close: () => closeServer(server, eventStreams),
      });
    });
  });
}
