import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('brands written with a capital inside, and community centres', () => {
  it('reads one word with a capital inside as a body, but not a surname opening on Mc or Mac', () => {
    const draft = parseClip(
      'Flights diverted\n\nTwo flights run by SkyHarbor were diverted, and PowerNorth cut power to 900 homes. Residents told Ewan McAllister they were worried.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['SkyHarbor', 'PowerNorth']));
    expect(draft.organizations).not.toContain('McAllister');
  });

  it('reads a community centre as a place, not a body', () => {
    const draft = parseClip('Library moves\n\nThe library will move into the Brackley Community Centre next spring.');
    expect(draft.places).toContain('Brackley Community Centre');
    expect(draft.organizations).not.toContain('Brackley Community Centre');
  });
});
