import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorCode, ApiResult } from '../shared/api/errors.js';
import { MAX_PASTE_CHARS } from '../shared/api/contract.js';

/** Room for the largest paste as text and HTML, JSON-escaped. */
export const MAX_BODY_BYTES = MAX_PASTE_CHARS * 4;

export const STATUS: Record<ApiErrorCode, number> = {
  bad_input: 400,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  stale_version: 409,
  too_large: 413,
  // Not an HTTP failure: the user asked for it. 409 says the request did not complete.
  cancelled: 409,
  library_unavailable: 503,
  // The request was understood and cannot be carried out on this library: it cannot be written.
  read_only: 403,
  // The server knows the method and does not carry it out for this library.
  not_available: 501,
  internal: 500,
};

export function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(json);
}

export const sendError = (res: ServerResponse, code: ApiErrorCode, message: string) =>
  sendJson(res, STATUS[code], { ok: false, error: { code, message } });

/** The body as text, or null when it passes the limit (the rest is read and dropped, so the answer arrives). */
export function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > maxBytes ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The Host headers a server on 127.0.0.1 answers: anything else is another name (DNS rebinding) pointing here. */
export const localHosts = (port: number) => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

/** The request path with its %-escapes read; null when one is malformed (%ZZ, or bytes that are not UTF-8 such as %c0%ae). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

export function requestPath(req: IncomingMessage): string | null {
  try {
    return decodePath(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
}
