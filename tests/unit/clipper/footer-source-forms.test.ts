import { describe, expect, it } from 'vitest';
import { sourceFromFooter } from '../../../electron/shared/clipper/source.js';

describe('the outlet a copyright footer names', () => {
  it.each([
    [
      'a Russian name in sentence case before the sign, with an age rating after the year',
      'Вечерний курьер © 2025. 16+',
      'Вечерний курьер',
    ],
    ['a Ukrainian name in sentence case', 'Північний кур’єр © 2024. Усі права захищено.', 'Північний кур’єр'],
    ['a Chinese name before 版权所有 after the sign', 'Copyright © 2025 江城晚报 版权所有', '江城晚报'],
    [
      'a name and year before the footer’s links, set apart by dots',
      '© Lindauer Tagblatt 2026 · Impressum · Datenschutz · AGB',
      'Lindauer Tagblatt',
    ],
    ['a name after the year’s full stop', 'Copyright 2026. Harbour Examiner. All Rights Reserved.', 'Harbour Examiner'],
    ['a name after the year and a dash', '© 2026 - Harbour Examiner', 'Harbour Examiner'],
    ['a name after the year and `by`', 'Copyright 2026 by Harbour Examiner', 'Harbour Examiner'],
    [
      'a name between the year and the rights, set apart by dots',
      'Copyright © 2026 · Harbour Examiner · All Rights Reserved',
      'Harbour Examiner',
    ],
    ['the quoted name after the kind of medium', '© 2026 Сетевое издание «Вечерний курьер». Все права защищены.', 'Вечерний курьер'],
    ['the quoted name after a Ukrainian kind of medium', '© 2026 Інтернет-видання «Північний кур’єр»', 'Північний кур’єр'],
    ['the quoted name after the company’s legal form', '© ООО «Пример Медиа», 2026', 'Пример Медиа'],
    [
      'the quoted name after the legal form and the kind of medium inside its quotation marks',
      '© 2011–2026 ООО «Телекомпания «Речной берег». Все права защищены.',
      'Речной берег',
    ],
    ['the outlet before the group that owns it', 'Harbour Examiner · Part of the Estuary Media Group', 'Harbour Examiner'],
    [
      'the outlet before its registered capital',
      'EXEMPLE-MARITIME, SAS au capital de 2 000 000 €. Tous droits réservés.',
      'EXEMPLE-MARITIME',
    ],
    ['a name between the year and the rights, the sign lost, in French', '2026 Courrier du Lac. Tous droits réservés', 'Courrier du Lac'],
    ['a name before a dash and the rights in Spanish', 'Diario del Puerto – Todos los derechos reservados', 'Diario del Puerto'],
    ['a name before 版权所有 written unspaced after it', '江城晚报版权所有', '江城晚报'],
    ['the owner the rights belong to, in Russian', 'Все права на материалы сайта принадлежат АО "Северный курьер"', 'Северный курьер'],
    ['the owner the rights belong to, in Ukrainian', 'Усі права належать ТОВ «Північний кур’єр»', 'Північний кур’єр'],
    ['the owner the rights belong to, in German', 'Alle Rechte liegen bei der Lindauer Zeitung', 'Lindauer Zeitung'],
  ])('is read from %s', (_, line, name) => {
    expect(sourceFromFooter(line)).toBe(name);
  });

  it('is not an age rating or a year alone', () => {
    expect(sourceFromFooter('© 2025. 16+')).toBeNull();
  });

  it('is not a sentence-case Cyrillic phrase without an outlet’s word', () => {
    expect(sourceFromFooter('Все материалы © 2025.')).toBeNull();
  });

  it('is not the sentence after the year', () => {
    expect(
      sourceFromFooter('Усі права захищені © 2011–2026. Використання матеріалів дозволяється за умови гіперпосилання на приклад.юа'),
    ).toBeNull();
  });
});
