import type { IncomingMessage } from 'node:http';

import { CSRF_COOKIE, SESSION_COOKIE } from '../../shared/api/team-wire.js';

export { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../../shared/api/team-wire.js';

export interface CookieOptions {
  /** False only for a server on a loopback address over plain HTTP (see `--plain-http`). */
  secure: boolean;
}

function cookie(name: string, value: string, maxAgeSeconds: number, httpOnly: boolean, options: CookieOptions): string {
  return [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    ...(httpOnly ? ['HttpOnly'] : []),
    ...(options.secure ? ['Secure'] : []),
    'SameSite=Strict',
  ].join('; ');
}

export function sessionCookies(token: string, csrf: string, expiresAt: Date, options: CookieOptions): string[] {
  const maxAge = (expiresAt.getTime() - Date.now()) / 1000;
  return [cookie(SESSION_COOKIE, token, maxAge, true, options), cookie(CSRF_COOKIE, csrf, maxAge, false, options)];
}

export function clearedCookies(options: CookieOptions): string[] {
  return [cookie(SESSION_COOKIE, '', 0, true, options), cookie(CSRF_COOKIE, '', 0, false, options)];
}

export function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}
