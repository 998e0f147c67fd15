import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, cuttings } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';
import { createCoreService } from '../../electron/core/core-service.js';
import type { SavedClip } from '../../electron/shared/models/clip.js';

// Each command is a process of its own, slow to start on a busy machine.
describe('deleting and sorting from the command line', { timeout: 120_000 }, () => {
  const lib = tempLibrary('cuttings-cli-delete-');
  const ids: number[] = [];
  const listed = (...flags: string[]) =>
    (JSON.parse(cuttings(lib.path, 'list', '--json', ...flags).out) as { id: number }[]).map((c) => c.id);

  beforeAll(async () => {
    assertCliBuilt();
    const core = createCoreService(lib.path);
    const stories = [
      ['Lighthouse keeper retires', 'The last keeper of the made-up Skarnholm light retired on Friday after thirty years.'],
      ['Tram line extended', 'Trams in the made-up city of Ostervik will run to the airport from May.'],
      ['Orchard harvest early', 'Apple pickers in the made-up valley of Brenn started two weeks early this year.'],
    ];
    for (const [title, text] of stories) {
      const added = await core.dispatch('clips.create', { text, draft: { title } });
      if (!added.ok) throw new Error(added.error.message);
      ids.push((added.value as SavedClip).id);
    }
    core.close();
  });
  afterAll(() => lib.remove());

  it('lists in the order --sort names, and refuses one it does not know', () => {
    expect(listed('--sort', 'title-asc')).toEqual([ids[0], ids[2], ids[1]]);
    const wrong = cuttings(lib.path, 'list', '--sort', 'newest');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/--sort takes one of (collection, )?date-desc/);
  });

  it('moves a clip to the Trash with plain delete, naming it and how to delete it for good', () => {
    const r = cuttings(lib.path, 'delete', String(ids[0]));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Moved to the Trash');
    expect(r.out).toContain('Lighthouse keeper retires');
    expect(r.out).toContain(`cuttings delete ${ids[0]} --permanently`);
    expect(listed('--trash')).toEqual([ids[0]]);
  });

  it('deletes a clip for good with --permanently, from the Trash or not', () => {
    const r = cuttings(lib.path, 'delete', String(ids[1]), '--permanently', '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ deleted: [ids[1]] });
    expect(listed()).toEqual([ids[2]]);
    expect(listed('--trash')).toEqual([ids[0]]);
    const again = cuttings(lib.path, 'show', String(ids[1]));
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/There is no clip/);
  });

  it('empties the Trash, and says so when it is already empty', () => {
    const r = cuttings(lib.path, 'trash', 'empty');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('1 clip deleted for good');
    expect(listed('--trash')).toEqual([]);
    expect(cuttings(lib.path, 'trash', 'empty').out).toContain('already empty');
    expect(listed()).toEqual([ids[2]]);
  });

  it('refuses a wrong clip number before deleting anything, and a trash command it does not know', () => {
    const r = cuttings(lib.path, 'delete', String(ids[2]), '999', '--permanently');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/There is no clip 999/);
    expect(listed()).toEqual([ids[2]]);
    const wrong = cuttings(lib.path, 'trash', 'burn');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/Usage: cuttings trash empty/);
  });
});
