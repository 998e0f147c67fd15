import { describe, expect, it } from 'vitest';
import { cyrillicPlace, findHanPlaces, isCountryName, isKnownLatinPlace } from '../../../electron/shared/clipper/gazetteer.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('the gazetteer of countries and towns', () => {
  it('knows countries in each language, and no other language’s name for them', () => {
    expect(isCountryName('Туреччина', 'uk')).toBe(true);
    expect(isCountryName('Allemagne', 'fr')).toBe(true);
    expect(isCountryName('土耳其', 'zh')).toBe(true);
    expect(isCountryName('Argentine', 'en')).toBe(false);
  });

  it('finds Russian and Ukrainian towns in any case, in the nominative', () => {
    expect(cyrillicPlace('Вінниці', true)).toBe('Вінниця');
    expect(cyrillicPlace('Туреччини', true)).toBe('Туреччина');
    expect(cyrillicPlace('Казани', false)).toBe('Казань');
    expect(cyrillicPlace('Верхней Пышмы', false)).toBe('Верхняя Пышма');
    expect(cyrillicPlace('Демченко', true)).toBeNull();
  });

  it('finds Chinese cities inside running text, and not ordinary two-character words', () => {
    expect(findHanPlaces('来自广州的游客说，哈尔滨的冬天很冷，市中心的商店开通了夜间服务。')).toEqual(['广州', '哈尔滨']);
  });

  it('knows towns in Latin script, exonyms included', () => {
    expect(isKnownLatinPlace('Leipzig')).toBe(true);
    expect(isKnownLatinPlace('Moskau')).toBe(true);
    expect(isKnownLatinPlace('Nadia')).toBe(false);
  });
});

describe('names in Russian and Ukrainian articles', () => {
  it('splits a genitive place from the person after it, and gives places in the nominative', () => {
    const draft = parseClip(
      'Мешканка Вінниці Ганна Остапчук розповіла, що їздить до Житомира щотижня.\n\n«Дорога стала кращою», — сказала Остапчук.',
    );
    expect(draft.people).toEqual(['Ганна Остапчук']);
    expect(draft.places).toEqual(expect.arrayContaining(['Вінниця', 'Житомир']));
    expect(draft.quotes[0]!.speaker).toBe('Ганна Остапчук');
  });

  it('reads organisations named by a head noun and a genitive tail, or in quotation marks after their kind', () => {
    const draft = parseClip(
      'Міністерство охорони здоров’я та спорту оголосило конкурс. Переможцем стала компанія «Зелений Гай», а Управління освіти Полтави підтримало проєкт.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Зелений Гай', 'Управління освіти Полтави']));
    expect(draft.places).not.toContain('Полтава');
  });

  it('does not take an adjective for the town its stem names', () => {
    const draft = parseClip('Новые вагоны собрали на Тульском заводе, сообщил директор Павел Корнеев.');
    expect(draft.places).not.toContain('Тула');
  });
});
