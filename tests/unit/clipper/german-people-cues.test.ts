import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('German people told by their life years, a sports or art role, or the town that has them', () => {
  it('finds a painter with her years, a keeper by his role, and a player owned by a town', () => {
    const draft = parseClip(
      'Museum zeigt Werke\n\nDas Museum zeigt Bilder der vergessenen Künstlerin Edda Wolkenrath (1902–1977). Im Pokal hielt der Torwart Bent Halvorsen zwei Elfmeter, und Leipzigs Jonas Eberding traf zweimal.',
    );
    expect(draft.people).toEqual(expect.arrayContaining(['Edda Wolkenrath', 'Bent Halvorsen', 'Jonas Eberding']));
    expect(draft.places).not.toContain('Leipzigs Jonas Eberding');
    expect(draft.places.some((p) => p.includes('Eberding'))).toBe(false);
  });
});

describe('German speakers named by what they are', () => {
  it('lists no person for a speaker written only as a noun after an article, nor a named place for a thing after ein', () => {
    const draft = parseClip(
      'Geld fehlt\n\nDie Gemeinde hatte gehofft. „Das Geld war eingeplant“, so der Bürgermeister. „Ein Stellplatz kostet zu wenig“, sagte die Rentnerin.',
    );
    expect(draft.people).toEqual([]);
    expect(draft.places).not.toContain('Stellplatz');
  });
});
