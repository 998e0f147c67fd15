import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { sql } from '../../electron/core/db/sql.js';
import { draftFromPaste } from '../../electron/core/clipper/draft-from-paste.js';
import { saveClip } from '../../electron/core/library/save-clip.js';
import { openMigratedLibrary } from '../support/migrated-library.js';
import { useTestDatabase } from '../support/test-database.js';

/**
 * Many members saving at once: the saves PostgreSQL refuses for meeting each other run again in
 * turn, so each is saved once and none is refused, and a text saved twice at the same moment is
 * reported as a duplicate of the first.
 */

const database = useTestDatabase('concurrent_saves');
let db: LibraryDatabase;

beforeAll(async () => {
  db = await openMigratedLibrary(database.url, 12);
});
afterAll(async () => db.close());

function story(n: number): string {
  return [
    `Tram line ${n} reopens after repairs`,
    `The city transport office said on Wednesday that tram line ${n} would run again from the depot on the east bank.`,
    `Engineers replaced ${n * 3} metres of rail on the bridge, the office added, and the first tram leaves at six.`,
  ].join('\n\n');
}

async function save(text: string) {
  const paste = { text };
  return saveClip(db, paste, await draftFromPaste(paste), {}, { versionOf: null, clippedBy: null });
}

describe('saves at the same moment', () => {
  it('saves every clip once, none refused', async () => {
    const saved = await Promise.all(Array.from({ length: 24 }, (_, n) => save(story(n))));
    expect(new Set(saved.map((s) => s.id)).size).toBe(24);
    expect((await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM clips`))!.n).toBe(24);
  });

  it('reports the second of two identical saves as a duplicate of the first', async () => {
    const [a, b] = await Promise.all([save(story(100)), save(story(100))]);
    const [first, second] = a!.id < b!.id ? [a!, b!] : [b!, a!];
    expect(first.duplicateOf).toBeNull();
    expect(second.duplicateOf).toMatchObject({ id: first.id, similarity: 1 });
  });
});
