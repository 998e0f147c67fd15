import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian places named by an adjective and a kind noun', () => {
  it('gives each adjective listed before a plural kind noun its own place, and no town read from the adjective', () => {
    const draft = parseClip('Новости\n\nВ опросе участвовали жители Тамбовской, Липецкой и Орловской областей, сообщили организаторы.');
    expect(draft.places).toEqual(expect.arrayContaining(['Тамбовская область', 'Липецкая область', 'Орловская область']));
    expect(draft.places).not.toContain('Тамбов');
    expect(draft.places).not.toContain('Липецк');
  });

  it('turns back an adjective whose neuter noun looks the same in the prepositional', () => {
    const draft = parseClip('Новости\n\nРыбаки провели ночь на Камском водохранилище, сообщили спасатели.');
    expect(draft.places).toContain('Камское водохранилище');
  });

  it('reads a Ukrainian adjective with an apostrophe, listed before its plural noun', () => {
    const draft = parseClip("Новини\n\nСапери працюють у Лозівському та Дар'ївському районах, повідомили в службі.");
    expect(draft.places).toEqual(expect.arrayContaining(['Лозівський район', "Дар'ївський район"]));
  });

  it('finds a hyphened town after its preposition, in the nominative', () => {
    const draft = parseClip('Новости\n\nВчера в Орехово-Зуеве открыли новый вокзал, сообщили власти.');
    expect(draft.places).toContain('Орехово-Зуево');
  });

  it('turns a land in -ия back from its other cases after a preposition', () => {
    const draft = parseClip('Новости\n\nПоезд отправился в Заруссию, сообщили на вокзале.');
    expect(draft.places).toContain('Заруссия');
  });
});
