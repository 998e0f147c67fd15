import { describe, expect, it } from 'vitest';
import { bareName } from '../../../electron/shared/clipper/byline.js';
import { isCruftLine } from '../../../electron/shared/clipper/cruft.js';
import { sourceFromFooter } from '../../../electron/shared/clipper/source.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a column written as a letter', () => {
  it('greets its addressee, who is no writer', () => {
    expect(bareName('Liebe Frau Roth')).toBeNull();
    expect(bareName('Dear Ms Roth')).toBeNull();
    expect(bareName('Chère Madame Morvan')).toBeNull();
    expect(bareName('Klara Roth')).toBe('Klara Roth');
  });

  it('has its column’s name over the headline, which is furniture; a headline opening on the word is not', () => {
    expect(isCruftLine('Kolumne «Briefe vom Land»')).toBe(true);
    expect(isCruftLine('Chronique : Vu du quai')).toBe(true);
    expect(isCruftLine('Column collapses at old mill')).toBe(false);
  });

  it('closes on the outlet and its slogan', () => {
    expect(sourceFromFooter('Talbote Nord – Ihre Zeitung im Oberland')).toBe('Talbote Nord');
    expect(sourceFromFooter('Liverpool won – your news this morning')).toBeNull();
  });

  it('is read whole: headline, writer signed at its foot, outlet', () => {
    const clip = parseClip(
      [
        'Meinung',
        'Kolumne «Briefe vom Land»',
        'Lieber Herr Gemeinderat, retten Sie unsere Poststelle',
        'Die Post will die Filiale in Talwil schliessen. Unsere Kolumnistin schreibt an den Gemeinderat.',
        'Artikel teilen',
        '',
        'Lieber Herr Brunner',
        '',
        'Am Montag hing an der Tür unserer Poststelle ein Zettel: Die Filiale schliesst Ende März. Ich habe den Zettel zweimal gelesen und bin dann ohne Briefmarken nach Hause gegangen.',
        '',
        'Ich weiss, Sie haben es nicht leicht. Das Schulhaus muss saniert werden, und jeder will etwas von der Gemeinde. Aber die Poststelle ist mehr als ein Schalter: Sie ist der Ort, an dem sich das Dorf trifft.',
        '',
        'Mit herzlichen Grüssen',
        'Klara Roth',
        '',
        'Klara Roth ist pensionierte Lehrerin und lebt seit 30 Jahren in Talwil. Sie schreibt jeden zweiten Sonntag an dieser Stelle.',
        'Talbote Nord – Ihre Zeitung im Oberland',
      ].join('\n'),
    );
    expect(clip.title).toBe('Lieber Herr Gemeinderat, retten Sie unsere Poststelle');
    expect(clip.byline).toEqual(['Klara Roth']);
    expect(clip.source).toBe('Talbote Nord');
  });
});
