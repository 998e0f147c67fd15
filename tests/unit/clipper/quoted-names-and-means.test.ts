import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const quotes = (text: string) => parseClip(text).quotes;

describe('marks that name rather than quote, and a speaker named after how they spoke', () => {
  it('reads a short name given in the marks, a body after its legal form or before its member, and a Chinese term', () => {
    expect(quotes('Угода\n\nКомпанія Приклад-Агро (далі — «Приклад») підписала угоду.')).toEqual([]);
    expect(quotes('Метро\n\nНачальниця КП «Міський транспорт» Олена Роенко пояснила, що роботи тривають.')).toEqual([]);
    expect(quotes('Трамвай\n\nЕксперт організації «Рух містом» Тарас Роенко нагадав про сертифікацію.')).toEqual([]);
    expect(quotes('东湖治理\n\n团队采取“控源截污—生态补水”的思路，从长江引水。')).toEqual([]);
    expect(quotes('储能基地\n\n深圳市示例新能源科技股份有限公司（以下简称“示例新能源”）7日发布公告。')).toEqual([]);
  });

  it('reads the speaker after a phrase of how it was said, and a pronoun as the person a speech clause named', () => {
    expect(
      quotes(
        'Usine reprise\n\n« Nous voulions y être depuis dix ans », a déclaré au téléphone le directeur général de Exemplia, Iñaki Roedel, joint à Bilbao.',
      ).map((q) => q.speaker),
    ).toEqual(['Iñaki Roedel']);
    expect(
      quotes(
        'Crue\n\n« On a l’habitude », confie Nadia Roux, fromagère.\n\nDes routes sont coupées, a indiqué le maire de Trévoux, Gilles Perrin. « Nous avons ouvert le gymnase municipal », a-t-il précisé.',
      ).map((q) => q.speaker),
    ).toEqual(['Nadia Roux', 'Gilles Perrin']);
  });
});
