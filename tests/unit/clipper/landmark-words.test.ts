import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('landmarks named by their kind', () => {
  it('reads a cathedral, a castle and a stadium as places', () => {
    const draft = parseClip(
      'Bells ring again\n\nThe choir of Kelloway Cathedral sang on Sunday, the first time since the fire. Crowds walked on from Brannock Castle to Mill Lane Stadium for the evening match.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Kelloway Cathedral', 'Brannock Castle', 'Mill Lane Stadium']));
    expect(draft.organizations).not.toContain('Kelloway Cathedral');
  });
});
