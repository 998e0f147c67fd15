import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian bodies named by initials, region, honoured name or level', () => {
  it('keeps a federal office with its region, a regional duma and chamber, and a firm named whole in quotation marks', () => {
    const draft = parseClip(
      'Депутаты приняли отчеты\n\nНа заседании Калужской областной думы в пятницу заслушали ГУ МВД по Тамбовской области и УФСИН России по Республике Карелия. Нарушения нашла Контрольно-счетная палата Калужской области, а Федерация плавания России попросила денег на бассейн.\n\nШтраф АО «Северлес» оценили в миллион рублей. Трубы поставит ООО «Сталь Логистика Юг», дочерняя компания ПАО «Сталь».',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Калужская областная дума',
        'ГУ МВД по Тамбовской области',
        'УФСИН России по Республике Карелия',
        'Контрольно-счетная палата Калужской области',
        'Федерация плавания России',
        'Сталь Логистика Юг',
        'Сталь',
      ]),
    );
    expect(draft.organizations).not.toContain('ГУ МВД');
    expect(draft.organizations).not.toContain('Штраф АО');
    expect(draft.places).not.toContain('Тамбовская область');
  });

  it('keeps the person a Ukrainian institute is named after, a body named with `з`, and a man named in the instrumental', () => {
    const draft = parseClip(
      'Ботаніки дослідили ліси\n\nНауковці Інституту ботаніки імені М. Г. Холодного НАН України а перевірку провела Державна служба України з питань праці. Разом із директором заповідника Остапом Ткаченком Марта Ліщук оглянула ділянки.\n\nНа відкритті виступив гурт «Вітрила».',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Інститут ботаніки імені М. Г. Холодного НАН України', 'Державна служба України з питань праці', 'Вітрила']),
    );
    expect(draft.people).toEqual(expect.arrayContaining(['Остап Ткаченко', 'Марта Ліщук']));
  });
});
