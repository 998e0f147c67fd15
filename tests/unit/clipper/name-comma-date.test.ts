import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const BODY =
  'Дослідники університету виділили штам бактерій, здатний розкладати частинки поліетилену в ґрунті за шість тижнів.\n\nНаступний етап — польові випробування на дослідних ділянках навесні наступного року.';

describe('an author and the date on one line, set apart by a comma', () => {
  it('reads the name as the byline and the date as the article’s', () => {
    const draft = parseClip(`Бактерія розкладає мікропластик\nОксана Гребенюк, 3 жовтня 2025\n\n${BODY}`);
    expect(draft.byline).toEqual(['Оксана Гребенюк']);
    expect(draft.date).toBe('2025-10-03');
  });

  it('does not read a known town before the date as a writer', () => {
    const draft = parseClip(`Бактерія розкладає мікропластик\nБіла Церква, 3 жовтня 2025\n\n${BODY}`);
    expect(draft.byline).toEqual([]);
  });
});
