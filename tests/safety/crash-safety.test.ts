import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';
import { runCrashTest } from './crash-run.js';

/**
 * Kills `cuttings add` with SIGKILL at random moments, then checks the library: intact, every
 * acknowledged clip present and whole, nothing half-written. CRASH_KILLS sets how many kills
 * (npm test: 20; `npm run bench` runs the long form, 100 by default).
 */
const KILLS = Number(process.env.CRASH_KILLS ?? 20);
let lib: ReturnType<typeof tempLibrary>;

beforeAll(() => {
  assertCliBuilt();
  lib = tempLibrary('cuttings-crash-');
});
afterAll(() => lib.remove());

describe('crash safety', () => {
  it(`keeps every acknowledged clip whole across ${KILLS} kills at random moments`, async () => {
    const report = await runCrashTest(lib.path, lib.dir, KILLS);
    expect(report.kills).toBe(KILLS);
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report.integrity).toBe('ok');
    expect(report.losses).toBe(0);
    expect(report.partial).toBe(0);
  }, 240_000);
});
