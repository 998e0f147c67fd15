import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const article = (body: string) =>
  parseClip(
    `Ferry sails again after crash\n\nBy Tom Reed\n\nPORTLAND (Reuters) - The ferry will run again on Monday after a crash last week, officials said.\n\n${body}`,
  );

describe('English bodies named by their trade or their country', () => {
  it('reads carriers and makers by what they run or make', () => {
    const draft = article(
      'Northern Isles Sea Links and Orkney Passenger Lines cancelled trips, and Harbour Marine Works repaired the hull.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Northern Isles Sea Links', 'Orkney Passenger Lines', 'Harbour Marine Works']),
    );
  });

  it('reads a body named after a country of two words, its own name written with an inner capital', () => {
    const draft = article('SafeWork New Zealand is investigating the crash.');
    expect(draft.organizations).toContain('SafeWork New Zealand');
  });

  it('splits a person named in full from the body they are of, but not a body opening on a given name', () => {
    const draft = article('Trips were cancelled, said Ann Lee of Harbour Marine Works. Crews from the Odile Department of Roads helped.');
    expect(draft.people).toContain('Ann Lee');
    expect(draft.organizations).toEqual(expect.arrayContaining(['Harbour Marine Works', 'Odile Department of Roads']));
  });

  it('splits a person named after a title from the body they are of', () => {
    const draft = article('Seismologist Dr Wren Halloway of GeoLab said the quake was shallow.');
    expect(draft.people).toContain('Wren Halloway');
    expect(draft.people.some((p) => p.includes('GeoLab'))).toBe(false);
  });
});
