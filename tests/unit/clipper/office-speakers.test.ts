import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a body speaking through its office', () => {
  it('credits a Russian quotation from a press office to the body it names', () => {
    const draft = parseClip(
      'Суд взыскал долг\n\nАрбитражный суд Тверской области взыскал с застройщика 300 млн рублей по иску банка «Озёрный».\n\n«Суд признал требования истца обоснованными в полном объеме», - уточнили в пресс-службе суда. Решение может быть обжаловано.',
    );
    expect(draft.quotes).toEqual([
      { speaker: 'Арбитражный суд Тверской области', text: 'Суд признал требования истца обоснованными в полном объеме' },
    ]);
  });

  it('credits a Ukrainian quotation from a representation to the body, not the country it sits in', () => {
    const draft = parseClip(
      'Кредит на станцію\n\nМіжнародний фонд відновлення надасть компанії «Сонцебуд» кредит на сонячну станцію.\n\nУ представництві Міжнародного фонду відновлення в Україні зазначили, що проєкт «підвищить стійкість енергосистеми регіону». Торік фонд підписав 30 угод.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Міжнародний фонд відновлення', text: 'підвищить стійкість енергосистеми регіону' }]);
  });
});
