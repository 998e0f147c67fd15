import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { sql } from '../../electron/core/db/sql.js';
import { listClips } from '../../electron/core/library/clips.repo.js';
import { insertClips } from '../../electron/core/library/insert-clip.js';
import { openEngineLibrary } from '../support/engine-libraries.js';
import { searchClip, searchClipRow } from '../support/search-library.js';
import { useTestDatabase } from '../support/test-database.js';

/**
 * One call may write more clips than one PostgreSQL statement has parameters for (65,535): an
 * import's or a bench's large batch is saved whole, in order, not refused as if the server were
 * unreachable.
 */
const CLIPS = 3_500;
const database = useTestDatabase('insert-many');
let library: LibraryDatabase & { remove(): Promise<void> };

beforeAll(async () => {
  library = await openEngineLibrary('postgres', () => database.url);
}, 60_000);
afterAll(() => library.remove());

describe('saving many clips in one call', () => {
  it('writes every clip, ids in the order given', async () => {
    const rows = Array.from({ length: CLIPS }, (_, i) =>
      searchClipRow(
        searchClip({
          title: `Lock keeper's log ${i + 1}`,
          body: `The canal lock opened ${i + 1} times this week.`,
          people: ['Ilse Vantroy'],
        }),
        i,
      ),
    );
    const ids = await library.transaction((tx) => insertClips(tx, rows));
    expect(ids).toHaveLength(CLIPS);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const last = await library.all<{ title: string }>(sql`SELECT title FROM clips WHERE id = ${ids[CLIPS - 1]!}`);
    expect(last[0]?.title).toBe(`Lock keeper's log ${CLIPS}`);
    const listed = await listClips(library, { trashed: false, offset: CLIPS - 1, limit: 1 });
    expect(listed.total).toBe(CLIPS);
  }, 120_000);
});
