import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('small towns where a preposition puts a town', () => {
  it('reads an English town of a few thousand people after from or to, and those listed with it', () => {
    const draft = parseClip('Trains diverted\n\nTwo trains from Ludlow were sent on to Kendal, Keswick or Penrith overnight.');
    expect(draft.places).toEqual(expect.arrayContaining(['Ludlow', 'Kendal', 'Keswick']));
  });

  it('reads German small towns after von, nach and zwischen, and splits one from the noun before von', () => {
    const draft = parseClip(
      'Busse fahren wieder\n\nDie Linienbusse von Sigmaringen nach Stockach fahren ab Montag wieder. Auf der Strecke zwischen Hechingen und Pfullendorf bleibt es eng.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Sigmaringen', 'Stockach', 'Hechingen', 'Pfullendorf']));
    expect(draft.places).not.toContain('Linienbusse von Sigmaringen');
  });

  it("reads a French small town after jusqu'à and de", () => {
    const draft = parseClip("La navigation reprend\n\nLes péniches remontent jusqu'à Tournus. Les habitants de Louhans attendent.");
    expect(draft.places).toEqual(expect.arrayContaining(['Tournus', 'Louhans']));
  });

  it('leaves a small town spelt as a given name, or a word with no preposition before it, unread', () => {
    const draft = parseClip('Ein langer Brief\n\nDer Brief kam von Marion aus der Nachbarschaft. Hechingen bleibt ruhig.');
    expect(draft.places).not.toContain('Marion');
    expect(draft.places).not.toContain('Hechingen');
  });

  it('joins a small town and the river it lies by', () => {
    const draft = parseClip('Hochwasser\n\nIn Wasserburg am Inn stieg der Pegel weiter.');
    expect(draft.places).toContain('Wasserburg am Inn');
  });
});
