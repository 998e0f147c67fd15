import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** A made-up report whose initials are spelt out before them, a body's with a small letter kept and a thing's in small letters. */
const REPORT = [
  'Bridge to close for repairs before the Christmas market',
  '12 November 2026',
  '',
  'The bridge between Ostrau and Kellen will be closed to cars from 7 to 17 December. The repairs, carried out by the Collectivité européenne de Lorraine (CeL), fall in the middle of the Christmas market.',
  'The mayor of Kellen wrote to the president of the CeL to ask for a delay. The work includes a new individual-carrier system (ICS) for the tram depot, and the regional production-linked incentive (PLI) scheme pays for half of it.',
].join('\n');

describe('initials spelt out before them', () => {
  it('stand for the body whose name they spell, a small letter of a little word kept among the capitals', () => {
    const clip = parseClip(REPORT);
    expect(clip.organizations).toContain('Collectivité européenne de Lorraine');
    expect(clip.organizations).not.toContain('CeL');
  });

  it('name no body when the words they spell are a thing’s, in small letters', () => {
    const clip = parseClip(REPORT);
    expect(clip.organizations).not.toContain('ICS');
    expect(clip.organizations).not.toContain('PLI');
  });
});
