import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { isMethod } from '../../shared/api/contract.js';
import { ApiError, type ApiResult } from '../../shared/api/errors.js';
import { authorize, isWrite } from '../../shared/api/roles.js';
import {
  appendAudit,
  type AuditEntry,
  checkLogin,
  closeSession,
  type CoreService,
  databaseUnreachable,
  DEFAULT_LOCKOUT,
  DEFAULT_SESSION_MS,
  deleteExpiredSessions,
  type LockoutPolicy,
  listAudit,
  openSession,
  sessionUser,
  type SessionUser,
  type TeamCore,
} from '../../core/index.js';
import { readBody, requestPath, sendError, sendJson, STATUS } from '../http-replies.js';
import { serveStatic } from '../static-files.js';
import { DOWNLOAD_PREFIX, sendWaitingDownload } from '../send-download.js';
import { closeServer } from '../close-server.js';
import { EventStreams } from '../send-events.js';
import {
  ACTIVITY_PATH,
  EVENTS_PATH,
  LOGIN_HEADER,
  LOGIN_PATH,
  LOGOUT_PATH,
  PASSWORD_PATH,
  ROLE_HEADER,
  WHO_PATH,
} from '../../shared/api/team-wire.js';

export { ACTIVITY_PATH, LOGIN_HEADER, LOGIN_PATH, LOGOUT_PATH, WHO_PATH } from '../../shared/api/team-wire.js';
import { describeWrite } from './audit-entry.js';
import { LOGIN_PAGE_POLICY, loginPage } from './login-page.js';
import { changeOwnPassword } from './own-password.js';
import { DEFAULT_LOGIN_RATE, LoginRateLimit, type RateLimitPolicy } from './login-rate-limit.js';
import { clearedCookies, CSRF_HEADER, readCookie, SESSION_COOKIE, sessionCookies } from './team-cookies.js';
import { SessionCache } from './session-cache.js';

const ACTIVITY_PAGE = 100;

export interface TeamServerOptions {
  pool: pg.Pool;
  /**
   * The library's core: the team core over PostgreSQL, or any core with the same calls. Each call
   * names the member making it, for what the core records of who changed what.
   */
  core: Pick<CoreService, 'takeDownload' | 'subscribe'> &
    Pick<TeamCore, 'onAccountsChanged'> & {
      dispatchFromPage(method: unknown, args: unknown, member?: string): Promise<ApiResult<unknown>>;
    };
  rendererDir: string;
  host: string;
  port: number;
  /** Cookies without `Secure`: only for a server on a loopback address reached over plain HTTP. */
  plainHttp?: boolean;
  /** Read the client's address from the last X-Forwarded-For entry, which a reverse proxy in front appends. */
  trustProxy?: boolean;
  sessionMs?: number;
  lockout?: LockoutPolicy;
  loginRate?: RateLimitPolicy;
}

export interface TeamServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const NOT_SIGNED_IN = 'You are not signed in, or your session has ended. Sign in again at /login.';
const CSRF_MISSING = `This request lacks the ${CSRF_HEADER} header that the Cuttings page sends with every call, so it is refused (it may come from another site). Reload the page; a script must copy the cuttings_csrf cookie into that header.`;

function sameSecret(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** How long a write's audit entry is tried again while the database is away: a restart takes seconds. */
const AUDIT_PATIENCE_MS = 30_000;

/**
 * Writes a change's audit entry, trying again while the database is unreachable: the change is
 * made already, so its entry must follow it rather than the request fail half done.
 */
async function untilWritten(append: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + AUDIT_PATIENCE_MS;
  for (let wait = 100; ; wait = Math.min(wait * 2, 2_000)) {
    try {
      return await append();
    } catch (err) {
      if (!databaseUnreachable(err) || Date.now() + wait > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

function refuse(res: ServerResponse, err: ApiError): void {
  if (err.code === 'unauthorized') res.setHeader(LOGIN_HEADER, LOGIN_PATH);
  sendError(res, err.code, err.message);
}

/** Name and password from a JSON body or a submitted form. */
function loginFields(body: string, type: string | undefined): { name: string; password: string; form: boolean } {
  if (type?.startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body);
    return { name: form.get('name') ?? '', password: form.get('password') ?? '', form: true };
  }
  try {
    const parsed = JSON.parse(body) as { name?: unknown; password?: unknown };
    return { name: String(parsed.name ?? ''), password: String(parsed.password ?? ''), form: false };
  } catch {
    return { name: '', password: '', form: false };
  }
}

/**
 * The team server: the app's renderer and HTTP API for many people, each signed in with their
 * own account. Every API call needs a session (an HttpOnly cookie), repeats the session's CSRF
 * value in a header, and is allowed by the caller's role (`authorize`, the one check); every
 * write is recorded in the audit log under the caller's name. A session's caller is read from the
 * database once in a while rather than on every call (session-cache.ts). TLS is left to a reverse proxy in
 * front (docs/team-server.md), which is why the cookies are `Secure` even though this server
 * speaks plain HTTP.
 */
export function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  if (options.plainHttp && !LOOPBACK.has(options.host)) {
    return Promise.reject(
      new Error(
        `--plain-http is only for a server on 127.0.0.1 or localhost; ${options.host} is reachable from elsewhere, where cookies must be Secure. Put a TLS reverse proxy in front (docs/team-server.md) and leave --plain-http out.`,
      ),
    );
  }
  const cookieOptions = { secure: !options.plainHttp };
  const sessionMs = options.sessionMs ?? DEFAULT_SESSION_MS;
  const lockout = options.lockout ?? DEFAULT_LOCKOUT;
  const rate = new LoginRateLimit(options.loginRate ?? DEFAULT_LOGIN_RATE);
  const eventStreams = new EventStreams();
  const { pool, core } = options;
  const sessions = new SessionCache((token) => sessionUser(pool, token));
  const stopHearingAccounts = core.onAccountsChanged(() => sessions.forgetAll());

  const clientAddress = (req: IncomingMessage): string => {
    const forwarded = options.trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')
          .at(-1)
          ?.trim()
      : '';
    return forwarded || req.socket.remoteAddress || 'unknown';
  };

  /** A foreign Origin is refused outright; a page of this server names the host it was loaded from. */
  const foreignOrigin = (req: IncomingMessage): boolean => {
    const from = req.headers.origin;
    if (from === undefined) return false;
    try {
      return new URL(from).host !== req.headers.host;
    } catch {
      return true;
    }
  };

  async function signedIn(req: IncomingMessage): Promise<SessionUser | null> {
    const token = readCookie(req, SESSION_COOKIE);
    return token ? sessions.user(token) : null;
  }

  /** The caller, checked for a session and, on everything but page loads, for the CSRF header. */
  async function caller(req: IncomingMessage): Promise<SessionUser> {
    const user = await signedIn(req);
    if (!user) throw new ApiError('unauthorized', NOT_SIGNED_IN);
    const csrf = req.headers[CSRF_HEADER];
    if (typeof csrf !== 'string' || !sameSecret(csrf, user.csrf)) throw new ApiError('forbidden', CSRF_MISSING);
    return user;
  }

  /** Counts an attempt to prove a password from the caller's address; says how long to wait once there were too many. */
  const tooManyAttempts = (req: IncomingMessage, what: string): string | null => {
    const wait = rate.attempt(clientAddress(req));
    return wait > 0 ? `Too many ${what} attempts from your address. Wait ${Math.ceil(wait / 1000)} seconds, then try again.` : null;
  };

  async function login(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const { name, password, form } = loginFields(body ?? '', req.headers['content-type']);
    const answer = (status: number, message: string) => {
      if (!form) return sendJson(res, status, { ok: false, error: { code: status === 429 ? 'rate_limited' : 'unauthorized', message } });
      res.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': LOGIN_PAGE_POLICY,
        'cache-control': 'no-store',
      });
      res.end(loginPage({ error: message, name }));
    };
    const refused = tooManyAttempts(req, 'sign-in');
    if (refused) return answer(429, refused);
    if (!name || !password) return answer(401, 'Give your name and password.');
    const result = await checkLogin(pool, name, password, lockout);
    if (!result.ok) return answer(401, result.message);
    const session = await openSession(pool, result.user.id, sessionMs);
    res.setHeader('set-cookie', sessionCookies(session.token, session.csrf, session.expiresAt, cookieOptions));
    if (form) {
      res.writeHead(303, { location: '/', 'cache-control': 'no-store' });
      return void res.end();
    }
    sendJson(res, 200, {
      ok: true,
      value: { name: result.user.name, role: result.user.role, csrf: session.csrf, expiresAt: session.expiresAt.toISOString() },
    });
  }

  async function callApi(req: IncomingMessage, res: ServerResponse, user: SessionUser, method: string): Promise<void> {
    const body = await readBody(req);
    if (body === null) return sendError(res, 'too_large', 'The request is too large.');
    let args: unknown;
    try {
      args = body.trim() ? JSON.parse(body) : {};
    } catch {
      return sendError(res, 'bad_input', 'The request body is not valid JSON.');
    }
    if (!isMethod(method)) return sendError(res, 'unknown_method', `There is no API method "${method}".`);
    authorize(user.role, method);
    const result = await core.dispatchFromPage(method, args, user.name);
    if (result.ok && isWrite(method)) {
      const { ids, summary } = describeWrite(args, result.value);
      try {
        await untilWritten(() => appendAudit(pool, { user: user.name, method, ids, summary }));
      } catch (err) {
        return sendError(
          res,
          'internal',
          `The change was made, but it could not be written to the audit log (${(err as Error).message}). Tell an administrator; the database may be unreachable.`,
        );
      }
    }
    sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
  }

  /** Everyone on the team may see who changed what: the library is theirs together. */
  async function activityPage(req: IncomingMessage): Promise<{ entries: AuditEntry[]; more: boolean }> {
    const before = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('before'));
    const rows = await listAudit(pool, {
      beforeId: Number.isSafeInteger(before) && before > 0 ? before : undefined,
      limit: ACTIVITY_PAGE + 1,
    });
    const more = rows.length > ACTIVITY_PAGE;
    return { entries: rows.slice(more ? 1 : 0).reverse(), more };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = requestPath(req);
    if (path === null) {
      req.resume();
      return sendError(res, 'bad_input', 'The address has a malformed %-escape. Check the address and try again.');
    }
    const isApi =
      path.startsWith('/api/') ||
      path.startsWith(DOWNLOAD_PREFIX) ||
      path === EVENTS_PATH ||
      path === LOGOUT_PATH ||
      path === PASSWORD_PATH ||
      path === WHO_PATH ||
      path === ACTIVITY_PATH;
    if (path === LOGIN_PATH || isApi) {
      if (foreignOrigin(req)) {
        req.resume();
        return sendError(res, 'forbidden', 'Requests from other sites are refused.');
      }
    }
    if (path === LOGIN_PATH) {
      if (req.method === 'POST') return login(req, res);
      req.resume();
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': LOGIN_PAGE_POLICY,
        'cache-control': 'no-store',
      });
      return void res.end(loginPage());
    }
    if (!isApi) {
      // The app's page only for the signed in; its scripts and fonts are the same for everyone.
      const isPage = path === '/' || !/\.[a-z0-9]+$/i.test(path);
      if (isPage && !(await signedIn(req))) {
        req.resume();
        res.writeHead(303, { location: LOGIN_PATH, 'cache-control': 'no-store' });
        return void res.end();
      }
      return serveStatic(options.rendererDir, path, req, res);
    }
    const user = await caller(req);
    res.setHeader(ROLE_HEADER, user.role);
    if (path === WHO_PATH) {
      req.resume();
      return sendJson(res, 200, { ok: true, value: { name: user.name, role: user.role } });
    }
    if (path === ACTIVITY_PATH) {
      req.resume();
      return sendJson(res, 200, { ok: true, value: await activityPage(req) });
    }
    if (path === EVENTS_PATH) {
      return eventStreams.serve(req, res, core);
    }
    if (req.method !== 'POST') {
      req.resume();
      res.setHeader('allow', 'POST');
      return sendError(res, 'bad_input', 'API methods are called with POST and a JSON body.');
    }
    if (path === LOGOUT_PATH) {
      req.resume();
      const token = readCookie(req, SESSION_COOKIE) ?? '';
      await closeSession(pool, token);
      sessions.forget(token);
      res.setHeader('set-cookie', clearedCookies(cookieOptions));
      return sendJson(res, 200, { ok: true, value: { signedOut: true } });
    }
    if (path === PASSWORD_PATH) {
      const refused = tooManyAttempts(req, 'password');
      if (refused) {
        req.resume();
        return sendError(res, 'rate_limited', refused);
      }
      try {
        await changeOwnPassword(pool, user, readCookie(req, SESSION_COOKIE) ?? '', await readBody(req), lockout);
      } finally {
        // The new password may be saved, and the other sessions ended, even when a later step fails.
        sessions.forgetAll();
      }
      return sendJson(res, 200, { ok: true, value: { changed: true } });
    }
    if (path.startsWith(DOWNLOAD_PREFIX)) {
      req.resume();
      return sendWaitingDownload(res, core, path.slice(DOWNLOAD_PREFIX.length));
    }
    return callApi(req, res, user, path.slice('/api/'.length));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      req.resume();
      if (res.headersSent) return void res.destroy();
      const unreachable = databaseUnreachable(err);
      if (unreachable) return refuse(res, unreachable);
      if (err instanceof ApiError) return refuse(res, err);
      sendError(res, 'internal', `The server failed: ${(err as Error).message}. Try again; if it goes on, the server's log says more.`);
    });
  });

  const sweep = setInterval(() => void deleteExpiredSessions(pool).catch(() => undefined), 60 * 60_000);
  sweep.unref();

  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      clearInterval(sweep);
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`${options.host}:${options.port} is already in use. Choose another port with --listen HOST:PORT.`)
          : err,
      );
    });
    server.listen(options.port, options.host, () => {
      const port = (server.address() as AddressInfo).port;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}/`,
        port,
        close: () => {
          clearInterval(sweep);
          stopHearingAccounts();
          return closeServer(server, eventStreams);
        },
      });
    });
  });
}
