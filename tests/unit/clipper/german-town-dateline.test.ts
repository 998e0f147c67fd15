import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../electron/shared/clipper/dateline.js';

describe('a German regional paper’s town before its full stop', () => {
  it.each(['Kirchwendlingen', 'Oberrodach', 'Neuwitz', 'Grünfeld', 'Altlützen'])('is a dateline: %s', (town) => {
    expect(readDateline(`${town}. Auf der Kreisstraße ist am Sonntag ein Lastwagen in ein Stauende gefahren.`)?.place).toBe(town);
  });

  it('is not a word that closes a short first sentence', () => {
    expect(readDateline('Genau. Das war es, was der Bürgermeister am Montag sagte.')).toBeNull();
    expect(readDateline('Morgen. Der Tag beginnt mit einer Sitzung des Rates.')).toBeNull();
  });
});
