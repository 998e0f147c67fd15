import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a sentence after a quotation that points back to it and names the speaker', () => {
  it('credits a quotation standing alone to the speaker named in the next sentence or paragraph', () => {
    const sameParagraph = parseClip(
      'Мост закрыт\n\nМост через Волжанку закрыли в понедельник.\n\n«Мост откроют весной». Об этом сообщил мэр Заречного Пётр Сомов.',
    );
    expect(sameParagraph.quotes).toEqual([{ speaker: 'Пётр Сомов', text: 'Мост откроют весной' }]);
    const nextParagraph = parseClip(
      'Міст закрили\n\nМіст через Вільшанку закрили в понеділок.\n\n«Міст відкриють навесні, коли спаде вода»\n\nПро це повідомила мерка Заріччя Олена Гнатюк.',
    );
    expect(nextParagraph.quotes).toEqual([{ speaker: 'Олена Гнатюк', text: 'Міст відкриють навесні, коли спаде вода' }]);
    const german = parseClip(
      'Brücke gesperrt\n\nDie Brücke über die Wels ist seit Montag gesperrt.\n\n„Wir öffnen im Frühjahr wieder.“ Das sagte Bürgermeister Klaus Wender am Dienstag.',
    );
    expect(german.quotes).toEqual([{ speaker: 'Klaus Wender', text: 'Wir öffnen im Frühjahr wieder.' }]);
  });

  it('does not credit a name in quotation marks inside the sentence the pointer means', () => {
    const draft = parseClip(
      'Суд взыскал долг\n\nСуд взыскал с застройщика долг по иску банка «Озёрный». Об этом сообщили в пресс-службе суда.',
    );
    expect(draft.quotes).toEqual([]);
  });
});

describe('what may stand between the pointing word and its verb', () => {
  it('reads whom it was told between, in Russian', () => {
    const told = parseClip(
      'Мост закрыт\n\nМост через Волжанку закрыли в понедельник.\n\n«Мост откроют весной». Об этом корреспонденту «Вестей» сообщил мэр Пётр Сомов.',
    );
    expect(told.quotes).toEqual([{ speaker: 'Пётр Сомов', text: 'Мост откроют весной' }]);
  });
});

describe('a German sentence after a quotation that opens on Das and a noun', () => {
  it('reads the noun as the subject before its verb, not what follows the verb', () => {
    const draft = parseClip(
      'Brücke gesperrt\n\nDas Verkehrsministerium Talland sperrte die Brücke.\n\n„Wir öffnen im Frühjahr wieder.“ Das Ministerium bestätigte dies.',
    );
    expect(draft.quotes[0]!.speaker).toMatch(/ministerium/i);
  });
});
