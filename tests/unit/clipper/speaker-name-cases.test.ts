import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('a Russian or Ukrainian speaker named in another case than the nominative', () => {
  it('keeps a woman’s name in -ська as it is written', () => {
    expect(speakers('Школи\n\nУчениця Марта Вербицька каже, що сумує. «Я хочу до класу», — каже Марта.')).toEqual(['Марта Вербицька']);
  });

  it('credits a surname in the genitive to the person the text named in full', () => {
    expect(
      speakers('Завод\n\nДиректор заводу Остап Кравчук показав цех.\n\nЗа словами Кравчука, роботи завершено. «Ми працювали у три зміни».'),
    ).toEqual(['Остап Кравчук']);
  });

  it('reads a man’s name in the accusative back to the nominative where the text writes his surname alone', () => {
    expect(
      speakers(
        'Суд\n\nСуд оштрафовал бывшего директора завода Игната Воронцова на два миллиона рублей.\n\nСам Воронцов вину не признал. «Меня оговорили конкуренты», — заявил он журналистам.',
      ),
    ).toEqual(['Игнат Воронцов']);
  });
});
