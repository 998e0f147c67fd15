import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a place named by who lives there', () => {
  it('is a place after residents of, habitants de, Anwohner von', () => {
    const en = parseClip(
      'Flood forces evacuation\n\nPolice said residents of Tarnbrook and Lower Ellsey were taken to a rest centre on Tuesday.',
    );
    expect(en.places).toEqual(expect.arrayContaining(['Tarnbrook', 'Lower Ellsey']));
    const fr = parseClip('Inondation\n\nLa mairie a relogé mardi les habitants de Valbrune dans un gymnase.');
    expect(fr.places).toContain('Valbrune');
    const de = parseClip('Hochwasser\n\nAm Dienstag mussten die Anwohner von Kellbach ihre Keller räumen.');
    expect(de.places).toContain('Kellbach');
  });
});
