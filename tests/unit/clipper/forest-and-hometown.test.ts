import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a forest named by its adjective, and the town after an age', () => {
  it('gives a Ukrainian forest in the nominative', () => {
    const draft = parseClip('Пожежу загасили\n\nУ Святошинському лісі загасили пожежу, повідомили рятувальники.');
    expect(draft.places).toContain('Святошинський ліс');
    expect(draft.places).not.toContain('Святошинському');
  });

  it('gives the town after a name and an age as a place', () => {
    const draft = parseClip('Man sentenced\n\nDaniel Orwin, 44, of Bramcote, was sentenced on Friday.');
    expect(draft.places).toContain('Bramcote');
    expect(draft.people).toEqual(['Daniel Orwin']);
  });
});
