import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import type { Collection } from '../../electron/shared/models/organise.js';
import type { SavedComparison } from '../../electron/shared/models/saved-comparison.js';
import { inProcess } from '../support/transports.js';
import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeComparisons } from './comparisons.contract.js';

describeComparisons(SQLITE_CONNECTIONS);

describe('a saved comparison in the library file', () => {
  it('goes when either of its clips is deleted for good, and with its collection', async () => {
    const t = inProcess();
    const ok = async <T>(method: string, args: unknown): Promise<T> => {
      const r = await t.invoke(method, args);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as T;
    };
    const a = (await ok<SavedClip>('clips.create', { text: 'One report of the vote.' })).id;
    const b = (await ok<SavedClip>('clips.create', { text: 'Another report of the vote.' })).id;
    const c = (await ok<SavedClip>('clips.create', { text: 'A third report of the vote.' })).id;
    const keep = (await ok<Collection>('collections.create', { name: 'Keep' })).id;
    const drop = (await ok<Collection>('collections.create', { name: 'Drop' })).id;
    await ok('comparisons.add', { collectionId: keep, a, b });
    await ok('comparisons.add', { collectionId: keep, a: b, b: c });
    await ok('comparisons.add', { collectionId: drop, a: a, b: c });
    const path = (await ok<{ path: string }>('library.info', {})).path;
    await ok('clips.trash', { ids: [a] });
    await ok('trash.purge', { ids: [a] });
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    expect((await ok<SavedComparison[]>('comparisons.list', { collectionId: keep })).map((x) => [x.a.id, x.b.id])).toEqual([[b, c]]);
    expect(db.prepare('SELECT count(*) AS n FROM comparisons').get()).toEqual({ n: 1 });
    db.prepare('DELETE FROM collections WHERE id = ?').run(keep);
    expect(db.prepare('SELECT count(*) AS n FROM collection_comparisons').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM comparisons').get()).toEqual({ n: 0 });
    db.close();
    await t.close();
  });
});
