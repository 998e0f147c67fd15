import { describe, expect, it } from 'vitest';
import { cyrillicTown } from '../../../electron/shared/clipper/gazetteer.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian smaller towns in their cases', () => {
  it('gives a smaller town back in the nominative from its cases and from a plural genitive', () => {
    expect(cyrillicTown('Кыштыме', false)).toBe('Кыштым');
    expect(cyrillicTown('Борзни', true)).toBe('Борзна');
    expect(cyrillicTown('Апостоловому', true)).toBe('Апостолове');
    expect(cyrillicTown('Бережанів', true)).toBe('Бережани');
    // A given name is no town, though a village be called so.
    expect(cyrillicTown('Надежды', false)).toBeNull();
  });

  it('reads the smaller towns after a preposition of place in the nominative', () => {
    const draft = parseClip(
      'Новини\n\nРемонт доріг завершили у Борзні, а біля Бережанів і в Апостоловому його лише почали, повідомили в області.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Борзна', 'Бережани', 'Апостолове']));
    expect(draft.places).not.toContain('Борзні');
    expect(draft.places).not.toContain('Апостоловому');
  });

  it('reads a town whose vowel drops in its cases, and one of two hyphened parts the gazetteer knows', () => {
    const draft = parseClip('Новости\n\nПоезд из Орла задержался. Жители Орехово-Зуева вышли на улицы.');
    expect(draft.places).toEqual(expect.arrayContaining(['Орел', 'Орехово-Зуево']));
    expect(draft.places).not.toContain('Орла');
  });

  it('turns back an accusative after `через` and a locative in `-ї` of a name in `-й`', () => {
    const draft = parseClip('Новини\n\nПором ходить через Липну, а баржі чекають на Гураї, повідомили в порту.');
    expect(draft.places).toEqual(expect.arrayContaining(['Липна', 'Гурай']));
    expect(draft.places).not.toContain('Липну');
    expect(draft.places).not.toContain('Гураї');
  });

  it('reads the smaller towns of a list all of whose words are towns, in the nominative', () => {
    const draft = parseClip('Новини\n\nПовінь відрізала Борзну, Ічню та Носівку від обласного центру, сказав міністр.');
    expect(draft.places).toEqual(expect.arrayContaining(['Борзна', 'Ічня', 'Носівка']));
    expect(draft.places).not.toContain('Борзну');
  });
});
