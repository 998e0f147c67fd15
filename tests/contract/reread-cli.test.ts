import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';
import { createCoreService } from '../../electron/core/core-service.js';
import type { SavedClip } from '../../electron/shared/models/clip.js';

/** The CLI as a user runs it, against a real library file; needs `npm run build`. */
function cuttings(library: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args, '--library', library], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('re-reading names from the command line', { timeout: 120_000 }, () => {
  const lib = tempLibrary('cuttings-cli-reread-');
  const ids: number[] = [];

  beforeAll(async () => {
    assertCliBuilt();
    const core = createCoreService(lib.path);
    const text = 'Trail closed\n\nParks Norway closed the trail on Monday, said Lena Hartvik, a ranger in the made-up village of Brennvik.';
    // Saved with names a reading then missed, and with places the user typed in at review and then corrected.
    for (const places of [[], ['Hand-typed Fjord']]) {
      const added = await core.dispatch('clips.create', { text, draft: { people: ['Parks Norway'], organizations: [], places } });
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
    expect(run.out).toContain('Read again: 2 clips, 2 with new names or quotes.');
    expect(run.out).toContain(`Clip ${ids[1]}: kept your corrections to places.`);
    const shown = JSON.parse(cuttings(lib.path, 'show', String(ids[1]), '--json').out) as SavedClip;
    expect(shown.people).toEqual(['Lena Hartvik']);
    expect(shown.organizations).toEqual(['Parks Norway']);
    expect(shown.places).toEqual(['Hand-typed Fjord', 'Second Fjord']);
  });

  it('says what to give when given nothing, and names a clip that is not there', () => {
    const bare = cuttings(lib.path, 'reread');
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('or --all for every clip');
    const missing = JSON.parse(cuttings(lib.path, 'reread', '424242', '--json').out) as { missing: number[] };
    expect(missing.missing).toEqual([424242]);
  });
});
