import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian initials and adjectives that are no person', () => {
  it('credits the quote to the person after a body named by initials, and makes no person of a station and an adjective', () => {
    const draft = parseClip(
      'Кабель нашли\n\nКабель похитили на станции Решеты Тверской железной дороги.\n\n«Похищенное вернули владельцу», — рассказала официальный представитель Тверского ЛУ МВД на транспорте Ирина Белова.',
    );
    expect(draft.people).toEqual(['Ирина Белова']);
    expect(draft.quotes[0]?.speaker).toBe('Ирина Белова');
    expect(draft.places).toContain('Решеты');
  });
});
