import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese in traditional characters', () => {
  it('reads bodies by their traditional kind words, as written', () => {
    const draft = parseClip('步道重新開放\n\n青山國家公園管理處發布公告。花溪縣觀光協會理事長表示歡迎。');
    expect(draft.organizations).toEqual(expect.arrayContaining(['青山國家公園管理處', '花溪縣觀光協會']));
  });

  it('reads a speaker after a traditional title and before a traditional speech verb, as written', () => {
    const draft = parseClip('步道重新開放\n\n管理處處長溫立誠表示：「我們已完成全面檢查。」工程師葉明豪指出，工程十分困難。');
    expect(draft.people).toEqual(expect.arrayContaining(['溫立誠', '葉明豪']));
    expect(draft.quotes[0]?.speaker).toBe('溫立誠');
  });

  it('reads the name that opens the sentence crediting a quotation, in either script, as written', () => {
    const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);
    // `將` is `将`, a word no given name ends on.
    expect(
      speakers('開海\n\n船老大葉明今年五十八歲。傍晚時分，漁船返港。葉明將一只梭子蟹放上秤笑著說：「你看，今年的個頭比去年大！」'),
    ).toEqual(['葉明']);
    expect(
      speakers('開海\n\n船老大蕭海濤今年五十八歲。傍晚時分，漁船返港。蕭海濤拎起一只梭子蟹笑著說：「你看，今年的個頭比去年大！」'),
    ).toEqual(['蕭海濤']);
    expect(
      speakers('开海\n\n船老大萧海涛今年五十八岁。傍晚时分，渔船返港。萧海涛拎起一只梭子蟹笑着说：“你看，今年的个头比去年大！”'),
    ).toEqual(['萧海涛']);
  });
});

describe('Chinese people with a rarer family name', () => {
  it('reads a name framed by a title before and a speech verb after, whatever its family name', () => {
    const draft = parseClip('柑橘丰收\n\n农业大学园艺学院研究员单立鸣指出，今年柑橘产量回升。研究员表示，还需观察。');
    expect(draft.people).toEqual(['单立鸣']);
  });
});
