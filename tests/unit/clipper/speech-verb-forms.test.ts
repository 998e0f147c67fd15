import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import {
  englishForms,
  frenchFirstGroupForms,
  germanWeakForms,
  russianForms,
  ukrainianForms,
} from '../../../electron/shared/clipper/lexicon/speech-forms.js';

describe('speech verbs in every person, gender and tense, generated from the dictionary form', () => {
  it('conjugates Russian and Ukrainian past and present, reflexive too', () => {
    expect(russianForms('рассказывать')).toEqual(expect.arrayContaining(['рассказывала', 'рассказывают', 'рассказывает']));
    expect(russianForms('комментировать')).toEqual(expect.arrayContaining(['комментировали', 'комментирует']));
    expect(russianForms('пожаловаться')).toEqual(expect.arrayContaining(['пожаловалась', 'пожаловался', 'пожалуется']));
    expect(russianForms('признавать')).toContain('признаёт');
    expect(ukrainianForms('розповісти')).toEqual(expect.arrayContaining(['розповів', 'розповіла']));
    expect(ukrainianForms('називати')).toEqual(expect.arrayContaining(['називає', 'називають', 'називала']));
    expect(ukrainianForms('додавати')).toEqual(expect.arrayContaining(['додає', 'додають']));
    expect(ukrainianForms('усміхатися')).toEqual(expect.arrayContaining(['усміхалася', 'усміхаються']));
    expect(ukrainianForms('поскаржитися')).toEqual(expect.arrayContaining(['поскаржився', 'поскаржиться']));
  });

  it('conjugates German weak verbs, French first-group verbs and English regular verbs', () => {
    expect(germanWeakForms('bericht')).toEqual(['berichtet', 'berichtete', 'berichteten', 'berichtet']);
    expect(germanWeakForms('sag')).toContain('gesagt');
    expect(frenchFirstGroupForms('lanc')).toEqual(expect.arrayContaining(['lance', 'lancent', 'lancée', 'lançait']));
    expect(frenchFirstGroupForms("s'agac")).toContain('s’agacée');
    expect(englishForms('quip')).toEqual(['quips', 'quipped']);
    expect(englishForms('reply')).toEqual(['replies', 'replied']);
    expect(englishForms('say')).toEqual(['says', 'said']);
  });

  it('credits quotations to verbs in the forms a short list leaves out', () => {
    const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);
    expect(speakers('Міст відкрито\n\nМіська рада називає це «новою сторінкою для району».')).toEqual(['Міська рада']);
    expect(speakers('Marché couvert\n\n« Nous tiendrons encore un hiver », souffle Odile Marvaux, fromagère.')).toEqual(['Odile Marvaux']);
    expect(speakers('Bac en panne\n\nLe maire, Loïc Penhoat, a demandé à la Région « une solution provisoire dès lundi ».')).toEqual([
      'Loïc Penhoat',
    ]);
    expect(speakers('Bridge shut\n\n"We will reopen in spring," Ilona Marsh shrugged.')).toEqual(['Ilona Marsh']);
  });
});
