import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { sourceFromFooter } from '../../../electron/shared/clipper/source.js';

const story =
  'La mairie agrandit la cantine de l’école\nLe conseil municipal a voté mardi l’agrandissement de la cantine de l’école primaire, qui accueille désormais plus de deux cents élèves chaque midi.\n\nLes travaux commenceront pendant les vacances d’été.';

describe('an outlet named in a footer', () => {
  it('ends before the dash that set the year apart', () => {
    expect(sourceFromFooter('© La Gazette des Exemples – 2025')).toBe('La Gazette des Exemples');
  });

  it('is read from a French note that says where the story ran first, with d’abord before the verb', () => {
    const draft = parseClip(`${story}\n\nCet article a d'abord été publié dans Le Messager des Exemples.`);
    expect(draft.source).toBe('Le Messager des Exemples');
  });
});
