import { describe, expect, it } from 'vitest';
import { bodyOfInitials } from '../../../electron/shared/clipper/acronym-names.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a body that speaks by its initials', () => {
  it('is the body whose name they spell, or the only one whose name they open', () => {
    expect(bodyOfInitials('OPR', ['Office des ports du Ravel', 'Mairie de Lunac'])).toBe('Office des ports du Ravel');
    expect(bodyOfInitials('AEL', ['Agence de l’eau du Lunac', 'Mairie de Lunac'])).toBe('Agence de l’eau du Lunac');
    expect(bodyOfInitials('AE', ['Agence de l’eau du Lunac'])).toBeNull();
  });

  it('is named in full as the speaker', () => {
    const text = [
      'La maternité restera fermée tout l’été',
      'L’Agence régionale de santé d’Occitanie a confirmé mardi la fermeture de la maternité, faute de sages-femmes. Les accouchements auront lieu à l’hôpital voisin.',
      'Selon l’ARS, « aucune solution provisoire ne permet de garantir la sécurité des naissances ». Le recrutement se poursuit jusqu’à l’automne.',
    ].join('\n\n');
    expect(parseClip(text).quotes.map((q) => q.speaker)).toEqual(['Agence régionale de santé d’Occitanie']);
  });
});

describe('a body’s initials beside its full name', () => {
  it('are not a second organisation', () => {
    const text = [
      'La maternité restera fermée tout l’été',
      'L’Agence régionale de santé d’Occitanie a confirmé mardi la fermeture de la maternité, faute de sages-femmes. Les accouchements auront lieu à l’hôpital voisin.',
      'Le service pourrait rouvrir à l’automne, selon l’ARS, si le recrutement aboutit. Les élus demandent un calendrier précis.',
    ].join('\n\n');
    expect(parseClip(text).organizations).toEqual(['Agence régionale de santé d’Occitanie']);
  });
});

describe('a short form in brackets after a body’s name', () => {
  it('is that body, though its letters spell other words', () => {
    const text = [
      'Dockers walk out over pilot rosters',
      'The strike was called by the Northland Harbour Workers Union (NHV) after talks broke down on Tuesday. The union wants a fourth pilot on each night shift.',
      'The NHV said the walkout would last two days.',
    ].join('\n\n');
    expect(parseClip(text).organizations).toEqual(['Northland Harbour Workers Union']);
  });

  it('may hold small letters between its capitals', () => {
    const text = [
      'Aufsicht prüft Hafenbetrieb',
      'Die Aufsicht lag bei der Bundesanstalt für Hafenaufsicht (BaHa), die den Betrieb im Herbst prüfte. Der Betrieb lief seitdem weiter.',
    ].join('\n\n');
    expect(parseClip(text).organizations).toEqual(['Bundesanstalt für Hafenaufsicht']);
  });
});
