import type { SessionUser } from '../../core/index.js';

/**
 * How long a session's user, once read from the database, answers for the session's requests.
 * Every API call needs its caller, and reading it is a round trip to PostgreSQL for each; a
 * person's page sends several calls a second, which this many milliseconds of memory answer with
 * one. Account changes are announced (core/team/accounts/account-notice.ts) and make the server
 * forget every session at once, so a role changed or a member removed applies at their next
 * request; this is only how long a change made behind Cuttings' back (a session row edited by
 * hand) or while the server cannot hear the database may take to reach a session in use.
 */
export const SESSION_CACHE_MS = 2_000;

/** Sessions remembered at most before the lapsed ones are forgotten. */
const SWEEP_AFTER = 10_000;

interface Remembered {
  user: Promise<SessionUser | null>;
  until: number;
}

/**
 * The users of recently seen session tokens, each read once per `ttlMs` (and never past the
 * session's end); lookups for one token made at once share one read. Only signed-in sessions are
 * remembered: an unknown token is looked up each time, so guesses fill no memory.
 */
export class SessionCache {
  readonly #remembered = new Map<string, Remembered>();

  constructor(
    private readonly lookup: (token: string) => Promise<SessionUser | null>,
    private readonly ttlMs = SESSION_CACHE_MS,
  ) {}

  user(token: string, now = Date.now()): Promise<SessionUser | null> {
    const known = this.#remembered.get(token);
    if (known && known.until > now) return known.user;
    if (this.#remembered.size >= SWEEP_AFTER) this.#forgetLapsed(now);
    const entry: Remembered = { user: this.lookup(token), until: now + this.ttlMs };
    this.#remembered.set(token, entry);
    const drop = () => {
      if (this.#remembered.get(token) === entry) this.#remembered.delete(token);
    };
    entry.user.then((user) => (user ? (entry.until = Math.min(entry.until, user.expiresAt.getTime())) : drop()), drop);
    return entry.user;
  }

  /** The session was closed here: its next request reads the database. */
  forget(token: string): void {
    this.#remembered.delete(token);
  }

  /** Accounts changed, here or on another server: every next request reads the database. */
  forgetAll(): void {
    this.#remembered.clear();
  }

  #forgetLapsed(now: number): void {
    for (const [token, entry] of this.#remembered) if (entry.until <= now) this.#remembered.delete(token);
  }
}
