import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, cuttings } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';
import { createCoreService } from '../../electron/core/core-service.js';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import { openLibrary } from '../../electron/core/db/open-library.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import { insertClips } from '../../electron/core/library/insert-clip.js';
import { searchClip, searchClipRow } from '../support/search-library.js';

describe('re-reading names from the command line', { timeout: 120_000 }, () => {
  const lib = tempLibrary('cuttings-cli-reread-');
  const ids: number[] = [];

  beforeAll(async () => {
    assertCliBuilt();
    const title = 'Trail closed';
    const body = 'Parks Norway closed the trail on Monday, said Lena Hartvik, a ranger in the made-up village of Brennvik.';
    // A clip saved with the names an earlier reading gave, which missed some.
    const db = sqliteDatabase(openLibrary(lib.path), { closeConnection: true });
    const stale = searchClip({ title, body, people: ['Parks Norway'] });
    ids.push(...(await db.transaction((tx) => insertClips(tx, [searchClipRow(stale, 0)]))));
    await db.close();
    const core = createCoreService(lib.path);
    // Clips whose names the user set at review: places typed in and later corrected, a person kept.
    for (const draft of [{ places: ['Hand-typed Fjord'] }, { people: ['Parks Norway'] }]) {
      const added = await core.dispatch('clips.create', { text: `${title}\n\n${body}`, draft });
      if (!added.ok) throw new Error(added.error.message);
      ids.push((added.value as SavedClip).id);
    }
    const edited = await core.dispatch('clips.update', { id: ids[1], fields: { places: ['Hand-typed Fjord', 'Second Fjord'] } });
    if (!edited.ok) throw new Error(edited.error.message);
    core.close();
  });
  afterAll(() => lib.remove());

  it('reads every clip again, names what it kept, and shows the new names', () => {
    const run = cuttings(lib.path, 'reread', '--all');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Read again: 3 clips, 1 with new names or quotes.');
    expect(run.out).toContain(`Clip ${ids[1]}: kept your corrections to places.`);
    expect(run.out).toContain(`Clip ${ids[2]}: kept your corrections to people.`);
    const show = (id: number) => JSON.parse(cuttings(lib.path, 'show', String(id), '--json').out) as SavedClip;
    expect(show(ids[0]!)).toMatchObject({ people: ['Lena Hartvik'], organizations: ['Parks Norway'] });
    expect(show(ids[1]!).places).toEqual(['Hand-typed Fjord', 'Second Fjord']);
    expect(show(ids[2]!).people).toEqual(['Parks Norway']);
  });

  it('says what to give when given nothing, and names a clip that is not there', () => {
    const bare = cuttings(lib.path, 'reread');
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('or --all for every clip');
    const missing = JSON.parse(cuttings(lib.path, 'reread', '424242', '--json').out) as { missing: number[] };
    expect(missing.missing).toEqual([424242]);
  });
});
