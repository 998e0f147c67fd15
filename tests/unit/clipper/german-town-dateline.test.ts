import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../electron/shared/clipper/dateline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a German regional paper’s town before its full stop', () => {
  it.each(['Kirchwendlingen', 'Oberrodach', 'Neuwitz', 'Grünfeld', 'Altlützen'])('is a dateline: %s', (town) => {
    expect(readDateline(`${town}. Auf der Kreisstraße ist am Sonntag ein Lastwagen in ein Stauende gefahren.`)?.place).toBe(town);
  });

  it('is not a word that closes a short first sentence', () => {
    expect(readDateline('Genau. Das war es, was der Bürgermeister am Montag sagte.')).toBeNull();
    expect(readDateline('Morgen. Der Tag beginnt mit einer Sitzung des Rates.')).toBeNull();
  });
});

describe('two towns joined by a slash', () => {
  it('are two places in a dateline, and one name after a site’s kind', () => {
    const draft = parseClip(
      'Neue Linie\n\nBamberg/Schweinfurt (dpa) – Die Bahn fährt ab Montag wieder. Der Flughafen Bamberg/Schweinfurt bleibt zu.',
    );
    expect(draft.dateline).toBe('Bamberg/Schweinfurt');
    expect(draft.places).toEqual(expect.arrayContaining(['Bamberg', 'Schweinfurt', 'Flughafen Bamberg/Schweinfurt']));
    expect(draft.places).not.toContain('Bamberg/Schweinfurt');
  });
});
