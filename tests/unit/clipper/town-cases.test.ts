import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a town after a preposition, back in the nominative', () => {
  it('reads a Ukrainian plural in the locative and a masculine in the genitive', () => {
    const draft = parseClip(
      'Лелеки повернулися раніше\n\nОрнітологи помітили перших лелек у Хоробричах та поблизу Гайворона ще на початку березня.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Хоробричі', 'Гайворон']));
  });

  it('reads a Russian plural in the locative', () => {
    const draft = parseClip('Паводок отступил\n\nВода ушла из подвалов в Заозерках только к пятнице, сообщили спасатели.');
    expect(draft.places).toContain('Заозерки');
  });

  it('reads no town from a bank or an agency named after a preposition', () => {
    const draft = parseClip(
      'Кредиты подорожали\n\nИнженер из Лесогорска Пётр Зуев оформил кредит в Северкомбанке, а его брат работает в Энергоагентстве.',
    );
    expect(draft.places).not.toContain('Северкомбанка');
    expect(draft.places).not.toContain('Северкомбанк');
    expect(draft.places).not.toContain('Энергоагентство');
  });
});
