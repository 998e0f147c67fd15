import { describe, expect, it } from 'vitest';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { isCruftLine } from '../../../electron/shared/clipper/cruft.js';
import { sourceFromFooter } from '../../../electron/shared/clipper/source.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a Chinese credit by role and slash', () => {
  it('names the writer of the text, not the photographer', () => {
    expect(readBylineLine('文/记者 周若溪　图/记者 韩立冬')?.names).toEqual(['周若溪']);
    expect(readBylineLine('文/周若溪')?.names).toEqual(['周若溪']);
    expect(readBylineLine('文/记者 周若溪 通讯员 韩立冬')?.names).toEqual(['周若溪', '韩立冬']);
  });

  it('is no credit for pictures alone, nor a section’s two labels either side of a bar', () => {
    expect(readBylineLine('图/记者 韩立冬')).toBeNull();
    expect(readBylineLine('人物 | 周末专访')).toBeNull();
    expect(readBylineLine('周若溪 | 青川晚报')?.names).toEqual(['周若溪']);
  });
});

describe('a Chinese site’s claim on its story', () => {
  it('names the outlet', () => {
    expect(sourceFromFooter('版权声明：本文为青川晚报原创稿件，未经授权不得转载。')).toBe('青川晚报');
    expect(sourceFromFooter('本文版权归青川晚报所有，未经许可不得转载')).toBe('青川晚报');
  });

  it('and its app prompt and picture source are furniture', () => {
    expect(isCruftLine('下载青川晚报客户端，阅读更多精彩内容')).toBe(true);
    expect(isCruftLine('（本文图片由受访者提供）')).toBe(true);
    expect(isCruftLine('他说，下载客户端的人越来越多，村里的网速却跟不上。')).toBe(false);
  });

  it('gives a pasted profile its outlet and writer', () => {
    const clip = parseClip(
      [
        '人物 | 周末专访',
        '周雨桐：把外婆的织机搬进直播间',
        '文/记者 周若溪　图/记者 韩立冬',
        '',
        '在青川县河湾村，31岁的周雨桐几乎每天晚上都会出现在手机镜头前，身后是一台用了五十年的木织机。三年前，她从省城一家设计公司辞职回乡，跟着外婆重新学起了织布。',
        '',
        '村里的老支书说：“雨桐回来以后，村里出去打工的年轻人回来了好几个。”',
        '',
        '（本文图片由受访者提供）',
        '下载青川晚报客户端，阅读更多精彩内容',
        '版权声明：本文为青川晚报原创稿件，未经授权不得转载。',
      ].join('\n'),
    );
    expect(clip.source).toBe('青川晚报');
    expect(clip.byline).toEqual(['周若溪']);
    expect(clip.paragraphs.join('\n')).not.toContain('客户端');
  });
});

describe('a Chinese reporter’s credit after the paper’s name', () => {
  it('names the reporters, glued to the paper or spaced, in either script, and not where they filed from', () => {
    expect(readBylineLine('青川晚报记者 周若溪 实习生 韩立冬')).toEqual({ names: ['周若溪', '韩立冬'], outlet: '青川晚报' });
    expect(readBylineLine('東河日報 記者 周若溪／青川報導')?.names).toEqual(['周若溪']);
  });

  it('is a byline under the headline, not the headline', () => {
    const clip = parseClip(
      [
        '首頁 > 生活 > 旅遊',
        '青川步道修復完工 管理處：「落石風險已大幅降低」',
        '東河日報 記者 周若溪／青川報導',
        '2025/05/15 18:42',
        '青川國家公園管理處今日宣布，去年因地震受損封閉的河灣步道，經過近一年修復後，將於下週一重新開放，但每日入園人數上限為一千五百人。',
        '',
        '管理處處長表示，步道上方增設了三處落石防護網，也裝了即時監測儀。',
        '',
        '© 2025 東河日報 版權所有',
      ].join('\n'),
    );
    expect(clip.title).toBe('青川步道修復完工 管理處：「落石風險已大幅降低」');
    expect(clip.byline).toEqual(['周若溪']);
    expect(clip.source).toBe('東河日報');
  });
});

describe('a WeChat post’s header line', () => {
  it('names the author before the account, and the account is the source', () => {
    const clip = parseClip(
      [
        '点击上方蓝字关注我们',
        '河湾渔民开海首日：“今年的螃蟹个头大”',
        '原创 周若溪 河湾观察 2024年09月16日 20:15 浙江',
        '9月16日12时，东海海域伏季休渔结束。河湾渔港内，上千艘渔船鸣笛出港，场面壮观。',
        '',
        '“我们凌晨三点就起来检查网具了，就等着这一刻。”船老大一边解缆一边对记者说。',
      ].join('\n'),
    );
    expect(clip.byline).toEqual(['周若溪']);
    expect(clip.source).toBe('河湾观察');
  });
});

describe('a traditional-character page’s furniture', () => {
  it('labels its advertisement and its further reading as the simplified page does', () => {
    expect(isCruftLine('廣告')).toBe(true);
    expect(isCruftLine('延伸閱讀')).toBe(true);
  });
});
