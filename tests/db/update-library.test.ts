import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreService } from '../../electron/core/core-service.js';
import { latestVersion } from '../../electron/core/db/migrations/index.js';
import type { MigrationProgress } from '../../electron/core/db/migrations/migration.js';
import { needsUpdate, updateLibraryApart } from '../../electron/core/db/update-library.js';
import { openLibrary, schemaVersion } from '../../electron/core/db/open-library.js';
import { CLIPS } from './fixtures/fixture-data.js';
import { tempLibrary } from '../support/temp-library.js';
import { MIGRATION_FIXTURES_DIR } from '../support/fixtures.js';

/** The desktop app updates a library left by an older version on a thread of its own, showing how far it has got. */
let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary('cuttings-update-');
});
afterEach(() => lib.remove());

describe('updating an older library apart', () => {
  it('brings a version-40 library up to date, telling how far the stemming of its clips has got', async () => {
    copyFileSync(join(MIGRATION_FIXTURES_DIR, 'library-v40.cuttings.db'), lib.path);
    expect(needsUpdate(lib.path)).toBe(true);

    const seen: MigrationProgress[] = [];
    await updateLibraryApart(lib.path, {}, (progress) => seen.push(progress));

    expect(seen.at(-1)).toEqual({ migration: 'word-forms', done: CLIPS.length, total: CLIPS.length });
    expect(needsUpdate(lib.path)).toBe(false);
    const core = createCoreService(lib.path);
    try {
      const listed = (await core.dispatch('clips.list', { limit: 50 })) as { ok: boolean; value: { total: number } };
      expect(listed.value.total).toBe(CLIPS.filter((c) => !c.deletedAt).length);
    } finally {
      core.close();
    }
  });

  it('leaves a new file and a current library to the ordinary open', () => {
    expect(needsUpdate(join(lib.dir, 'not-yet.cuttings.db'))).toBe(false);
    openLibrary(lib.path).close();
    expect(needsUpdate(lib.path)).toBe(false);
  });

  it('rejects with the open’s own reason when the file is no library, and leaves the file as it was', async () => {
    writeFileSync(lib.path, 'SQLite format 3\u0000 but not really');
    expect(needsUpdate(lib.path)).toBe(false);
    await expect(updateLibraryApart(lib.path, {}, () => undefined)).rejects.toThrow(/library/i);
  });

  it('is the version the app then opens without further work', async () => {
    copyFileSync(join(MIGRATION_FIXTURES_DIR, 'library-v80.cuttings.db'), lib.path);
    await updateLibraryApart(lib.path, {}, () => undefined);
    const db = openLibrary(lib.path, { readonly: true });
    try {
      expect(schemaVersion(db)).toBe(latestVersion);
    } finally {
      db.close();
    }
  });
});
