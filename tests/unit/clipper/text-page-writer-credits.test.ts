import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { pageWithHeader as page } from './made-up-page.js';

const HEADLINE = 'Island ferry to sail twice a day from April';

describe('the writers of a page pasted whole as text', () => {
  it('are the names that sign the story with a conjunction and their role in brackets', () => {
    const draft = parseClip(page([HEADLINE, 'March 4, 2024'], { closing: ['', 'Mora Lindqvist et Ivo Brandt (correspondant local)'] }));
    expect(draft.byline).toEqual(['Mora Lindqvist', 'Ivo Brandt']);
  });

  it('is the writer a closing note introduces, when nothing else credits the story', () => {
    const draft = parseClip(
      page([HEADLINE, 'March 4, 2024'], {
        closing: ['', 'Ottilie Varga is a retired harbour master and chair of the Skerrin Ferry Users’ Group.'],
      }),
    );
    expect(draft.byline).toEqual(['Ottilie Varga']);
    expect(draft.paragraphs.join('\n')).not.toContain('retired harbour master');
  });

  it('is not the heading of a box about a writer, nor does that heading name the site', () => {
    for (const heading of ['About Ottilie Varga', 'Sobre Ottilie Varga']) {
      const draft = parseClip(
        page([HEADLINE, 'March 4, 2024'], {
          closing: ['', heading, '', 'Ottilie Varga is a retired harbour master and writes on island life every week.'],
        }),
      );
      expect(draft.byline).not.toContain(heading);
      expect(draft.source).toBeNull();
    }
  });

  it('is no one the story speaks of in its last paragraph', () => {
    const draft = parseClip(
      page([HEADLINE, 'March 4, 2024'], {
        inside: ['', 'The board’s chair, Ottilie Varga, said the vote was close.'],
        closing: ['', 'Ottilie Varga is a retired harbour master who has chaired the board since 2019.'],
      }),
    );
    expect(draft.byline).toEqual([]);
  });

  it('leaves out the signature of a post the story quotes, once its header credits the writer', () => {
    const draft = parseClip(
      page([HEADLINE, 'By Mora Lindqvist', 'March 4, 2024'], {
        inside: [
          '',
          'At last the second boat is ours! Thank you to everyone who signed.',
          'Posted by Skerrin Ferry Users on Tuesday, 4 March 2024',
        ],
      }),
    );
    expect(draft.byline).toEqual(['Mora Lindqvist']);
  });

  it('is the name before a bar on a timestamp line that also names the wire and the reading time', () => {
    const draft = parseClip(page([HEADLINE, 'Mora Lindqvist | XNW Tuesday, 4 March 2024 | 13:47 3 min read']));
    expect(draft.byline).toEqual(['Mora Lindqvist']);
    expect(draft.date).toBe('2024-03-04');
  });

  it('ends a credit where a photographer’s credit follows it after a comma', () => {
    const draft = parseClip(page([HEADLINE, 'March 4, 2024', 'Текст: Мария Лисина, фото: Олег Гусев']));
    expect(draft.byline).toEqual(['Мария Лисина']);
  });

  it('reads every reporter a Chinese header line lists, its label glued to the source before it and the next label after it', () => {
    const draft = parseClip(page(['岛上渡轮明年起每天两班', '2024-03-04 07:45来源：海岛晚报记者 林晓 何嘉怡字号：大 中 小阅读：3216']));
    expect(draft.byline).toEqual(['林晓', '何嘉怡']);
  });

  it('are the names a header line sets before a bar, with their role or the reading time after it', () => {
    const credited = (line: string) => parseClip(page([HEADLINE, line, 'March 4, 2024']));
    expect(credited('Mora Lindqvist and Ivo Brandt | Staff writers')).toMatchObject({
      byline: ['Mora Lindqvist', 'Ivo Brandt'],
      source: null,
    });
    expect(credited('Mora Lindqvist · 5 min read').byline).toEqual(['Mora Lindqvist']);
  });

  it('are names listed with commas alone, each opening on a given name', () => {
    expect(parseClip(page([HEADLINE, 'Анна Лисина, Олег Гусев', '4 марта 2024, 10:15'])).byline).toEqual(['Анна Лисина', 'Олег Гусев']);
  });

  it('are read after a credit’s verb and after a Chinese writer’s slash', () => {
    expect(parseClip(page([HEADLINE, 'Написала Ірина Гнатюк', '04 березня 2024, 12:40'])).byline).toEqual(['Ірина Гнатюк']);
    expect(parseClip(page([HEADLINE, '文/记者 林晓 图/王明', '2024-03-04 10:15'])).byline).toEqual(['林晓']);
  });

  it('are the names before the outlet they write for, named in quotation marks, after `for` or run into it', () => {
    const quoted = parseClip(page([HEADLINE, 'Анна Лисина, «Вечерний причал»', '4 марта 2024']));
    expect([quoted.byline, quoted.source]).toEqual([['Анна Лисина'], 'Вечерний причал']);
    const forOutlet = parseClip(page([HEADLINE, 'Mora Lindqvist for The Skerrin', 'March 4, 2024']));
    expect([forOutlet.title, forOutlet.byline, forOutlet.source]).toEqual([HEADLINE, ['Mora Lindqvist'], 'The Skerrin']);
    const runInto = parseClip(page([HEADLINE, 'Helen Lindqvist Port Aven Courier', 'Published March 4, 2024 at 10:15 am']));
    expect([runInto.title, runInto.byline, runInto.source]).toEqual([HEADLINE, ['Helen Lindqvist'], 'Port Aven Courier']);
  });
});

describe('the writer of a Chinese picture story', () => {
  const gallery = (credit: (i: number) => string) =>
    [
      '首页图片视频',
      '航拍海岛渡口迎来春运高峰',
      '来源：海岛网 2024年03月26日 10:05',
      '',
      '3月下旬，随着气温回升，海岛渡口迎来一年一度的春运高峰，渡轮班次明显增加，吸引大批游客前来观光。',
      '',
      ...['渡口的候船大厅人头攒动。', '游客在甲板上拍照留念。', '渡轮驶离码头。', '工作人员在码头巡查。'].flatMap((c, i) => [
        `${c}${credit(i)}`,
        '',
      ]),
      '更多图集',
    ].join('\n');

  it('is the photographer its captions credit, when no writer is credited', () => {
    expect(parseClip(gallery(() => '（海岛社记者 林海生 摄）')).byline).toEqual(['林海生']);
  });

  it('is no one when its pictures credit different photographers', () => {
    expect(parseClip(gallery((i) => (i % 2 ? '（记者 林海生 摄）' : '（记者 王明 摄）'))).byline).toEqual([]);
  });
});
