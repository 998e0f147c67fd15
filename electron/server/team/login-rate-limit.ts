/** Logins allowed from one address within the window; beyond it the address waits. */
export interface RateLimitPolicy {
  attempts: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_RATE: RateLimitPolicy = { attempts: 10, windowMs: 60_000 };

/**
 * Counts login tries per client address over a sliding window. The account's own lockout stops
 * guessing one password; this stops one address trying many accounts. Kept in memory: a
 * restarted server starts counting afresh, which the lockout (in the database) does not.
 */
export class LoginRateLimit {
  readonly #tries = new Map<string, number[]>();

  constructor(private readonly policy: RateLimitPolicy = DEFAULT_LOGIN_RATE) {}

  /** Records a try; returns the milliseconds to wait when the address is over the limit, else 0. */
  attempt(address: string, now = Date.now()): number {
    const recent = (this.#tries.get(address) ?? []).filter((t) => t > now - this.policy.windowMs);
    if (recent.length >= this.policy.attempts) {
      this.#tries.set(address, recent);
      return recent[0]! + this.policy.windowMs - now;
    }
    recent.push(now);
    this.#tries.set(address, recent);
    if (this.#tries.size > 10_000) this.#forgetQuiet(now);
    return 0;
  }

  #forgetQuiet(now: number): void {
    for (const [address, tries] of this.#tries) {
      if (tries.every((t) => t <= now - this.policy.windowMs)) this.#tries.delete(address);
    }
  }
}
