import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('words quoted inside reported speech', () => {
  it('credits them to a surname alone whose second verb a `but` joins', () => {
    expect(
      speakers(
        'Grid holds up\n\nThe grid operator warned of outages. Its chief executive, Olena Tarvik, spoke on Monday.\n\nTarvik acknowledged the risk but said households had cut use on a scale that would have been "unthinkable a few years ago". More panels were added in 2026.',
      ),
    ).toEqual(['Olena Tarvik']);
  });

  it('reads a `mais` after the closing mark as going on with the sentence, not crediting the words', () => {
    expect(
      speakers(
        'Navette\n\nLa navette fluviale démarre lundi.\n\nMaëlle Rondier, directrice de l’exploitation de Fluvia Lyon, reconnaît que la navette « ne remplacera jamais le tramway », mais estime qu’elle peut séduire les touristes.',
      ),
    ).toEqual(['Maëlle Rondier']);
  });

  it('reads `évoquer` as a speech verb', () => {
    expect(
      speakers(
        'Procès\n\nLe tribunal a rendu sa décision.\n\nEn lisant la décision, le président du tribunal, Gaston Merlaud, a évoqué « une entreprise de tromperie méthodique », qui visait « des familles modestes ».',
      ),
    ).toEqual(['Gaston Merlaud', 'Gaston Merlaud']);
  });

  it('passes over a verb in the passive to the speech verb of the subject before it', () => {
    expect(
      speakers(
        'Pilots strike\n\nPilots stayed home on Monday.\n\nThe Ministry of Harbours said in a statement that the deal had been agreed in 2019 and that it saw “no legal basis” for changing it.',
      ),
    ).toEqual(['Ministry of Harbours']);
  });
});
