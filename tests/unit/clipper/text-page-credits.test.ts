import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';

/** A made-up regional page pasted as text, as a browser copies it, its header crediting no one. */
const STORY = [
  'В Берёзовке завершили капитальный ремонт районной библиотеки. Читальный зал расширили почти вдвое, а на первом этаже появился отдельный зал для детей.',
  'На ремонт потратили около 18 миллионов рублей, большую часть средств выделил областной бюджет. Работы продолжались с весны.',
  'По словам заведующей Веры Сафоновой, за первую неделю после открытия в библиотеку записались более двухсот новых читателей.',
];

function page(signature: string): string {
  return [
    'Главная',
    'Новости',
    'Культура',
    'Спорт',
    'В Берёзовке открылась библиотека после ремонта',
    'Опубликовано: 14.05.2026 09:40',
    '',
    ...STORY.flatMap((p) => [p, '']),
    signature,
    'Теги: культура библиотека',
    'Поделиться: VK OK TG',
    'Другие новости',
    'В районе отремонтируют мост через Сосновку',
    '© 2026 Берёзовские вести. Все права защищены.',
  ].join('\n');
}

describe('the writer of a page pasted as text', () => {
  it('is the name that signs the story under its last paragraph, when its header credits no one', () => {
    const draft = parseClip(page('Ольга Данилова'));
    expect(draft.byline).toEqual(['Ольга Данилова']);
    expect(draft.paragraphs).toEqual(STORY);
  });

  it('is read from a credit after the timestamp on its line', () => {
    expect(readBylineLine('14 мая 2026 · Текст: Ольга Данилова')?.names).toEqual(['Ольга Данилова']);
    expect(readBylineLine('14 May 2026 | Opinion')).toBeNull();
  });
});
