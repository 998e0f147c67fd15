import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Where the page sends the one-time token it was opened with, to be given a session. */
export const SESSION_PATH = '/session';
/** Where a signed-in client asks for another one-time address (another browser, a test's fresh page). */
export const LINK_PATH = '/session/link';

const randomKey = () => randomBytes(24).toString('hex');

function sameSecret(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Browser mode's keys. The address `cuttings serve` prints carries a one-time token: the page
 * trades it for a session key at once, and the token is then retired, so the copy the browser
 * keeps in its history, session files and address suggestions opens nothing. The session key
 * lives only in an HttpOnly, SameSite=Strict cookie: no script can read it and no other site's
 * request carries it. Cookies are kept per host, not per port, so the cookie's name carries the
 * port: two servers on one machine never overwrite each other's sessions.
 */
export class BrowserSessions {
  readonly #unused = new Set<string>();
  readonly #sessions = new Set<string>();
  #cookieName = 'cuttings_session';

  constructor(firstToken = randomKey()) {
    this.#unused.add(firstToken);
    this.firstToken = firstToken;
  }

  readonly firstToken: string;

  listenOn(port: number): void {
    this.#cookieName = `cuttings_session_${port}`;
  }

  /** A new one-time token. */
  issueToken(): string {
    const token = randomKey();
    this.#unused.add(token);
    return token;
  }

  /** Retires the token and returns the Set-Cookie header of a new session; null when the token is unknown or used. */
  redeem(token: unknown): string | null {
    if (typeof token !== 'string') return null;
    const known = [...this.#unused].find((t) => sameSecret(t, token));
    if (known === undefined) return null;
    this.#unused.delete(known);
    const key = randomKey();
    this.#sessions.add(key);
    return `${this.#cookieName}=${key}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** True when the request carries the cookie of a session this server gave. */
  signedIn(req: IncomingMessage): boolean {
    const key = this.#sessionKey(req);
    return key !== null && [...this.#sessions].some((s) => sameSecret(s, key));
  }

  #sessionKey(req: IncomingMessage): string | null {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === this.#cookieName) return part.slice(eq + 1).trim();
    }
    return null;
  }
}
