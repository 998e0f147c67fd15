import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** Made-up articles whose writer's name stands alone over the headline, as some sites print it. */
const STORY_EN = [
  'The council of Wexmouth approved on Tuesday a plan to build six new cycle lanes across the town centre, after a two-year consultation with residents and shop owners.',
  'The lanes will open next spring, the council said, and the first will run from the station to the harbour.',
];
const STORY_RU = [
  'Городской совет Верхнеречья во вторник одобрил план строительства шести новых велодорожек в центре города после двухлетних консультаций с жителями.',
  'Дорожки откроются следующей весной, сообщили в совете. Первая пройдёт от вокзала до набережной.',
];

describe('a writer named alone over the headline', () => {
  it('is the byline, in English and in Russian', () => {
    const en = parseClip(['Helen Marsh', 'Wexmouth approves six new cycle lanes', '12 May 2024, 14:20', '', ...STORY_EN].join('\n'));
    expect(en.title).toBe('Wexmouth approves six new cycle lanes');
    expect(en.byline).toEqual(['Helen Marsh']);
    const ru = parseClip(
      ['Анна Смирнова', 'В Верхнеречье одобрили шесть новых велодорожек', '12 мая 2024 года, 14:20', '', ...STORY_RU].join('\n'),
    );
    expect(ru.byline).toEqual(['Анна Смирнова']);
  });

  it('is the story’s subject, not its writer, when the story names her', () => {
    const story = ['Helen Marsh, the mayor of Wexmouth, said on Tuesday that the town would build six new cycle lanes.', ...STORY_EN];
    const clip = parseClip(['Helen Marsh', 'Mayor promises six new cycle lanes', '12 May 2024, 14:20', '', ...story].join('\n'));
    expect(clip.byline).toEqual([]);
  });

  it('is the paper’s masthead when its name opens on a given name but ends on a paper’s word', () => {
    const clip = parseClip(['Marion Observer', 'Wexmouth approves six new cycle lanes', '12 May 2024, 14:20', '', ...STORY_EN].join('\n'));
    expect(clip.byline).toEqual([]);
  });

  it('gives way to a byline under the headline', () => {
    const clip = parseClip(
      ['Helen Marsh', 'Wexmouth approves six new cycle lanes', 'By Tom Reyes', '12 May 2024', '', ...STORY_EN].join('\n'),
    );
    expect(clip.byline).toEqual(['Tom Reyes']);
  });
});

describe('a Chinese paper’s note of where a story first ran', () => {
  it('names the paper and dates the story, without a subject before its verb', () => {
    const story = [
      '湖畔骑行道串起沿湖村庄',
      '本报记者　林晓',
      '',
      '今年夏天，沿着湖岸骑行成了不少游客的首选。一条全长四十公里的环湖步道把沿湖的十几个村庄串在了一起。',
      '管理局负责人说，明年起还将在东岸试点新的垃圾分类措施，沿线商户也将参与其中。',
      '（原载《青屿晚报》2023年7月9日第6版）',
    ];
    const clip = parseClip(story.join('\n'));
    expect(clip.source).toBe('青屿晚报');
    expect(clip.date).toBe('2023-07-09');
    expect(clip.paragraphs.join('\n')).not.toContain('原载');
  });
});
