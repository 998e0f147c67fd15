import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const UK_BODY = [
  'У Житомирі відкрили нову бібліотеку в колишньому приміщенні кінотеатру. Ремонт тривав два роки і коштував близько восьми мільйонів гривень.',
  'У бібліотеці є читальна зала на сто місць, дитячий відділ і кімната для занять гуртків. Працюватиме вона щодня, крім понеділка.',
  '«Ми хотіли, щоб сюди приходили не лише по книжки, а й просто посидіти», — розповіла директорка бібліотеки Галина Остапчук.',
];

const ZH_BODY = [
  '记者从市园林局获悉，今年全市将新建口袋公园50个，重点分布在老旧小区和学校周边，让市民出门就能见到绿地。',
  '据介绍，新建公园将结合周边居民需求设置健身器材、儿童游乐设施和休息座椅，预计年底前全部完工并向市民开放。',
  '市园林局相关负责人表示，口袋公园面积不大，但贴近生活，是提升城市宜居水平的重要举措。',
];

const FR_BODY = [
  'La médiathèque de Vierzon rouvrira ses portes lundi après dix-huit mois de travaux, avec une salle de lecture agrandie et un espace consacré aux jeux vidéo.',
  'Le chantier, estimé à 3,1 millions d’euros, a été financé en grande partie par l’État et la région, précise la mairie dans un communiqué publié vendredi.',
  '« Nous voulions un lieu ouvert à tous, où l’on vient aussi pour travailler ou se retrouver », explique la directrice de l’établissement, Claire Aubertin.',
];

describe('a site’s menu copied as one line above the headline', () => {
  it('is not the headline of a Ukrainian page', () => {
    const text = [
      'Житомирські новини',
      'Новини Культура Спорт',
      'У Житомирі відкрили бібліотеку в старому кінотеатрі',
      '12.03.2025 10:30',
      ...UK_BODY,
    ].join('\n\n');
    expect(parseClip(text).title).toBe('У Житомирі відкрили бібліотеку в старому кінотеатрі');
  });

  it('is not the headline of a Chinese page', () => {
    const text = ['登录 注册', '首页新闻财经体育图片视频', '今年全市将新建口袋公园50个', '2024-11-05 09:10', ...ZH_BODY].join('\n\n');
    expect(parseClip(text).title).toBe('今年全市将新建口袋公园50个');
  });

  it('is not the headline, nor the story, when it holds the sign-in links', () => {
    const text = [
      'Le Journal du Cher Actualité Vierzon Sports Loisirs S’abonner Se connecter',
      'La médiathèque de Vierzon rouvre après dix-huit mois de travaux',
      'Le 14 mars 2025 à 09h10',
      ...FR_BODY,
    ].join('\n\n');
    const draft = parseClip(text);
    expect(draft.title).toBe('La médiathèque de Vierzon rouvre après dix-huit mois de travaux');
    expect(draft.paragraphs).toEqual(FR_BODY);
  });
});

describe('a live page’s label in capitals', () => {
  it('is neither a byline nor a dateline', () => {
    const text = [
      'EN IMAGES',
      'URGENT - La médiathèque de Vierzon rouvre ses portes',
      'Par Claire Aubertin - Le 14 mars 2025 à 09h10',
      ...FR_BODY,
    ].join('\n\n');
    const draft = parseClip(text);
    expect(draft.byline).toEqual(['Claire Aubertin']);
    expect(draft.dateline).toBeNull();
    expect(draft.title).toBe('URGENT - La médiathèque de Vierzon rouvre ses portes');
  });
});

describe('writers’ bare names under a headline', () => {
  it('reads two names joined by a conjunction as the byline', () => {
    const body = [
      'The harbour board voted on Tuesday to lease a second ferry for the island route, ending two years of argument over how often the boat should run.',
      'Islanders had asked for a morning crossing since the old service was withdrawn, saying pupils could not reach the mainland in time for school.',
    ];
    const text = ['Harbour board leases a second ferry for the island route', 'Ada Brennan and Tomas Kiely', 'March 3, 2025', ...body].join(
      '\n\n',
    );
    expect(parseClip(text).byline).toEqual(['Ada Brennan', 'Tomas Kiely']);
  });
});
