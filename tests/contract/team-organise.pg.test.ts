import { describe, expect, it } from 'vitest';
import { ENGINES, type Engine } from '../support/engine-libraries.js';
import { portableOnBothEngines } from '../support/engine-handlers.js';

/**
 * Collections, comparisons, the indexes, settings, the Trash and related clips, ported to the
 * asynchronous layer: the same functions over a SQLite file and a PostgreSQL team library, loaded
 * with the same clips, give the same answers, call for call, ids included.
 */
const api = portableOnBothEngines('organise');

/** The answer without the times things were made, which differ by the moments the two calls ran. */
const untimed = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value ?? null, (key, v: unknown) => (key === 'createdAt' ? undefined : v)));

/** Runs the same call on both engines, expects the same answer and returns it. */
async function both<T>(call: (engine: Engine) => Promise<T>): Promise<T> {
  const [sqlite, postgres] = [await call('sqlite'), await call('postgres')];
  expect(untimed(postgres)).toEqual(untimed(sqlite));
  return sqlite;
}

describe('indexes over both engines', () => {
  it('lists people, places and organisations by how many live clips name them, filtered by part of a name', async () => {
    for (const kind of ['person', 'place', 'organization'] as const) {
      const all = await both((e) => api(e)['indexes.entities']({ kind, filter: '', limit: 500 }));
      expect(all.length).toBeGreaterThan(0);
    }
    const filtered = await both((e) => api(e)['indexes.entities']({ kind: 'person', filter: 'WARR', limit: 500 }));
    expect(filtered.map((p) => p.name)).toEqual(['Ilse Warrender']);
  });

  it('lists quotes by speaker, by surname alone, and speakers by their count', async () => {
    const quotes = await both((e) => api(e)['indexes.quotes']({ speaker: 'quell', text: '', limit: 200, offset: 0 }));
    expect(quotes.total).toBeGreaterThan(0);
    expect(quotes.items.every((q) => q.speaker === 'Tomas Quell')).toBe(true);
    const page = await both((e) => api(e)['indexes.quotes']({ speaker: null, text: 'KEEP', limit: 1, offset: 1 }));
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
    const speakers = await both((e) => api(e)['indexes.speakers']({ limit: 500 }));
    expect(speakers.map((s) => s.name)).toContain('Tomas Quell');
  });

  it('counts clips by month', async () => {
    const months = await both((e) => api(e)['indexes.timeline']());
    expect(months.length).toBeGreaterThan(1);
    expect(months.map((m) => m.month)).toEqual([...months.map((m) => m.month)].sort());
  });
});

describe('collections, comparisons and settings over both engines', () => {
  it('nests, orders and refuses the same way, and restores a deleted tree under the same ids', async () => {
    const briefs = await both((e) => api(e)['collections.create']({ name: 'Briefs', parentId: null, description: '', query: null }));
    const north = await both((e) => api(e)['collections.create']({ name: 'North', parentId: briefs.id, description: 'x', query: null }));
    await both((e) => api(e)['collections.create']({ name: 'Trade', parentId: null, description: '', query: 'tag:topic/trade' }));
    await both((e) => api(e)['collections.addClips']({ id: north.id, clipIds: [1, 3, 4, 999] }));
    await both((e) => api(e)['collections.moveClip']({ id: north.id, clipId: 4, index: 0 }));
    await both((e) => api(e)['collections.move']({ id: north.id, parentId: null, index: 0 }));
    for (const engine of ENGINES) {
      await expect(api(engine)['collections.create']({ name: 'NORTH', parentId: null, description: '', query: null })).rejects.toThrow(
        /already a collection called NORTH/,
      );
    }
    const { removed } = await both((e) => api(e)['collections.delete']({ id: north.id }));
    await both((e) => api(e)['collections.restore']({ removed }));
    const list = await both((e) => api(e)['collections.list']());
    expect(list.map((c) => [c.name, c.count])).toEqual([
      ['North', 3],
      ['Briefs', 0],
      ['Trade', 2],
    ]);
    expect(await both((e) => api(e)['collections.clipIds']({ id: north.id }))).toEqual([4, 1, 3]);
  });

  it('keeps comparisons in order and gives the same pairs back', async () => {
    const briefs = await both((e) => api(e)['collections.find']({ name: 'briefs' }));
    await both((e) => api(e)['comparisons.add']({ collectionId: briefs.id, a: 1, b: 3 }));
    const second = await both((e) => api(e)['comparisons.add']({ collectionId: briefs.id, a: 4, b: 1, title: 'Two ports' }));
    await both((e) => api(e)['comparisons.move']({ collectionId: briefs.id, comparisonId: second.comparison.id, index: 0 }));
    const kept = await both((e) => api(e)['comparisons.list']({ collectionId: briefs.id }));
    expect(kept.map((c) => c.title)[0]).toBe('Two ports');
  });

  it('keeps settings and finds related clips the same way', async () => {
    await both((e) => api(e)['settings.update']({ patch: { backupKeep: 4, trashAutoEmptyDays: 30 } }));
    expect(await both((e) => api(e)['settings.get']())).toMatchObject({ backupKeep: 4, trashAutoEmptyDays: 30 });
    const found: number[] = [];
    for (const id of [1, 2, 3, 4, 5, 6]) found.push((await both((e) => api(e)['clips.related']({ id, limit: 6 }))).length);
    expect(found.some((n) => n > 0)).toBe(true);
  });

  it('deletes the Trash for good', async () => {
    const trashed = await both((e) => api(e)['clips.list']({ trashed: true, offset: 0, limit: 10 }));
    expect(trashed.total).toBeGreaterThan(0);
    const { purged } = await both((e) => api(e)['trash.empty']());
    expect(purged).toEqual(trashed.items.map((c) => c.id).sort((a, b) => a - b));
  });
});
