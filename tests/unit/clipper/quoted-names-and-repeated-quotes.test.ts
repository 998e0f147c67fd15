import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const quotesOf = (paragraphs: readonly string[]) =>
  parseClip(['Заголовок новости о клубе', ...paragraphs].join('\n\n')).quotes.map((q) => q.text);

describe('words in quotation marks', () => {
  it('are a body’s name after the role someone holds there, or after the kind of place it is', () => {
    const quotes = quotesOf([
      '«Мы ждали этой победы весь сезон», — признал после матча главный тренер «Северных волков» Пётр Иванов. Команда поднялась на третье место.',
      'Генеральный директор «Речного порта» Анна Смирнова уточнила, что новый причал откроют весной. «Работы идут по графику», — сказала она.',
      'Дольщики жилого комплекса «Кленовый парк» ждут ключей уже третий год, а застройщик обещает сдать дом летом.',
    ]);
    expect(quotes).toEqual(['Мы ждали этой победы весь сезон', 'Работы идут по графику']);
  });

  it('over an entry, are said once when the entry quotes them in full', () => {
    const quotes = quotesOf([
      'Вода в реке поднялась на два метра за ночь, жителей прибрежных улиц эвакуируют. Спасатели работают с утра.',
      '«Такой воды здесь не было с 1998 года»',
      'Жительница города Мария Котова рассказала, что вода дошла до окон за час. «Я живу здесь сорок лет. Такой воды здесь не было с 1998 года», — сказала она.',
    ]);
    expect(quotes).toEqual(['Я живу здесь сорок лет. Такой воды здесь не было с 1998 года']);
  });
});
