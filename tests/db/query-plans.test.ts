import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Db } from '../../electron/core/db/open-library.js';
import { tempLibrary } from '../support/temp-library.js';
import { FIELD_SORTS } from '../../electron/shared/models/list-sort.js';

/** The hot queries must use their indexes: a full scan is fine at 100 clips and painful at 100,000. */
let lib: ReturnType<typeof tempLibrary>;
let db: Db;
beforeAll(() => {
  lib = tempLibrary();
  db = openLibrary(lib.path);
});
afterAll(() => {
  db.close();
  lib.remove();
});

const plan = (sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('query plans', () => {
  it('lists the newest clips through the index', () => {
    const p = plan('SELECT id, title FROM clips c WHERE c.deleted_at IS NULL ORDER BY c.created_at DESC, c.id DESC LIMIT 200');
    expect(p).toMatch(/USING INDEX clips_live_by_created/);
    expect(p).not.toMatch(/TEMP B-TREE/);
  });

  it('finds an exact duplicate by hash without a scan', () => {
    expect(plan('SELECT id FROM clips WHERE content_hash = ? AND deleted_at IS NULL', 'x')).toMatch(/USING INDEX clips_content_hash/);
  });

  it('finds near-duplicate candidates by LSH bucket', () => {
    expect(plan('SELECT clip_id FROM clip_bands WHERE band = ? AND bucket = ?', 1, 2)).toMatch(/USING (PRIMARY KEY|COVERING INDEX)/);
  });

  it('reads a collection in its manual order through the index', () => {
    expect(plan('SELECT clip_id FROM collection_clips WHERE collection_id = ? ORDER BY position', 1)).toMatch(/USING (COVERING )?INDEX collection_clips_order/);
  });

  it("reads a collection's comparisons in order through the index", () => {
    expect(plan('SELECT comparison_id FROM collection_comparisons WHERE collection_id = ? ORDER BY position', 1)).toMatch(/USING (COVERING )?INDEX collection_comparisons_order/);
  });

  it('finds the comparisons of a clip on either side without a scan', () => {
    expect(plan('SELECT id FROM comparisons WHERE clip_a = ?', 1)).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_comparisons/);
    expect(plan('SELECT id FROM comparisons WHERE clip_b = ?', 1)).toMatch(/USING (COVERING )?INDEX comparisons_clip_b/);
  });

  it('finds the clips with a tag through the index', () => {
    expect(plan('SELECT clip_id FROM clip_tags WHERE tag_id = ?', 1)).toMatch(/USING (COVERING )?INDEX clip_tags_tag/);
  });
});

describe('select all', () => {
  it('reads every id of All clips from the index alone, already in order', async () => {
    const { clipIds } = await import('../../electron/core/library/clip-ids.js');
    let captured = '';
    const spy = { prepare: (sql: string) => ((captured = sql), db.prepare(sql)) } as unknown as Db;
    clipIds(spy, { trashed: false });
    const p = plan(captured);
    expect(p).toMatch(/USING COVERING INDEX clips_live_by_created/);
    expect(p).not.toMatch(/TEMP B-TREE/);
  });
});

describe('the near-duplicate lookup', () => {
  it('starts from the LSH buckets and reads clips by primary key', async () => {
    const { findBucketCandidates } = await import('../../electron/core/library/clips.repo.js');
    let captured = '';
    const spy = { prepare: (sql: string) => ((captured = sql), db.prepare(sql)) } as unknown as Db;
    findBucketCandidates(spy, [11, 22, 33]);
    const p = plan(captured, 0, 11, 1, 22, 2, 33, 200);
    expect(p).not.toMatch(/SCAN c\b/);
    expect(p).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
  });
});

describe('sorted lists', () => {
  it.each(FIELD_SORTS)('list All clips by %s through an index, with no sort step', async (sort) => {
    const { listSource, SUMMARY_COLUMNS } = await import('../../electron/core/library/clips.repo.js');
    const { sql, params, order } = listSource({ trashed: false, sort });
    const p = plan(`SELECT ${SUMMARY_COLUMNS} ${sql} ORDER BY ${order} LIMIT 200`, ...params);
    expect(p).toMatch(/SEARCH c USING INDEX clips_live_by_/);
    expect(p).not.toMatch(/TEMP B-TREE/);
  });

  it.each(FIELD_SORTS)('select all by %s reads ids from an index alone, already in order', async (sort) => {
    const { clipIds } = await import('../../electron/core/library/clip-ids.js');
    let captured = '';
    const spy = { prepare: (sql: string) => ((captured = sql), db.prepare(sql)) } as unknown as Db;
    clipIds(spy, { trashed: false, sort });
    const p = plan(captured);
    expect(p).toMatch(/USING COVERING INDEX clips_live_by_/);
    expect(p).not.toMatch(/TEMP B-TREE/);
  });
});
