import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a phone news app’s status bar and controls around the story', () => {
  it('are cut, with the button pointing down to the rest of a Chinese story', () => {
    const draft = parseClip(
      '9:41\n4G 76%\n〈 返回\n分享\n\n镇议会批准拓宽运河步行道\n\n2025年3月4日\n\n镇议会周二投票决定拓宽运河沿岸的步行道，散步的居民多年来一直提出这一要求。\n\n议员王海说：“这早就该做了。”\n\n点击阅读全文 ↓',
    );
    expect(draft.title).toBe('镇议会批准拓宽运河步行道');
    expect(draft.date).toBe('2025-03-04');
    expect(draft.paragraphs).toEqual([
      '镇议会周二投票决定拓宽运河沿岸的步行道，散步的居民多年来一直提出这一要求。',
      '议员王海说：“这早就该做了。”',
    ]);
  });

  it('leave the headline, its writer and its date to be read', () => {
    const draft = parseClip(
      '09:41\nLTE 54 %\n‹ Назад\nАа\nПоделиться\n\nСовет одобрил ремонт\nнабережной\n\nАнна Петрова\n4 марта 2025\n\nГородской совет во вторник одобрил ремонт набережной, которого жители ждали несколько лет.\n\n«Это давно назревший шаг», — сказал депутат Иван Соколов.\n\nЧитать далее ↓',
    );
    expect(draft.title).toBe('Совет одобрил ремонт набережной');
    expect(draft.byline).toEqual(['Анна Петрова']);
    expect(draft.date).toBe('2025-03-04');
    expect(draft.paragraphs).toHaveLength(2);
  });
});
