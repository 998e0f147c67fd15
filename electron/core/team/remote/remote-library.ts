import { ApiError } from '../../../shared/api/errors.js';
import type { Method } from '../../../shared/api/contract.js';
import { isRole, type Role } from '../../../shared/api/roles.js';
import {
  ACTIVITY_PATH,
  CSRF_HEADER,
  EVENTS_PATH,
  LOGIN_PATH,
  LOGOUT_PATH,
  ROLE_HEADER,
  SESSION_COOKIE,
} from '../../../shared/api/team-wire.js';
import type { CoreEvent } from '../../../shared/models/core-events.js';
import type { TeamActivityPage } from '../../../shared/models/team-link.js';
import { refusal, unreachable } from './remote-errors.js';
import { readServerEvents } from './server-events.js';

/** A session on a team server: the cookie's secret and the CSRF value every call repeats. */
export interface RemoteSession {
  token: string;
  csrf: string;
}

export interface SignedIn {
  session: RemoteSession;
  member: string;
  role: Role;
}

export type Fetch = typeof fetch;

/** Long enough for a slow search on a busy server, short enough that a dead one is said to be. */
const CALL_TIMEOUT_MS = 60_000;

async function bodyOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** The session cookie's value among a response's Set-Cookie headers. */
function sessionToken(response: Response): string | null {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === SESSION_COOKIE) return pair.slice(eq + 1).trim() || null;
  }
  return null;
}

/**
 * A team library reached over its server's HTTP API, as one signed-in member: what the browser
 * does on a team server's page (the session cookie, the CSRF header), done by the personal core
 * so the app's window and a browser-mode tab share it. Every failure is an ApiError saying what
 * happened and what to do (remote-errors.ts).
 */
export class RemoteLibrary {
  readonly #fetch: Fetch;
  #role: Role | null = null;

  constructor(
    readonly server: string,
    readonly session: RemoteSession,
    fetchImpl: Fetch = fetch,
  ) {
    this.#fetch = fetchImpl;
  }

  /** The member's role as the server's last reply gave it (ROLE_HEADER); null before any reply. */
  get role(): Role | null {
    return this.#role;
  }

  /** Signs in with a name and password; the password is sent once, to the server, and kept nowhere. */
  static async signIn(server: string, name: string, password: string, fetchImpl: Fetch = fetch): Promise<SignedIn> {
    let response: Response;
    try {
      response = await fetchImpl(`${server}${LOGIN_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ name, password }),
        redirect: 'manual',
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (err) {
      throw unreachable(server, err);
    }
    const body = (await bodyOf(response)) as { ok?: boolean; value?: { name?: unknown; role?: unknown; csrf?: unknown } } | null;
    if (!response.ok || !body?.ok) throw refusal(server, response.status, body, { signingIn: true });
    const token = sessionToken(response);
    const { name: member, role, csrf } = body.value ?? {};
    if (!token || typeof csrf !== 'string' || typeof member !== 'string' || !isRole(role)) {
      throw new ApiError('not_found', `${server} does not answer as a Cuttings team server. Check the address with your administrator.`);
    }
    return { session: { token, csrf }, member, role };
  }

  /** One contract method in the team library; its result, or its refusal thrown. */
  async call(method: Method, args: unknown): Promise<unknown> {
    return this.#request(`/api/${encodeURIComponent(method)}`, { method: 'POST', body: JSON.stringify(args ?? {}) });
  }

  async activity(before?: number): Promise<TeamActivityPage> {
    return (await this.#request(`${ACTIVITY_PATH}${before ? `?before=${before}` : ''}`, { method: 'GET' })) as TeamActivityPage;
  }

  /** Ends the session on the server; a server that cannot be reached ends it itself when it expires. */
  async signOut(): Promise<void> {
    try {
      await this.#request(LOGOUT_PATH, { method: 'POST' });
    } catch (err) {
      if (!(err instanceof ApiError) || (err.code !== 'unauthorized' && err.code !== 'library_unavailable')) throw err;
    }
  }

  /**
   * Reads the team library's events until `signal` aborts or the stream ends; resolves once it
   * has ended. `onOpen` is told when the server answers. Throws as `call` does when it cannot.
   */
  async listen(onEvent: (event: CoreEvent) => void, onOpen: () => void, signal: AbortSignal): Promise<void> {
    let response: Response;
    try {
      response = await this.#fetch(`${this.server}${EVENTS_PATH}`, { headers: this.#headers(), signal, redirect: 'manual' });
    } catch (err) {
      if (signal.aborted) return;
      throw unreachable(this.server, err);
    }
    if (!response.ok || !response.body) throw refusal(this.server, response.status, await bodyOf(response));
    onOpen();
    try {
      await readServerEvents(response.body, (data) => onEvent(JSON.parse(data) as CoreEvent));
    } catch (err) {
      if (signal.aborted) return;
      throw unreachable(this.server, err);
    }
  }

  #headers(): Record<string, string> {
    return { cookie: `${SESSION_COOKIE}=${this.session.token}`, [CSRF_HEADER]: this.session.csrf, accept: 'application/json' };
  }

  async #request(path: string, init: { method: string; body?: string }): Promise<unknown> {
    let response: Response;
    try {
      response = await this.#fetch(`${this.server}${path}`, {
        ...init,
        headers: { ...this.#headers(), ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
        redirect: 'manual',
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (err) {
      throw unreachable(this.server, err);
    }
    const role = response.headers.get(ROLE_HEADER);
    if (isRole(role)) this.#role = role;
    const body = (await bodyOf(response)) as { ok?: boolean; value?: unknown } | null;
    if (!response.ok || !body?.ok) throw refusal(this.server, response.status, body);
    return body.value;
  }
}
