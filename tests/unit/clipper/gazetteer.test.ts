import { describe, expect, it } from 'vitest';
import {
  cyrillicPlace,
  cyrillicPlaceNominative,
  findHanPlaces,
  isCountryName,
  isKnownLatinPlace,
} from '../../../electron/shared/clipper/gazetteer.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('the gazetteer of countries and towns', () => {
  it('knows countries in each language, and no other language’s name for them', () => {
    expect(isCountryName('Туреччина', 'uk')).toBe(true);
    expect(isCountryName('Allemagne', 'fr')).toBe(true);
    expect(isCountryName('土耳其', 'zh')).toBe(true);
    expect(isCountryName('Argentine', 'en')).toBe(false);
  });

  it('knows a town by the name its text writes, without the region GeoNames adds in brackets', () => {
    expect(isKnownLatinPlace('Halle')).toBe(true);
  });

  it('finds Russian and Ukrainian towns in any case, in the nominative', () => {
    expect(cyrillicPlace('Вінниці', true)).toBe('Вінниця');
    expect(cyrillicPlace('Туреччини', true)).toBe('Туреччина');
    expect(cyrillicPlace('Казани', false)).toBe('Казань');
    expect(cyrillicPlace('Верхней Пышмы', false)).toBe('Верхняя Пышма');
    expect(cyrillicPlace('Демченко', true)).toBeNull();
  });

  it('gives a Russian or Ukrainian town its own name, not another language’s spelling of the same stem', () => {
    expect(cyrillicPlace('Тамбове', false)).toBe('Тамбов');
    expect(cyrillicPlace('Оренбургом', false)).toBe('Оренбург');
    expect(cyrillicPlace('Чернігові', true)).toBe('Чернігів');
    expect(cyrillicPlace('Санкт-Петербурге', false)).toBe('Санкт-Петербург');
  });

  it('keeps a Ukrainian text’s own spelling of a town abroad, as written', () => {
    expect(cyrillicPlace('Любляна', true)).toBe('Любляна');
  });

  it('gives a place the text names its own nominative: a smaller town’s or a neuter’s before a larger stem-sharing place', () => {
    expect(cyrillicPlaceNominative('Октябрьска', false)).toBe('Октябрьск');
    expect(cyrillicPlaceNominative('Городищі', true)).toBe('Городище');
    // Where the ending may be either town's, the larger one is meant.
    expect(cyrillicPlaceNominative('Заречного', false)).toBe('Заречный');
  });

  it('knows the regions inside countries and the nations of a union, though not a compass point or a short word', () => {
    expect(isKnownLatinPlace('Tipperary')).toBe(true);
    expect(isKnownLatinPlace('Vaucluse')).toBe(true);
    expect(isKnownLatinPlace('North West')).toBe(false);
    expect(isKnownLatinPlace('Littoral')).toBe(false);
    expect(isKnownLatinPlace('Mon')).toBe(false);
    expect(cyrillicPlace('Шотландії', true)).toBe('Шотландія');
    const draft = parseClip('Ferry\n\nThe ferry from Vaucluse was cancelled, and roads across Tipperary closed on Tuesday.');
    expect(draft.places).toEqual(['Vaucluse', 'Tipperary']);
  });

  it('finds Chinese cities inside running text, and not ordinary two-character words', () => {
    expect(findHanPlaces('来自广州的游客说，哈尔滨的冬天很冷，市中心的商店开通了夜间服务。')).toEqual(['广州', '哈尔滨']);
  });

  it('knows Chinese provinces written bare, and a county-level city bare only after the place it lies in', () => {
    expect(findHanPlaces('两位游客从四川出发，来到云南大理，在古城里向东方望去，说要加强合作。')).toEqual(['四川', '云南', '大理']);
    expect(findHanPlaces('青海省玉树藏族自治州下了雪。')).toEqual(['青海省', '玉树藏族自治州']);
  });

  it('splits a county-level city from the village named after it', () => {
    const draft = parseClip('新闻\n\n记者来到云南大理石桥村，村民正在晾晒新茶。', {});
    expect(draft.places).toEqual(expect.arrayContaining(['云南', '大理', '石桥村']));
    expect(draft.places).not.toContain('大理石桥村');
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

describe('datelines and names the gazetteer helps read', () => {
  it('reads a dateline in ordinary case when the place is known and a date or dash follows', () => {
    expect(parseClip('Title line\n\nВінниця, 5 травня. Міська рада ухвалила бюджет.').dateline).toBe('Вінниця');
    expect(parseClip('Title line\n\nHeidelberg – Die Stadt baut eine Brücke.').dateline).toBe('Heidelberg');
    expect(parseClip('Title line\n\nMorning – The city builds a bridge.').dateline).toBeNull();
  });

  it('reads a press-release wire dateline with its date', () => {
    const draft = parseClip('Acme Opens Plant\n\nLYON, France--(BUSINESS WIRE)--June 2, 2025--Acme Tools today opened a plant.');
    expect(draft.dateline).toBe('LYON, France');
    expect(draft.date).toBe('2025-06-02');
  });

  it('leaves a German job title glued before a name out of the person', () => {
    const draft = parseClip('„Wir sind bereit“, sagte Stadtbaumeister Jonas Weller am Montag in Heidelberg.');
    expect(draft.people).toEqual(['Jonas Weller']);
  });
});
