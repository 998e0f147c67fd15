import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('French speech verbs of the first group, in any of their forms', () => {
  it('credits a quotation closed by a verb in the present, after an inverted pronoun, or reflexive', () => {
    const present = parseClip('Marché couvert\n\nLa halle ferme ses portes.\n\n« C’est fini pour nous », lâche Odile Marvaux.');
    expect(present.quotes).toEqual([{ speaker: 'Odile Marvaux', text: 'C’est fini pour nous' }]);
    const inverted = parseClip(
      'Marché couvert\n\nOdile Marvaux tient un étal depuis vingt ans.\n\n« C’est fini pour nous », a-t-elle tranché.',
    );
    expect(inverted.quotes).toEqual([{ speaker: 'Odile Marvaux', text: 'C’est fini pour nous' }]);
    const reflexive = parseClip('Marché couvert\n\nLa halle ferme ses portes.\n\n« C’est fini pour nous », s’agace Odile Marvaux.');
    expect(reflexive.quotes).toEqual([{ speaker: 'Odile Marvaux', text: 'C’est fini pour nous' }]);
    const withPronoun = parseClip(
      'Marché couvert\n\nLa halle ferme ses portes.\n\n« Le quartier respire enfin », se félicite Odile Marvaux.',
    );
    expect(withPronoun.quotes).toEqual([{ speaker: 'Odile Marvaux', text: 'Le quartier respire enfin' }]);
  });
});

describe('Russian and Ukrainian speech verbs of manner and their reflexive forms', () => {
  it('credits a quotation closed by отрезал or поскаржилася to the person the pronoun points to', () => {
    const ru = parseClip(
      'Поражение\n\nГлавный тренер гостей Виктор Сомов был немногословен. «Нам некого винить, кроме самих себя», — отрезал он.',
    );
    expect(ru.quotes).toEqual([{ speaker: 'Виктор Сомов', text: 'Нам некого винить, кроме самих себя' }]);
    const uk = parseClip(
      'Черги в поліклініці\n\nПенсіонерка Ганна Дробот чекала прийому дві години. «Записатися неможливо, телефон ніхто не бере», — поскаржилася вона.',
    );
    expect(uk.quotes).toEqual([{ speaker: 'Ганна Дробот', text: 'Записатися неможливо, телефон ніхто не бере' }]);
  });
});

describe('German weak speech verbs by their stem', () => {
  it('credits a quotation closed by a separable verb in the present to the one it names or points to', () => {
    const pronoun = parseClip(
      'Brücke gesperrt\n\nAnna Kellner fährt jeden Tag über die Brücke.\n\n„Das ist für uns eine Katastrophe“, fügt sie hinzu.',
    );
    expect(pronoun.quotes).toEqual([{ speaker: 'Anna Kellner', text: 'Das ist für uns eine Katastrophe' }]);
    const named = parseClip(
      'Brücke gesperrt\n\nAnna Kellner fährt jeden Tag über die Brücke.\n\n„Das ist für uns eine Katastrophe“, stellt Kellner klar.',
    );
    expect(named.quotes).toEqual([{ speaker: 'Anna Kellner', text: 'Das ist für uns eine Katastrophe' }]);
  });

  it('reads a described speaker whose noun begins like an article as the person named', () => {
    const draft = parseClip(
      'Brücke gesperrt\n\nLandrat Jens Ollrich besuchte die Brücke.\n\n„Wir öffnen im Frühjahr wieder“, betont der Landrat.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Jens Ollrich', text: 'Wir öffnen im Frühjahr wieder' }]);
  });
});
