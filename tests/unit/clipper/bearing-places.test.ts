import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a place a bearing is taken from', () => {
  it('is a place in English, French and German', () => {
    const en = parseClip('Quake shakes the coast\n\nA magnitude 6.1 earthquake struck 30km north-east of Tarnleigh at 5:48am on Tuesday.');
    expect(en.places).toContain('Tarnleigh');
    const fr = parseClip('Séisme dans la vallée\n\nLe séisme a frappé à 12 km au sud-ouest de Valbrune mardi matin.');
    expect(fr.places).toContain('Valbrune');
    const de = parseClip('Beben im Tal\n\nDas Beben traf am Dienstag ein Gebiet nordöstlich von Kellbach.');
    expect(de.places).toContain('Kellbach');
  });

  it('is no adjective before its noun', () => {
    const draft = parseClip('Rail upgrade\n\nThe firm will study a railway in the north of the South American country, officials said.');
    expect(draft.places).not.toContain('South American');
  });
});
