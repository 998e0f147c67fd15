import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCoreService } from '../../electron/core/core-service.js';
import { backupLibrary } from '../../electron/core/db/backup.js';
import { openLibrary } from '../../electron/core/db/open-library.js';
import { tempLibrary } from '../support/temp-library.js';

/**
 * The faults a full disk makes, on a real small file system: a 2 MB tmpfs mounted for the test.
 * Mounting needs root (or a container that allows it); elsewhere the suite is skipped, saying why.
 */
const small = mkdtempSync(join(tmpdir(), 'cuttings-small-disk-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', small]).status === 0;
if (!mounted) console.warn(`Disk-full tests skipped: this account may not mount a small tmpfs at ${small} (it needs root).`);

/** Leaves about `free` bytes on the small disk. */
function fillLeaving(free: number): void {
  const { bavail, bsize } = statfsSync(small);
  writeFileSync(join(small, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - free)));
}

const onSmallDisk = () => readdirSync(small).sort();

describe.skipIf(!mounted)('a full disk', () => {
  const lib = tempLibrary('cuttings-disk-full-');
  afterEach(() => {
    for (const name of readdirSync(small)) rmSync(join(small, name), { recursive: true, force: true });
  });
  afterAll(() => {
    spawnSync('umount', [small]);
    rmSync(small, { recursive: true, force: true });
    lib.remove();
  });

  async function libraryWith(path: string, clips: number, size = 2_000): Promise<void> {
    const core = createCoreService(path, { userDataFolder: lib.dir });
    try {
      for (let i = 0; i < clips; i++) {
        const r = await core.dispatch('clips.create', {
          text: `Report ${i}\n\n${`Paragraph ${i} about the harbour wall and the ferry ${i * 3}. `.repeat(size / 50)}`,
        });
        if (!r.ok) throw new Error(r.error.message);
      }
    } finally {
      core.close();
    }
  }

  it('stops a backup with a clear message, leaving no half-written file', async () => {
    const path = join(lib.dir, 'backed-up.cuttings.db');
    await libraryWith(path, 40, 5_000);
    fillLeaving(100_000);
    await expect(backupLibrary(path, join(small, 'backup.cuttings.db'))).rejects.toThrow(
      /The backup could not be written to .*backup\.cuttings\.db: The disk holding .* is full, so the backup stopped\. Nothing already saved was lost and no half-written file was left/,
    );
    expect(onSmallDisk()).toEqual(['filler']);
  });

  it('stops a dossier export with a clear message, leaving no half-written file', async () => {
    const path = join(lib.dir, 'dossier.cuttings.db');
    await libraryWith(path, 30, 5_000);
    fillLeaving(20_000);
    const core = createCoreService(path, { userDataFolder: lib.dir });
    try {
      const ids = Array.from({ length: 30 }, (_, i) => i + 1);
      const r = await core.dispatch('dossier.export', { clipIds: ids, outPath: join(small, 'brief.md'), format: 'md' });
      expect(r).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/Cannot write the dossier to .*brief\.md: The disk holding .* is full/) },
      });
    } finally {
      core.close();
    }
    expect(onSmallDisk()).toEqual(['filler']);
  });

  it('stops an import into a library on a full disk with a clear message; the library stays whole with every clip it acknowledged', async () => {
    const source = join(lib.dir, 'source.cuttings.db');
    await libraryWith(source, 60, 20_000);
    const exported = join(lib.dir, 'source.json');
    const exporting = spawnSync(process.execPath, ['bin/cuttings.js', 'export', '--out', exported, '--library', source], {
      encoding: 'utf8',
    });
    expect(exporting.status, exporting.stderr).toBe(0);

    const path = join(small, 'library.cuttings.db');
    const core = createCoreService(path, { userDataFolder: lib.dir });
    let acknowledged: number;
    try {
      const summary = await core.importFiles([exported]);
      expect(summary.failed).toEqual([
        {
          file: exported,
          reason: expect.stringMatching(
            /The disk holding the library is full, so the import of this file stopped\. Nothing already saved was lost/,
          ),
        },
      ]);
      acknowledged = summary.added;
    } finally {
      core.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      expect((db.prepare('SELECT count(*) AS n FROM clips').get() as { n: number }).n).toBe(acknowledged);
    } finally {
      db.close();
    }
  });

  it('refuses to update an older library when the copy before the update cannot be written, and leaves it as it was', () => {
    const path = join(small, 'old.cuttings.db');
    copyFileSync(new URL('../db/fixtures/library-v10.cuttings.db', import.meta.url), path);
    // Room to open it (its WAL and 32 KB of shared memory), not for a whole copy of it.
    fillLeaving(64 * 1024);
    expect(statSync(path).size).toBeGreaterThan(40 * 1024);
    expect(() => openLibrary(path).close()).toThrow(
      /needs an update, and a copy is taken first; the copy could not be written: The disk holding the library is full.*The library was left as it was/,
    );
    rmSync(join(small, 'filler'));
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(10);
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    expect(onSmallDisk().filter((n) => n.endsWith('.bak'))).toEqual([]);
  });
});
