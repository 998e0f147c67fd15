import { spawnSync } from 'node:child_process';
import { openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCoreService } from '../../electron/core/core-service.js';
import type { BackupEntry } from '../../electron/shared/models/backups.js';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

let lib: ReturnType<typeof tempLibrary>;
beforeAll(() => assertCliBuilt());
beforeEach(() => {
  lib = tempLibrary('cuttings-damaged-');
});
afterEach(() => lib.remove());

const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
};

/** A library with two clips and one backup, then pages in the middle of the file overwritten. */
async function damagedLibraryWithBackup(): Promise<BackupEntry> {
  const core = createCoreService(lib.path);
  for (const n of [1, 2])
    await core.dispatch('clips.create', { text: `Harbour report ${n}\n\nGDANSK (Reuters) - Dock workers voted on offer ${n}.` });
  const made = await core.dispatch('backups.create', {});
  core.close();
  if (!made.ok) throw new Error(made.error.message);
  const fd = openSync(lib.path, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096);
  closeSync(fd);
  return made.value as BackupEntry;
}

// The first test starts the CLI four times, which takes a while on a busy machine.
describe('a damaged library', { timeout: 120_000 }, () => {
  it('is refused with the newest backups and the exact command that restores one; that command works and keeps the damaged file', async () => {
    const backup = await damagedLibraryWithBackup();
    const damaged = readFileSync(lib.path);

    const refused = cli('list', '--library', lib.path);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/is damaged/);
    expect(refused.err).toContain(backup.path);
    const command = refused.err
      .split('\n')
      .find((line) => line.trim().startsWith('cuttings restore'))!
      .trim();
    expect(command).toBe(`cuttings restore ${backup.path} --library ${lib.path}`);
    expect(readFileSync(lib.path).equals(damaged)).toBe(true);

    const serve = cli('serve', '--library', lib.path);
    expect(serve.code).toBe(1);
    expect(serve.err).toContain(command);

    const restored = cli(...command.split(' ').slice(1));
    expect(restored.err).toBe('');
    expect(restored.out).toMatch(/Restored 2 clips/);
    const keptAt = /kept at (.+)\.$/.exec(restored.out.trim())![1]!;
    expect(keptAt).toMatch(/Backups\/.*before-restore.*\.backup\.db$/);
    expect(readFileSync(keptAt).equals(damaged)).toBe(true);

    const listed = cli('list', '--json', '--library', lib.path);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('offer 2');
  });

  it('without backups, says so and shows the command for a copy kept elsewhere', () => {
    const fd = openSync(lib.path, 'w');
    writeSync(fd, 'my notes, not a library\n'.repeat(50));
    closeSync(fd);
    const refused = cli('list', '--library', lib.path);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/not a Cuttings library/);
    expect(refused.err).toMatch(/There are no backups in/);
    expect(refused.err).toContain(`cuttings restore FILE --library ${lib.path}`);
  });
});
