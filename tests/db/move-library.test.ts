import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { openLibrary } from '../../electron/core/db/open-library.js';
import type { MoveProgress } from '../../electron/shared/models/backups.js';
import { tempLibrary } from '../support/temp-library.js';

let lib: ReturnType<typeof tempLibrary>;
let core: CoreService;

/** A library of some 20 MB, so a move takes many steps to copy. */
function fillLibrary(path: string): void {
  const db = openLibrary(path);
  const insert = db.prepare(
    `INSERT INTO clips (title, body, raw, raw_sha256, content_hash, created_at, updated_at) VALUES (?, ?, ?, '', '', '', '')`,
  );
  db.transaction(() => {
    for (let i = 0; i < 2_500; i++) {
      const body = Array.from({ length: 500 }, (_, w) => `word${(i * 7 + w * 13) % 9_973}`).join(' ');
      insert.run(`Report ${i}`, body, body);
    }
  })();
  db.close();
}

beforeEach(() => {
  lib = tempLibrary('cuttings-move-');
  fillLibrary(lib.path);
  core = createCoreService(lib.path);
});
afterEach(() => {
  core.close();
  lib.remove();
});

const call = async <T>(method: string, args: unknown) => {
  const r = await core.dispatch(method, args);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
};

// Copying some 20 MB page by page, with its progress events, takes a while on a busy machine.
describe('moving a library', { timeout: 90_000 }, () => {
  it('reports its progress as events while it copies, then that the library changed', async () => {
    const to = join(lib.dir, 'moved.cuttings.db');
    const seen: MoveProgress[] = [];
    const changed: string[] = [];
    core.subscribe((event) => {
      if (event.type === 'job.progress' && event.kind === 'move' && event.jobId === 'm1') seen.push(event.progress);
      if (event.type === 'library.changed') changed.push(event.path);
    });
    await expect(call('library.move', { to, jobId: 'm1' })).resolves.toMatchObject({ path: to, clips: 2_500 });
    expect(changed).toEqual([to]);
    const copying = seen.filter((p) => p.phase === 'copying');
    expect(copying.length).toBeGreaterThan(1);
    expect(copying.every((p) => p.total > 0 && p.done <= p.total)).toBe(true);
    expect(await call('library.info', {})).toMatchObject({ path: to, clipCount: 2_500 });
  });

  it('can be cancelled: the library stays where it was and nothing is left at the new place', async () => {
    const to = join(lib.dir, 'moved.cuttings.db');
    const started = new Promise<void>((resolve) =>
      core.subscribe((event) => event.type === 'job.progress' && event.jobId === 'm2' && resolve()),
    );
    const move = call('library.move', { to, jobId: 'm2' });
    await started;
    // The move holds the library, yet the cancel answers.
    expect(await call('library.moveCancel', { jobId: 'm2' })).toEqual({ cancelled: true });
    await expect(move).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(to)).toBe(false);
    expect(readdirSync(lib.dir).filter((f) => f.includes('partial'))).toEqual([]);
    expect(await call('library.info', {})).toMatchObject({ path: lib.path, clipCount: 2_500 });
    expect(await call('library.moveCancel', { jobId: 'm2' })).toEqual({ cancelled: false });
  });
});
