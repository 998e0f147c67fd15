import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const BODY =
  'Бібліотека на Подолі відкрила читальну залу в колишній котельні, де тепер працюють двадцять місць для студентів.\n\nНаступного місяця тут обіцяють відкрити ще й майстерню з ремонту книжок.';

describe('an author and the date on one line, set apart by a comma', () => {
  it('reads the name as the byline and the date as the article’s', () => {
    const draft = parseClip(`Котельня стала читальнею\nОксана Гребенюк, 12 травня 2026\n\n${BODY}`);
    expect(draft.byline).toEqual(['Оксана Гребенюк']);
    expect(draft.date).toBe('2026-05-12');
  });

  it('does not read a known town before the date as a writer', () => {
    const draft = parseClip(`Котельня стала читальнею\nБіла Церква, 12 травня 2026\n\n${BODY}`);
    expect(draft.byline).toEqual([]);
  });
});
