import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const quotes = (text: string) => parseClip(text).quotes;

describe('a body’s name in quotation marks, and the body speaking by its kind', () => {
  it('reads a body’s name declined, after the text gave it in marks, as no quotation', () => {
    expect(
      quotes(
        'Рейсы\n\nАвиакомпания «Озерные птицы» отменила рейсы.\n\nКак уточнили в «Озерных птицах», решение коснется двух тысяч пассажиров.',
      ),
    ).toEqual([]);
  });

  it('reads a name in marks after an airline’s or an association’s noun as no quotation', () => {
    expect(quotes('Рейсы\n\nПо словам представителя авиакомпании "Горные линии" Инны Роевой, рейсы сохранятся.')).toEqual([]);
    expect(quotes('Pétition\n\nUne pétition lancée par l’association « Les Voix des Quais » a recueilli 5 000 signatures.')).toEqual([]);
  });

  it('credits words to the company an airline’s kind named before', () => {
    expect(
      quotes(
        'Рейсы\n\nАвиакомпания «Озерные птицы» приостанавливает рейсы в Тайгинск.\n\n«Пассажиры получат полный возврат средств», — сообщили в компании.',
      ).map((q) => q.speaker),
    ).toEqual(['Озерные птицы']);
  });

  it('credits words to the company its kind points back to, past how it was asked', () => {
    expect(
      quotes(
        'Bahn\n\nDas Unternehmen „Talbahn Nord“ will ab Mai fahren.\n\n„Die Lärmwerte liegen unter den Grenzen“, erklärte das Unternehmen auf Anfrage.',
      ).map((q) => q.speaker),
    ).toEqual(['Talbahn Nord']);
  });

  it('credits words to the firm whose legal form in initials the text gave, when it speaks as the company', () => {
    expect(
      quotes(
        'Порт\n\nСуд осудил бывшего заместителя директора АО «Северный порт» Глеба Тунина.\n\nВ пресс-службе порта заявили, что после ареста в компании внедрили электронную очередь. «Человеческий фактор сведен к минимуму», — сообщили в компании.',
      ).map((q) => q.speaker),
    ).toEqual(['Северный порт']);
  });
});
