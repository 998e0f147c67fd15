import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Db } from '../../electron/core/db/open-library.js';
import { collectionClipIds, createCollection } from '../../electron/core/library/collections.repo.js';
import { listClips } from '../../electron/core/library/clips.repo.js';
import { findByContentHash, findDuplicateCandidates } from '../../electron/core/library/fingerprints.repo.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { listComparisons } from '../../electron/core/library/comparisons.repo.js';
import { captureQueries, type RanStatement } from '../support/capture-sql.js';
import { tempLibrary } from '../support/temp-library.js';
import { FIELD_SORTS } from '../../electron/shared/models/list-sort.js';
import { clipIds } from '../../electron/core/library/clip-ids.js';

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

/** The plan of the statement a repository ran whose SQL `pick` names, with the parameters it was given. */
async function queryPlanOf(work: (db: LibraryDatabase) => Promise<unknown>, pick: RegExp): Promise<string> {
  return planOfStatement(await captureQueries(sqliteDatabase(db), work), pick);
}

/**
 * A plan without the steps that order each row's own few tags (json_group_array … ORDER BY):
 * those sort a clip's handful of tags, never the list.
 */
const withoutTagOrder = (plan: string) =>
  plan
    .split('\n')
    .filter((step) => !step.includes('json_group_array'))
    .join('\n');

function planOfStatement(statements: RanStatement[], pick: RegExp): string {
  const ran = statements.filter((s) => pick.test(s.sql));
  if (ran.length !== 1) throw new Error(`Expected one statement matching ${pick}, ran ${ran.length}: ${ran.map((s) => s.sql).join(' | ')}`);
  return withoutTagOrder(plan(ran[0]!.sql, ...ran[0]!.params));
}

describe('query plans of the repositories’ own SQL', () => {
  let collectionId: number;
  beforeAll(async () => {
    collectionId = await createCollection(
      sqliteDatabase(db),
      { name: 'Ports', parentId: null, description: '', query: null },
      new Date().toISOString(),
    );
  });

  it('lists the newest clips through the index', async () => {
    const p = await queryPlanOf((spy) => listClips(spy, { trashed: false, offset: 0, limit: 200 }), /LIMIT/);
    expect(p).toMatch(/USING INDEX clips_live_by_created/);
    expect(p).not.toMatch(/TEMP B-TREE/);
  });

  it('finds an exact duplicate by hash without a scan', async () => {
    expect(await queryPlanOf((spy) => findByContentHash(spy, 'x'), /content_hash/)).toMatch(/USING INDEX clips_content_hash/);
  });

  it('finds an exact duplicate and a clip from the same web address without a scan, with the near-duplicates', async () => {
    const p = await queryPlanOf((spy) => findDuplicateCandidates(spy, 'x', 'example.org/a', [11, 22]), /url_key/);
    expect(p).toMatch(/USING INDEX clips_content_hash/);
    expect(p).toMatch(/USING INDEX clips_url_key/);
  });

  it('marks superseded clips in the list by looking up their versions, not scanning for them', async () => {
    const p = await queryPlanOf((spy) => listClips(spy, { trashed: false, offset: 0, limit: 200 }), /LIMIT/);
    expect(p).toMatch(/SEARCH v USING (COVERING )?INDEX clips_version_of/);
  });

  it('finds near-duplicate candidates by LSH bucket', async () => {
    expect(await queryPlanOf((spy) => findDuplicateCandidates(spy, 'x', null, [11, 22]), /clip_bands/)).toMatch(
      /clip_bands USING (PRIMARY KEY|COVERING INDEX)/,
    );
  });

  it('reads a collection in its manual order through the index', async () => {
    expect(await queryPlanOf((spy) => collectionClipIds(spy, collectionId), /collection_clips/)).toMatch(
      /USING (COVERING )?INDEX collection_clips_order/,
    );
  });

  it("reads a collection's comparisons in order through the index", async () => {
    const p = await queryPlanOf((spy) => listComparisons(spy, collectionId), /collection_comparisons/);
    expect(p).toMatch(/USING (COVERING )?INDEX collection_comparisons_order/);
  });

  it('finds the clips with a tag through the index', async () => {
    const p = await queryPlanOf((spy) => listClips(spy, { trashed: false, tag: 'Ports', offset: 0, limit: 200 }), /LIMIT/);
    expect(p).toMatch(/USING (COVERING )?INDEX clip_tags_tag/);
  });
});

describe('the indexes behind foreign keys', () => {
  // Deleting a clip for good deletes its comparisons through the foreign keys; SQLite does not
  // show those lookups in a plan, so the indexes they need are asked for directly.
  it('find the comparisons of a clip on either side without a scan', async () => {
    expect(plan('SELECT id FROM comparisons WHERE clip_a = ?', 1)).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_comparisons/);
    expect(plan('SELECT id FROM comparisons WHERE clip_b = ?', 1)).toMatch(/USING (COVERING )?INDEX comparisons_clip_b/);
  });
});

describe('select all', () => {
  it('reads every id of All clips from the index alone, already in order', async () => {
    const { clipIds } = await import('../../electron/core/library/clip-ids.js');
    const p = await queryPlanOf((spy) => clipIds(spy, { trashed: false }), /clips/);
    expect(p).toMatch(/USING COVERING INDEX clips_live_by_created/);
    expect(p).not.toMatch(/TEMP B-TREE/);
  });
});

describe('the near-duplicate lookup', () => {
  it('starts from the LSH buckets and reads clips by primary key', async () => {
    const p = await queryPlanOf((spy) => findDuplicateCandidates(spy, 'x', null, [11, 22, 33]), /clip_bands/);
    expect(p).not.toMatch(/SCAN c\b/);
    expect(p).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
  });
});

describe('sorted lists', () => {
  it.each(FIELD_SORTS)('list All clips by %s through an index, with no sort step', async (sort) => {
    const p = await queryPlanOf((spy) => listClips(spy, { trashed: false, sort, offset: 0, limit: 200 }), /LIMIT/);
    expect(p).toMatch(/SEARCH c USING INDEX clips_live_by_/);
    expect(p).not.toMatch(/TEMP B-TREE/);
  });

  it.each(FIELD_SORTS)('select all by %s reads ids from an index alone, already in order', async (sort) => {
    const p = await queryPlanOf((spy) => clipIds(spy, { trashed: false, sort }), /clips/);
    expect(p).toMatch(/USING COVERING INDEX clips_live_by_/);
    expect(p).not.toMatch(/TEMP B-TREE/);
  });
});
