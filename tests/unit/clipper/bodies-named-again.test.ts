import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('a body named again by its noun, its first word or its initials', () => {
  it('credits a Russian quotation from the agency to the body whose spokespeople were quoted before', () => {
    expect(
      speakers(
        'Паводок в Тверской области\n\nРеки вышли из берегов у десяти деревень, сообщили ТАСС в Главном управлении МЧС России по Тверской области.\n\n«Уровень воды продолжает расти, жители эвакуированы», — отметили в ведомстве.',
      ),
    ).toEqual(['МЧС России по Тверской области']);
  });

  it('credits a German statement of the police to the police directorate named before', () => {
    expect(
      speakers(
        'Unfall bei Fulda\n\nAuf der A7 kam es am Montag zu einem Unfall.\n\nNach Angaben der Polizeidirektion Osthessen fuhr ein Lastwagen auf. „Der Fahrer war nach derzeitigem Stand übermüdet“, hieß es in einer Mitteilung der Polizei.',
      ),
    ).toEqual(['Polizeidirektion Osthessen']);
  });

  it('reads die Hochschule as the school named in full before', () => {
    expect(
      speakers(
        'Dorfläden\n\nLaut einer Studie der Hochschule Emmental schliessen immer mehr Läden. Die Hochschule nennt sie darin «ein Stück Infrastruktur».',
      ),
    ).toEqual(['Hochschule Emmental']);
  });

  it('reads a body’s initials as the full name the text gives it', () => {
    expect(
      speakers(
        'Нова лікарня\n\nУ Полтаві відкрили центр.\n\nУ Державній службі ветеринарного контролю України повідомили, що центр отримав ліцензію. «Заклад відповідає всім вимогам», — зазначили в ДСВКУ.',
      ),
    ).toEqual(['Державна служба ветеринарного контролю України']);
  });

  it('does not read a minister as the ministry', () => {
    expect(
      speakers(
        'Crue de la Loire\n\nLe ministère de la Transition écologique a annoncé des renforts. « Nous suivons la situation », a déclaré la ministre, Hélène Roussel, à Tours.',
      ),
    ).toEqual(['Hélène Roussel']);
  });
});
