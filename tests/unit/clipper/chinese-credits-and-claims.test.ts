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
