import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const article = (body: string) =>
  parseClip(
    `Fähre fährt wieder nach Lübeck\n\nVon Wiebke Sorell\n\nLübeck (dpa) - Die Fähre fährt ab Montag wieder, teilte die Reederei mit.\n\n${body}`,
  );

describe('German bodies named by the town or land they serve', () => {
  it('keeps the area after a compound body kind in the name', () => {
    const draft = article('Der Tourismusverband Thüringen begrüßte die Entscheidung.');
    expect(draft.organizations).toContain('Tourismusverband Thüringen');
    expect(draft.places).not.toContain('Thüringen');
  });

  it('gives a body after an elided compound in the nominative', () => {
    const draft = article('Ein Sprecher des Garten- und Tiefbauamts Lübeck sagte, man prüfe die Pläne.');
    expect(draft.organizations).toContain('Garten- und Tiefbauamt Lübeck');
    expect(draft.organizations).not.toContain('Garten- und Tiefbauamts Lübeck');
  });

  it('reads a body of a town after der Stadt or zu', () => {
    const draft = article(
      'Der Gemeinderat der Stadt Lübeck stimmte zu, ebenso der Forstbetrieb der Stadt Lübeck. Die Industrie- und Handelskammer zu Lübeck lobte den Plan.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Gemeinderat der Stadt Lübeck', 'Forstbetrieb der Stadt Lübeck', 'Industrie- und Handelskammer zu Lübeck']),
    );
  });
});

describe('German parts of a town named after their kind', () => {
  it('reads a part of a town after its kind, in the singular and the plural', () => {
    const draft = article('Kritik kam vor allem aus dem Stadtteil Morlau. Betroffen sind die Ortsteile Vorsbach und Kleinbrunnwitz.');
    expect(draft.places).toEqual(expect.arrayContaining(['Morlau', 'Vorsbach', 'Kleinbrunnwitz']));
    expect(draft.places).not.toContain('Ortsteile Vorsbach');
  });
});
