import { describe, expect, it } from 'vitest';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('the credit of an interview', () => {
  it('names who held it, in Russian and Ukrainian phrasings', () => {
    expect(readBylineLine('Розмову вела Оксана Приклад')?.names).toEqual(['Оксана Приклад']);
    expect(readBylineLine('Беседу вела Анна Примерова')?.names).toEqual(['Анна Примерова']);
    expect(readBylineLine('Интервью взял Иван Петров')?.names).toEqual(['Иван Петров']);
    expect(readBylineLine('Інтерв’ю записав Тарас Приклад')?.names).toEqual(['Тарас Приклад']);
  });

  it('is read under the last answer', () => {
    const clip = parseClip(
      [
        'Директор заповідника: «Нерпа повертається на старі лежбища»',
        '',
        '— Скільки нерп цього року нарахували на острові?',
        '',
        '— Майже дві тисячі. Це найбільше за десять років, і ми бачимо, що тварини повертаються на лежбища, які покинули ще у дев’яностих.',
        '',
        '— Що змінилося?',
        '',
        '— Ми закрили для човнів північну бухту, і там стало тихо. Тварини дуже чутливі до шуму моторів, тому тиша для них важить більше за корм.',
        '',
        'Розмову вела Оксана Приклад',
      ].join('\n'),
    );
    expect(clip.byline).toEqual(['Оксана Приклад']);
  });
});

describe('the host of a live blog', () => {
  it('is credited as its writer', () => {
    expect(readBylineLine('This live blog is written by Jane Doe and John Roe')?.names).toEqual(['Jane Doe', 'John Roe']);
    expect(readBylineLine('Live coverage by Jane Doe')?.names).toEqual(['Jane Doe']);
    expect(readBylineLine('Ce direct est animé par Léa Marchetti')?.names).toEqual(['Léa Marchetti']);
    expect(readBylineLine('Den Liveticker schreibt Anna Muster')?.names).toEqual(['Anna Muster']);
  });

  it('is not a heading that speaks of the live blog', () => {
    expect(readBylineLine('Der Liveblog von heute')).toBeNull();
    expect(readBylineLine('Live updates: storm hits coast')).toBeNull();
  });
});
