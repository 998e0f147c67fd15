import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import type { BrowserClipper } from '../core/index.js';
import { ApiError } from '../shared/api/errors.js';
import {
  CLIPPER_KEY_HEADER,
  CLIPPER_ROUTES,
  EXTENSION_ORIGIN,
  type ClipReply,
  type HelloReply,
} from '../shared/models/browser-clipper-protocol.js';
import { browserClipSchema, pairRequestSchema, pairStatusRequestSchema } from '../shared/models/browser-clipper.js';
import { localHosts, MAX_BODY_BYTES, readBody, sendError, sendJson, STATUS } from './http-replies.js';

export interface ClipperListener {
  port: number;
  close(): Promise<void>;
}

const ONLY_THE_EXTENSION = 'Only the Cuttings browser extension may call this address.';

/** Reads and checks the JSON body against `schema`; answers the request itself and returns null when it does not fit. */
async function readInput<T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>): Promise<T | null> {
  const body = await readBody(req);
  if (body === null) {
    sendError(res, 'too_large', `The clip is larger than ${MAX_BODY_BYTES / 1_000_000} MB. Select the article's text and clip that.`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    sendError(res, 'bad_input', 'The request body is not valid JSON. Update the Cuttings extension and try again.');
    return null;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    sendError(
      res,
      'bad_input',
      `The extension sent something Cuttings cannot read (${first?.path.join('.') || 'input'}: ${first?.message}). Update the extension and try again.`,
    );
    return null;
  }
  return parsed.data;
}

const keyOf = (req: IncomingMessage) => {
  const key = req.headers[CLIPPER_KEY_HEADER];
  return typeof key === 'string' ? key : undefined;
};

async function route(clipper: BrowserClipper, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  switch (path) {
    case CLIPPER_ROUTES.hello: {
      req.resume();
      const reply: HelloReply = { app: 'Cuttings', paired: clipper.isPaired(keyOf(req)) };
      return sendJson(res, 200, { ok: true, value: reply });
    }
    case CLIPPER_ROUTES.pair: {
      const input = await readInput(req, res, pairRequestSchema);
      if (input) sendJson(res, 200, { ok: true, value: clipper.requestPairing(input.name) });
      return;
    }
    case CLIPPER_ROUTES.pairStatus: {
      const input = await readInput(req, res, pairStatusRequestSchema);
      if (input) sendJson(res, 200, { ok: true, value: clipper.pairingStatus(input.pairingId) });
      return;
    }
    case CLIPPER_ROUTES.clip: {
      // The key is checked before the body is read: an unpaired caller's megabytes are not kept.
      if (!clipper.isPaired(keyOf(req))) {
        req.resume();
        return sendError(res, 'unauthorized', 'This browser is not paired with Cuttings. Open the extension and pair it again.');
      }
      const input = await readInput(req, res, browserClipSchema);
      if (!input) return;
      clipper.receiveClip(keyOf(req), input);
      const reply: ClipReply = { received: true };
      return sendJson(res, 200, { ok: true, value: reply });
    }
    default:
      req.resume();
      return sendError(res, 'not_found', 'There is no such clipper address. Update the Cuttings extension.');
  }
}

/**
 * The browser extension's way in: 127.0.0.1 only, on the first free port of `ports`. The same
 * guards as browser mode: the Host must name this server; the Origin must be an extension's
 * (a web page cannot claim one, and no CORS header is ever sent, so pages are refused by the
 * browser as well); bodies have a size limit; and everything but asking to pair needs the key
 * the user allowed.
 */
export async function startClipperListener(clipper: BrowserClipper, ports: readonly number[]): Promise<ClipperListener> {
  let hosts = new Set<string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (!hosts.has(req.headers.host ?? '')) {
        req.resume();
        return sendError(res, 'unauthorized', 'This server only answers requests addressed to 127.0.0.1 or localhost.');
      }
      if (!EXTENSION_ORIGIN.test(req.headers.origin ?? '')) {
        req.resume();
        return sendError(res, 'unauthorized', ONLY_THE_EXTENSION);
      }
      if (req.method !== 'POST') {
        req.resume();
        res.setHeader('allow', 'POST');
        return sendError(res, 'bad_input', 'The clipper is called with POST and a JSON body.');
      }
      await route(clipper, new URL(req.url ?? '/', 'http://127.0.0.1').pathname, req, res);
    })().catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (err instanceof ApiError) return sendJson(res, STATUS[err.code], { ok: false, error: err.toBody() });
      sendError(res, 'internal', `Cuttings failed to take the clip: ${(err as Error).message}`);
    });
  });
  const port = await listenOnFirstFree(server, ports);
  hosts = localHosts(port);
  return { port, close: () => new Promise<void>((done) => server.close(() => done())) };
}

async function listenOnFirstFree(server: Server, ports: readonly number[]): Promise<number> {
  for (const port of ports) {
    const listening = await new Promise<boolean>((resolve, reject) => {
      const failed = (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? resolve(false) : reject(err));
      server.once('error', failed);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', failed);
        resolve(true);
      });
    });
    if (listening) return (server.address() as AddressInfo).port;
  }
  throw new Error(
    `The browser clipper's ports (${ports.join(', ')}) are all taken by other programs, so the extension cannot reach Cuttings. Close the other Cuttings windows or servers and start Cuttings again.`,
  );
}

/** Starts the listener and tells the clipper where it is, or why it could not start; never throws. */
export async function listenForExtension(clipper: BrowserClipper, ports: readonly number[]): Promise<ClipperListener | null> {
  try {
    const listener = await startClipperListener(clipper, ports);
    clipper.setListening(listener.port);
    return listener;
  } catch (err) {
    clipper.setListening(null, (err as Error).message);
    return null;
  }
}
