import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('speakers found in more shapes of sentence', () => {
  it('credits the German person who "hat selbst gesagt:", not the interviewee whose answer holds the quote', () => {
    const draft = parseClip(
      'Zulieferer in der Krise\n\nFrau Lindqvist, wie geht es weiter?\n\nLindqvist: Ich verstehe den Ärger. Aber Betriebsratschefin Marta Oeser hat selbst gesagt: „Ohne neue Produkte gibt es bald keine Jobs mehr.“ Da sind wir uns einig.',
    );
    expect(draft.quotes[0]).toEqual({ speaker: 'Marta Oeser', text: 'Ohne neue Produkte gibt es bald keine Jobs mehr.' });
  });

  it('credits the person named after "nach den Worten von"', () => {
    const draft = parseClip(
      'Widerstand gegen die Seilbahn\n\nDie Trasse führe durch geschützten Wald, nach den Worten von Verbandssprecher Timo Brandl sei „jede Stütze im Wald eine zu viel“.',
    );
    expect(draft.quotes[0]?.speaker).toBe('Timo Brandl');
  });

  it('credits the person named after a lower-case role in "Как говорит наш главный геолог …,"', () => {
    const draft = parseClip(
      'Где берут инженеров\n\nКак говорит наш главный геолог Дарья Лемешева, «лучше вырастить своего, чем переманить чужого».',
    );
    expect(draft.quotes[0]).toEqual({ speaker: 'Дарья Лемешева', text: 'лучше вырастить своего, чем переманить чужого' });
  });

  it('credits the company, not the town it is based in', () => {
    const draft = parseClip(
      'Bid talks confirmed\n\nBanco Serrano, based in Zaragoza, said in a statement that talks were at an early stage and that "there is no certainty that an offer will be made."',
    );
    expect(draft.quotes[0]?.speaker).toBe('Banco Serrano');
  });

  it('reads a club in quotation marks before a coach’s name as no speaker', () => {
    const draft = parseClip(
      'Нападник підписав контракт\n\n«Він швидкий і сміливий, саме такого гравця нам бракувало», — заявив головний тренер «Степових Орлів» Назар Ярошенко.',
    );
    expect(draft.quotes[0]?.speaker).toBe('Назар Ярошенко');
    expect(draft.people).not.toContain('Степових Орлів');
  });
});
