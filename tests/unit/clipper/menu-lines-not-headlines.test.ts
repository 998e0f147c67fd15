import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** Made-up pages pasted as text whose menu the copy gave as one line, just above the headline. */
const GESCHICHTE = [
  'Die Freiwillige Feuerwehr in Lindach bekommt ein neues Gerätehaus. Der Gemeinderat hat am Dienstagabend einstimmig den Bau auf dem Gelände der alten Gärtnerei beschlossen.',
  'Das bisherige Gebäude aus den Sechzigerjahren ist zu klein für die modernen Löschfahrzeuge, die Tore müssen seit Jahren von Hand geöffnet werden.',
  '„Wir haben lange darauf gewartet“, sagt Kommandant Rüdiger Hahn. Die Bauarbeiten sollen im Herbst beginnen und rund zwei Jahre dauern.',
];
const 新闻 = [
  '记者从南溪区交通运输局获悉，连接南溪新城和老城区的跨江大桥将于本月底建成通车，两岸居民过江时间将由目前的半小时缩短至5分钟左右。',
  '据介绍，大桥全长约1.2公里，双向六车道，并设有人行道和非机动车道。通车后，原有的轮渡航线将继续保留一年。',
  '区交通运输局相关负责人表示，通车前将完成交通标志标线施划和路灯安装等收尾工作。',
];

describe('a menu copied as one line above the headline', () => {
  it('is not the headline of a German page, whose menu capitalises every section', () => {
    const text = [
      'Lindacher Rundschau',
      'Startseite Lokales Sport Termine Kontakt',
      'Lindach bekommt ein neues Gerätehaus für die Feuerwehr',
      'Von Carola Weidinger',
      ...GESCHICHTE,
      'Weitere Artikel',
      'Kirchweih mit neuem Programm',
      '© 2026 Lindacher Rundschau',
      'Impressum',
      'Datenschutz',
    ].join('\n');
    expect(parseClip(text).title).toBe('Lindach bekommt ein neues Gerätehaus für die Feuerwehr');
  });

  it('is not the headline of a Chinese page, its items spaced or run together after the home link', () => {
    for (const menu of ['首页 本地 财经 社会 视频', '首页要闻南溪生活下载APP']) {
      const text = [
        menu,
        '南溪跨江大桥本月底建成通车',
        '2026-05-06 09:30 来源：南溪晚报',
        ...新闻,
        '相关新闻',
        '南溪新城新增两条公交线路',
        'Copyright © 2026 南溪晚报 版权所有',
      ].join('\n');
      expect(parseClip(text).title).toBe('南溪跨江大桥本月底建成通车');
    }
  });

  it('is not the headline where the copy kept the gaps between the links, nor an e-edition’s page buttons', () => {
    const spaced = parseClip(
      ['NORDSEE-BOTE', 'Nachrichten  Lindach  Region  Wirtschaft  Live', 'Lindach bekommt ein neues Gerätehaus', '', ...GESCHICHTE].join(
        '\n',
      ),
    );
    expect(spaced.title).toBe('Lindach bekommt ein neues Gerätehaus');
    const edition = parseClip(['滨江晚报数字报', '上一版　下一版　返回目录', '南溪跨江大桥本月底通车', ...新闻].join('\n'));
    expect(edition.title).toBe('南溪跨江大桥本月底通车');
  });

  it('keeps a table’s row, its cells parted by tabs, in the story', () => {
    const text = ['Lindach bekommt ein neues Gerätehaus', '', ...GESCHICHTE, 'Wache Nord\tTanklöschfahrzeug\tBaujahr offen'].join('\n');
    expect(parseClip(text).paragraphs.join('\n')).toContain('Wache Nord Tanklöschfahrzeug Baujahr offen');
  });

  it('keeps a sentence with two spaces after its full stops a sentence', () => {
    const text = [
      'Lindach bekommt ein neues Gerätehaus',
      '',
      'Der Rat hat entschieden.  Die Arbeiten beginnen im Herbst.  Sie dauern zwei Jahre.',
      ...GESCHICHTE,
    ].join('\n');
    expect(parseClip(text).paragraphs[0]).toBe('Der Rat hat entschieden. Die Arbeiten beginnen im Herbst. Sie dauern zwei Jahre.');
  });
});
