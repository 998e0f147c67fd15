import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, cuttings } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

const FIRST = [
  'Harbour bridge closes after inspectors find cracks',
  'PORTHAVEN, May 4 (Coast Wire) -- The harbour bridge in Porthaven closed on Thursday after inspectors found cracks in two of its piers, the town council said.',
  'Traffic is being sent along the coast road, which adds about twenty minutes to a crossing.',
  '"We will not reopen it until we are sure it is safe," said council leader Maren Lind.',
].join('\n\n');

const UPDATED = [
  'Harbour bridge to stay shut for a month after deeper cracks found',
  'PORTHAVEN, May 4 (Coast Wire) -- The harbour bridge in Porthaven closed on Thursday after inspectors found cracks in two of its piers, the town council said.',
  'Traffic is being sent along the coast road, which adds about twenty minutes to a crossing.',
  '"We will not reopen it until we are sure it is safe," said council leader Maren Lind.',
  'In an update on Thursday evening, the council said the bridge would stay shut for at least a month.',
].join('\n\n');

// Each test starts the CLI several times, which takes a while on a busy machine.
describe('cuttings add with a story already in the library', { timeout: 120_000 }, () => {
  const lib = tempLibrary('cuttings-cli-add-');

  beforeAll(() => {
    assertCliBuilt();
    writeFileSync(join(lib.dir, 'first.txt'), FIRST);
    writeFileSync(join(lib.dir, 'updated.txt'), UPDATED);
    expect(cuttings(lib.path, 'add', join(lib.dir, 'first.txt')).code).toBe(0);
  });
  afterAll(() => lib.remove());

  it('says a near copy is like the earlier clip and how to see them side by side', () => {
    const r = cuttings(lib.path, 'add', join(lib.dir, 'updated.txt'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Saved as clip 2.');
    expect(r.out).toMatch(/\d+% the same as clip 1 \(“Harbour bridge closes after inspectors find cracks”\); `cuttings compare 1 2`/);
  });

  it('links a paste as a newer version with --version-of, which the earlier clip then names', () => {
    const r = cuttings(lib.path, 'add', join(lib.dir, 'updated.txt'), '--version-of', '1', '--json');
    expect(r.code, r.err).toBe(0);
    const saved = JSON.parse(r.out) as { id: number };
    expect(cuttings(lib.path, 'show', '1').out).toContain(`Superseded by clip ${saved.id}, a newer version`);
  });

  it('refuses a version of a clip that is not there, saving nothing', () => {
    const r = cuttings(lib.path, 'add', join(lib.dir, 'updated.txt'), '--version-of', '99');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('There is no clip 99');
    expect(cuttings(lib.path, 'list').out.trim().split('\n')).toHaveLength(3);
  });

  it('says a paste it already holds is the same text, and how to remove the copy', () => {
    const r = cuttings(lib.path, 'add', join(lib.dir, 'first.txt'));
    expect(r.out).toContain(
      'the same text as clip 1 (“Harbour bridge closes after inspectors find cracks”); `cuttings delete 4` removes this copy',
    );
  });
});
