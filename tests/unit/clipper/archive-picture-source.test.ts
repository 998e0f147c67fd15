import { describe, expect, it } from 'vitest';
import { outletOfArchivePicture } from '../../../electron/shared/clipper/source.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a picture from the outlet’s own archive', () => {
  it('names the outlet, not a photographer', () => {
    expect(outletOfArchivePicture('Photo d’archives Le Courrier du Lac')).toBe('Le Courrier du Lac');
    expect(outletOfArchivePicture('Der Marktplatz im Jahr 1990. Archivfoto: Lindauer Zeitung')).toBe('Lindauer Zeitung');
    expect(outletOfArchivePicture('Photo d’archives Jean Dupont')).toBeNull();
  });

  it('is the source of a whole page that names the outlet nowhere else', () => {
    const page = [
      'Accueil > Isère > Vallée du Lac',
      'Le pont du Lac rouvrira finalement en septembre',
      'Par Lise Morvan',
      'Publié le 5 mars 2025 à 06h45',
      'Le pont du Lac en travaux, l’an dernier.',
      'Photo d’archives Le Courrier du Lac',
      'Les voitures devront encore faire le détour par la vallée tout l’été. Le pont, fermé depuis l’automne, ne rouvrira pas en juin comme prévu, mais en septembre, a annoncé mardi le conseil départemental.',
      'En cause, une fissure découverte sous le tablier lors des derniers contrôles. Il a fallu renforcer trois piles avant de poursuivre le chantier, explique le vice-président chargé des routes.',
      'Une réunion publique est prévue le 18 mars à la salle des fêtes.',
      'Partager',
      'Facebook',
      'WhatsApp',
    ].join('\n');
    expect(parseClip(page).source).toBe('Le Courrier du Lac');
  });
});
