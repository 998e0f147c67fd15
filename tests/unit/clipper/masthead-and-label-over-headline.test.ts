import { describe, expect, it } from 'vitest';
import { isMastheadName } from '../../../electron/shared/clipper/source.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const STORY = [
  'The ferry between the two islands will run every hour from May, the operator said on Tuesday, after a winter of cancelled crossings.',
  'The company has bought a second boat and hired six more crew, its director told a meeting in the harbour hall.',
  'Islanders had complained for years that the last ferry left too early for anyone working on the mainland.',
];

describe('a paper’s masthead over the headline', () => {
  it('is a few words naming a paper by its own word and a word papers use', () => {
    expect(isMastheadName('The Northfield Echo')).toBe(true);
    expect(isMastheadName('Подільський вісник')).toBe(true);
    expect(isMastheadName('World News')).toBe(false);
    expect(isMastheadName('Новости Примерска')).toBe(false);
    expect(isMastheadName('Ferry returns to hourly crossings')).toBe(false);
  });

  it('is the source of an article pasted with it, and not its headline', () => {
    const clip = parseClip(
      ['The Northfield Echo', 'Subscribers only', 'Hourly ferry returns to the islands', 'By Ann Lowe', ...STORY].join('\n'),
    );
    expect(clip.source).toBe('The Northfield Echo');
    expect(clip.title).toBe('Hourly ferry returns to the islands');
  });
});

describe('a section’s name over a headline', () => {
  it('gives way to the headline its date stands under', () => {
    const clip = parseClip(['Business and economy', 'Hourly ferry returns to the islands', '3 March 2025, 14:05', ...STORY].join('\n'));
    expect(clip.title).toBe('Hourly ferry returns to the islands');
    expect(clip.date).toBe('2025-03-03');
  });
});

describe('a Chinese site’s masthead over the headline', () => {
  const ZH_STORY = [
    '5月12日上午，东岭师范大学与当地一家公司举行合作签约仪式，双方将共建联合实验室，首期投入研发经费3000万元。',
    '校长林书远在致辞中说，学校将在联合实验室配备不少于20名专职研究人员，并开放学院的中试平台。',
  ];

  it('is the source and not the headline, though the footer names the office that runs it', () => {
    const clip = parseClip(
      [
        '东岭师范大学新闻网',
        '学校首页 | 综合新闻 | 校园动态',
        '我校与本地企业签约共建联合实验室',
        '发布时间：2026-05-12',
        ...ZH_STORY,
        '版权所有 © 东岭师范大学党委宣传部',
      ].join('\n'),
    );
    expect(clip.title).toBe('我校与本地企业签约共建联合实验室');
    expect(clip.source).toBe('东岭师范大学新闻网');
  });
});

describe('a whole page’s masthead above its section labels', () => {
  const page = (top: string[]) =>
    [
      ...top,
      'Region',
      'Lakeland',
      'Hourly ferry returns to the islands',
      'Ann Lowe, Kellport',
      'Published: 21.01.2025, 16:45',
      'Share',
      ...STORY,
      'Most read',
      'Council votes on new harbour car park',
      'Storm closes the coast road for a day',
    ].join('\n');

  it('is the source when it says it is an outlet, though the page names it nowhere else', () => {
    expect(parseClip(page(['Lakeland Post'])).source).toBe('Lakeland Post');
  });

  it('is not a menu’s lone word', () => {
    expect(parseClip(page(['News'])).source).toBeNull();
  });
});
