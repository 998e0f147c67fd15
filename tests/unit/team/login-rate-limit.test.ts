import { describe, expect, it } from 'vitest';
import { LoginRateLimit } from '../../../electron/server/team/login-rate-limit.js';

describe('the sign-in limit per address', () => {
  it('lets the allowed tries through, then makes the address wait until the oldest leaves the window', () => {
    const limit = new LoginRateLimit({ attempts: 3, windowMs: 60_000 });
    expect([0, 1_000, 2_000].map((t) => limit.attempt('10.0.0.1', t))).toEqual([0, 0, 0]);
    expect(limit.attempt('10.0.0.1', 3_000)).toBe(57_000);
    expect(limit.attempt('10.0.0.2', 3_000)).toBe(0);
    expect(limit.attempt('10.0.0.1', 60_001)).toBe(0);
  });
});
