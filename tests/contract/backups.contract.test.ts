import Database from 'better-sqlite3';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryInfo } from '../../electron/shared/models/library.js';
import type { BackupEntry, BackupsOverview, MoveResult, RestoreResult } from '../../electron/shared/models/backups.js';
import { inProcess, overHttp, type TransportUnderTest } from '../support/transports.js';

const article = (n: number) =>
  `Harbour report ${n}\n\nGDANSK, March ${n} (Reuters) - Dock workers voted on offer number ${n} after a long night of talks.`;
const clipCount = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM clips').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe.each([
  ['in-process', async () => inProcess()],
  ['over HTTP', overHttp],
])('backups and library location %s', (_name, connect) => {
  let t: TransportUnderTest;
  const ok = async <T>(method: string, args: unknown = {}): Promise<T> => {
    const r = await t.invoke(method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  const refused = async (method: string, args: unknown) => {
    const r = await t.invoke(method, args);
    expect(r.ok, `${method} ${JSON.stringify(args)} should be refused`).toBe(false);
    return r.ok ? '' : r.error.message;
  };
  const info = () => ok<LibraryInfo>('library.info');

  beforeEach(async () => {
    t = await connect();
  });
  afterEach(async () => t.close());

  it('backs up now, lists newest first, and restores without a restart, keeping the library as it was', async () => {
    expect((await ok<BackupsOverview>('backups.list')).backups).toEqual([]);
    await ok('clips.create', { text: article(1) });
    const first = await ok<BackupEntry>('backups.create');
    expect(first).toMatchObject({ kind: 'scheduled' });
    expect(first.bytes).toBeGreaterThan(0);
    await ok('clips.create', { text: article(2) });
    expect((await info()).clipCount).toBe(2);

    const restored = await ok<RestoreResult>('backups.restore', { path: first.path });
    expect(restored.clips).toBe(1);
    expect(restored.keptCopy.kind).toBe('before-restore');
    expect(restored.keptCopy.name).toMatch(/before-restore/);
    expect((await info()).clipCount).toBe(1);
    expect((await ok<{ items: unknown[] }>('clips.list', {})).items).toHaveLength(1);

    const listed = await ok<BackupsOverview>('backups.list');
    expect(listed.backups.map((b) => b.path)).toEqual([restored.keptCopy.path, first.path]);
    expect(clipCount(restored.keptCopy.path)).toBe(2);

    // The copy kept before the restore undoes it.
    await ok('backups.restore', { path: restored.keptCopy.path });
    expect((await info()).clipCount).toBe(2);
    await ok('clips.create', { text: article(3) });
    expect((await info()).clipCount).toBe(3);
  });

  it('refuses to restore anything but a healthy Cuttings library, and leaves the library as it was', async () => {
    await ok('clips.create', { text: article(1) });
    const { path } = await info();
    writeFileSync(join(t.dir, 'notes.txt'), 'not a library');
    new Database(join(t.dir, 'foreign.db')).exec('CREATE TABLE x (y)');
    expect(await refused('backups.restore', { path: 'Backups/some.backup.db' })).toMatch(/full path/);
    expect(await refused('backups.restore', { path: join(t.dir, 'missing.db') })).toMatch(/There is no backup/);
    expect(await refused('backups.restore', { path: join(t.dir, 'notes.txt') })).toMatch(/cannot be opened|not a Cuttings library/);
    expect(await refused('backups.restore', { path: join(t.dir, 'foreign.db') })).toMatch(/not a Cuttings library/);
    expect(await refused('backups.restore', { path: t.dir })).toMatch(/folder/);
    expect(await refused('backups.restore', { path })).toMatch(/library itself/);
    expect((await info()).clipCount).toBe(1);
    expect((await ok<BackupsOverview>('backups.list')).backups).toEqual([]);
  });

  it('moves the library to a new file, works there, and leaves the old file untouched', async () => {
    await ok('clips.create', { text: article(1) });
    const before = await info();
    mkdirSync(join(t.dir, 'moved'));
    const to = join(t.dir, 'moved', 'library.cuttings.db');
    const moved = await ok<MoveResult>('library.move', { to });
    expect(moved).toMatchObject({ path: to, clips: 1, previousPath: before.path, remembered: false });
    expect((await info()).path).toBe(to);
    await ok('clips.create', { text: article(2) });
    expect(clipCount(to)).toBe(2);
    expect(clipCount(before.path)).toBe(1);
    expect(existsSync(join(t.dir, 'moved', '.library.cuttings.db.partial'))).toBe(false);
  });

  it('refuses a move that would overwrite, cannot be written, or goes nowhere', async () => {
    const { path } = await info();
    writeFileSync(join(t.dir, 'taken.db'), 'something precious');
    expect(await refused('library.move', { to: 'relative.db' })).toMatch(/full path/);
    expect(await refused('library.move', { to: path })).toMatch(/already is/);
    expect(await refused('library.move', { to: join(t.dir, 'taken.db') })).toMatch(/already a file/);
    expect(await refused('library.move', { to: join(t.dir, 'no', 'such', 'folder', 'x.db') })).toMatch(/does not exist/);
    expect((await info()).path).toBe(path);
  });

  it('lets calls already running finish before a restore switches the library, and holds new ones until it has', async () => {
    await ok('clips.create', { text: article(1) });
    const backup = await ok<BackupEntry>('backups.create');
    const calls = [
      ...Array.from({ length: 8 }, (_, i) => t.invoke('clips.create', { text: article(10 + i) })),
      t.invoke('backups.restore', { path: backup.path }),
      ...Array.from({ length: 8 }, () => t.invoke('search.query', { query: 'harbour' })),
    ];
    const results = await Promise.all(calls);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect((await info()).clipCount).toBe(1);
  });
});
