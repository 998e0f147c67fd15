import { describe, expect, it } from 'vitest';
import { sql } from '../../electron/core/db/sql.js';
import type { ListSort } from '../../electron/shared/models/list-sort.js';
import { ENGINES, type Engine } from '../support/engine-libraries.js';
import { portableOnBothEngines } from '../support/engine-handlers.js';

/**
 * clips.get, clips.list and tags.list/apply/remove, ported to the asynchronous layer: the same
 * functions over a SQLite file and a PostgreSQL team library, loaded with the same clips, give
 * the same answers, call for call.
 */
// A collection and a highlight, so clips.get has every part to read.
const api = portableOnBothEngines('clips_tags', async (db) => {
  await db.run(sql`INSERT INTO collections (name, created_at) VALUES (${'Morning review'}, ${'2024-01-02T00:00:00Z'})`);
  await db.run(sql`INSERT INTO collection_clips (collection_id, clip_id, position) VALUES (1, 3, 1), (1, 1, 2)`);
  await db.run(
    sql`INSERT INTO highlights (clip_id, exact, start, "end", note, created_at) VALUES (3, ${'grain deal'}, 4, 14, ${'key'}, ${'2024-01-03T00:00:00Z'})`,
  );
});

/** Runs the same call on both engines, expects the same answer and returns it. */
async function both<T>(call: (engine: Engine) => Promise<T>): Promise<T> {
  const [sqlite, postgres] = [await call('sqlite'), await call('postgres')];
  expect(postgres).toEqual(sqlite);
  return sqlite;
}

const SORTS: ListSort[] = ['date-desc', 'date-asc', 'clipped-desc', 'clipped-asc', 'source-desc', 'source-asc', 'title-desc', 'title-asc'];

describe('clips over both engines', () => {
  it('gets a clip with its quotes, entities, tags, collections and highlights', async () => {
    const clip = await both((e) => api(e)['clips.get']({ id: 3 }));
    expect(clip).toMatchObject({
      title: 'Veloria signs grain deal with Ostland',
      places: ['Veloria', 'Ostland'],
      organizations: ['Grain Council'],
      quotes: [{ speaker: 'Tomas Quell', text: 'We will keep going.' }],
      tags: ['region/north', 'topic/trade'],
      collectionIds: [1],
      highlights: [{ exact: 'grain deal', note: 'key', clipId: 3 }],
    });
  });

  it('gives the same not-found answer for a missing clip', async () => {
    for (const engine of ENGINES) await expect(api(engine)['clips.get']({ id: 999 })).rejects.toThrow(/There is no clip 999/);
  });

  it.each(SORTS)('lists the same rows in the same order sorted %s', async (sort) => {
    const page = await both((e) => api(e)['clips.list']({ trashed: false, offset: 0, limit: 50, sort }));
    expect(page.total).toBe(11);
    expect(page.items).toHaveLength(11);
  });

  it('pages, lists the trash, a tag with its descendants, and a collection in its own order', async () => {
    const second = await both((e) => api(e)['clips.list']({ trashed: false, offset: 4, limit: 4, sort: 'title-asc' }));
    expect(second.items).toHaveLength(4);
    const trash = await both((e) => api(e)['clips.list']({ trashed: true, offset: 0, limit: 10 }));
    expect(trash.items.map((c) => c.title)).toEqual(['Old rescue boat restored']);
    const region = await both((e) => api(e)['clips.list']({ trashed: false, offset: 0, limit: 10, tag: 'REGION', sort: 'date-asc' }));
    expect(region.items.map((c) => c.id)).toEqual([1, 6, 3, 4]);
    const collection = await both((e) => api(e)['clips.list']({ trashed: false, offset: 0, limit: 10, collectionId: 1 }));
    expect(collection.items.map((c) => c.id)).toEqual([3, 1]);
  });
});

describe('tags over both engines', () => {
  it('lists tags with their live counts, in name order with ASCII case ignored', async () => {
    const tags = await both((e) => api(e)['tags.list']());
    expect(tags.map((t) => [t.name, t.count])).toEqual([
      ['region/north', 3],
      ['region/south', 1],
      ['topic/food', 1],
      ['topic/trade', 2],
    ]);
  });

  it('applies tags, new and existing (any case), and says which clips each newly got', async () => {
    const applied = await both((e) => api(e)['tags.apply']({ clipIds: [1, 2, 999], names: ['Follow-up', 'TOPIC/food'] }));
    expect(applied.added).toEqual([
      { name: 'Follow-up', created: true, clipIds: [1, 2] },
      { name: 'TOPIC/food', created: false, clipIds: [1] },
    ]);
    const clip = await both((e) => api(e)['clips.get']({ id: 1 }));
    expect(clip.tags).toEqual(['Follow-up', 'region/north', 'topic/food']);
    const listed = await both((e) => api(e)['clips.list']({ trashed: false, offset: 0, limit: 1, sort: 'clipped-asc' }));
    expect(listed.items[0]!.tags.map((t) => t.name)).toEqual(['region/north', 'topic/food', 'Follow-up']);
  });

  it('removes tags from clips, leaving the tag itself', async () => {
    await both((e) => api(e)['tags.remove']({ clipIds: [1, 2], names: ['follow-up', 'no such tag'] }));
    const tags = await both((e) => api(e)['tags.list']());
    expect(tags.find((t) => t.name === 'Follow-up')).toMatchObject({ count: 0 });
  });

  it('refuses a tag without a name and changes nothing', async () => {
    for (const engine of ENGINES) {
      await expect(api(engine)['tags.apply']({ clipIds: [1], names: ['ok-tag', '  '] })).rejects.toThrow(/A tag needs a name/);
    }
    const tags = await both((e) => api(e)['tags.list']());
    expect(tags.map((t) => t.name)).not.toContain('ok-tag');
  });
});
