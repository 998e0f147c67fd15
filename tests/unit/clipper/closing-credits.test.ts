import { describe, expect, it } from 'vitest';
import { nameBeforeTimestamp, readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const MENU = ['Главное', 'Город', 'Общество', 'Экономика', 'Происшествия', 'Спорт', 'Афиша', 'Фото', 'Видео'];
const FOOTER = ['О редакции', 'Реклама', 'Контакты', 'Вакансии', 'Правила', 'Архив', 'Подписка', 'RSS'];
const STORY = [
  'В Вологде после ремонта открылась городская библиотека. Работы продолжались полтора года и обошлись бюджету почти в сорок миллионов рублей.',
  'В здании появились читальный зал на сто мест, детский отдел и помещение для занятий кружков. Библиотека будет работать ежедневно, кроме понедельника.',
  'Ранее в городе отремонтировали ещё две библиотеки. Эти работы финансировались из областного бюджета в рамках программы поддержки культуры.',
];

describe('credits that close a story', () => {
  it('take the writer from the line under the story’s source line', () => {
    const text = [
      ...MENU,
      'В Вологде открылась библиотека после ремонта',
      '14 февраля 2025, 11:40',
      ...STORY,
      'Источник: Северное агентство',
      'Автор: Анна Белова',
      ...FOOTER,
    ].join('\n\n');
    expect(parseClip(text).byline).toEqual(['Анна Белова']);
  });

  it('end the writer’s name where the pictures’ credit starts', () => {
    expect(readBylineLine('Words by Ada Brennan. Photographs by Tomas Kiely.')?.names).toEqual(['Ada Brennan']);
    expect(readBylineLine('Text: Ada Brennan. Fotos: Tomas Kiely')?.names).toEqual(['Ada Brennan']);
  });
});

describe('a writer’s name before the header’s timestamp', () => {
  it('needs no separator before a date that opens on its day', () => {
    expect(nameBeforeTimestamp('Анна Белова 3 июня 2024, 15:20')).toBe('Анна Белова');
    expect(nameBeforeTimestamp('Ada Brennan 3 June 2024, 15:20')).toBe('Ada Brennan');
  });
});
