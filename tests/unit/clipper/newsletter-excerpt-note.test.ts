import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a note that the story is an excerpt from a newsletter', () => {
  it('is furniture above the headline, not the headline', () => {
    const draft = parseClip(
      [
        'Выдержка из рассылки «Вечерний обзор» от редакции «Примерских новостей»',
        'Зачем городу новая набережная',
        'Ольга Мезенцева',
        'Мэрия Примерска в среду представила проект новой набережной. Работы могут начаться уже в следующем году.',
        '',
        '«Набережная вернёт людей к реке», — сказал вице-мэр Глеб Арсеньев.',
      ].join('\n'),
    );
    expect(draft.title).toBe('Зачем городу новая набережная');
    expect(draft.cruft).toContain('Выдержка из рассылки «Вечерний обзор» от редакции «Примерских новостей»');
  });
});
