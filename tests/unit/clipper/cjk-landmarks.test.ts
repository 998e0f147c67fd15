import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const places = (body: string) => parseClip(`江边新闻\n\n${body}`).places;
const bodies = (body: string) => parseClip(`江边新闻\n\n${body}`).organizations;

describe('Chinese landmarks and facilities', () => {
  it('reads piers, port areas, bridges, ports and expressways from after the district or the verb before them', () => {
    const found = places('游船改在东岸区青石码头和西江区白沙港区停靠。北城区南门大桥下游人众多。新厂毗邻临州港，临海高速也在附近。');
    expect(found).toEqual(expect.arrayContaining(['青石码头', '白沙港区', '南门大桥', '临州港', '临海高速']));
    expect(found.some((p) => /区青石|区白沙|区南门|毗邻/u.test(p))).toBe(false);
  });

  it('reads no expressway in `high-speed growth`, no station in `may stand`, and no port in a ship’s leaving it', () => {
    expect(places('经济保持高速发展，游客可以站在桥头。渔船陆续出港，天气不好就不能出港。傍晚渔船返港。')).toEqual([]);
  });

  it('names a gauging station on a river apart from the river', () => {
    const found = places('据监测，珠江白沙站水位为160米。');
    expect(found).toContain('白沙站');
    expect(found).not.toContain('珠江白沙站');
  });

  it('keeps the city in an airport’s name, drops the time word before it and the short form of it', () => {
    const draft = parseClip('青山机场旅客增多\n\n临州青山国际机场表示，当日机场旅客超过三万人次。');
    expect(draft.places).toContain('临州青山国际机场');
    expect(draft.places.some((p) => p === '青山机场' || p.endsWith('日机场') || p === '机场')).toBe(false);
  });

  it('reads a river the dictionary knows before more text, and an island after a river’s bank', () => {
    expect(places('入冬以后；金沙江白石口段水位下降。')).toContain('金沙江');
    const found = places('冰雕园坐落在金沙江南岸月亮岛畔。');
    expect(found).toEqual(expect.arrayContaining(['金沙江', '月亮岛']));
    expect(found).not.toContain('南岸');
  });

  it('ends a listed lake at `等`, and reads no place in `等城市`', () => {
    const found = places('青草湖、白鹭湖等子湖的水质变好，桂林等城市也在借鉴。');
    expect(found).toEqual(expect.arrayContaining(['青草湖', '白鹭湖']));
    expect(found.some((p) => p.includes('等') || p === '子湖')).toBe(false);
  });

  it('keeps the city in a pier named by one character after it, and reads a pier after `至`', () => {
    const found = places('渡船往返青州路码头至临州东码头、红石门码头至银沙湾码头。');
    expect(found).toEqual(expect.arrayContaining(['临州东码头', '银沙湾码头']));
    expect(found.some((p) => p === '东码头' || p.startsWith('至'))).toBe(false);
  });

  it('reads no name in a pier named by what it handles or how it runs', () => {
    const found = places('全自动化集装箱码头三期投产，“无人码头”再扩容，临州港自动化码头泊位增至十个。渡船改在东岸区青石码头停靠。');
    expect(found).toContain('青石码头');
    expect(found.some((p) => /^(?:无人|自动化|集装箱)码头$|化码头$/u.test(p))).toBe(false);
  });

  it('reads a nature reserve and a tunnel by their kind, not the mountain a tunnel is named after', () => {
    const found = places('新桥架设在青岭国家级自然保护区附近，车辆在白石山隧道附近绕行。');
    expect(found).toEqual(expect.arrayContaining(['青岭国家级自然保护区', '白石山隧道']));
    expect(found.some((p) => p === '国家级自然保护区' || p === '白石山')).toBe(false);
  });

  it('reads a riverside park and a wetland park by their kind', () => {
    const found = places('市民在青口江滩散步，又把湿地公园与青鱼河湿地公园连成绿道。');
    expect(found).toEqual(expect.arrayContaining(['青口江滩', '青鱼河湿地公园']));
    expect(found.some((p) => p === '湿地公园' || p.endsWith('江'))).toBe(false);
  });
});

describe('Chinese cities and counties', () => {
  it('lists a prefecture-level city as the text writes it, and no part of the city centre', () => {
    expect(places('新水厂建在株洲市中心城区。')).toEqual(['株洲市']);
    expect(places('新水厂建在株洲市中心城区，株洲今年还将扩建管网。')).toEqual(['株洲']);
  });

  it('reads a county written bare in a list or a range with another place, and after its city', () => {
    expect(places('航线经过宜宾、江安、合江等地。汛期在纳溪至合江段限航。')).toEqual(
      expect.arrayContaining(['宜宾', '江安', '合江', '纳溪']),
    );
    const found = places('温州苍南石坪渔港内，数百艘渔船整装待发。');
    expect(found).toEqual(expect.arrayContaining(['温州', '苍南', '石坪渔港']));
  });
});

describe('Chinese organisations', () => {
  it('reads alliances, monitoring stations, research bases and a bureau of two portfolios joined by 与', () => {
    const found = bodies(
      '据中国储能产业创新联盟统计，澜州市水文监测总站测得，澜州金丝猴繁育研究基地表示，澜江县海洋与渔业局发布通知。研发中心设在澜州，监管部门已完成检查。',
    );
    expect(found).toEqual(
      expect.arrayContaining(['中国储能产业创新联盟', '澜州市水文监测总站', '澜州金丝猴繁育研究基地', '澜江县海洋与渔业局']),
    );
    expect(found.some((o) => o === '研发中心' || o.endsWith('部门'))).toBe(false);
  });

  it('reads a body after `其中`, a firm without its department, and a long committee whole', () => {
    const found = bodies(
      '其中中华银行澜州分行提供了贷款。临州港务集团有限公司售后部负责人说，澜州青湖生态旅游风景区管理委员会在会上发布。',
    );
    expect(found).toEqual(expect.arrayContaining(['中华银行澜州分行', '临州港务集团有限公司', '澜州青湖生态旅游风景区管理委员会']));
    expect(found.some((o) => o.startsWith('中中') || o.endsWith('售后部'))).toBe(false);
  });
});

describe('Chinese facility names and their edges', () => {
  it('starts a port area after the port before it, and names a town abroad apart from its country', () => {
    const found = places('货轮驶出宁州北港白沙港区，开往泰国宋港。');
    expect(found).toEqual(expect.arrayContaining(['白沙港区', '泰国', '宋港']));
    expect(found.some((p) => p.includes('港白沙') || p === '泰国宋港')).toBe(false);
  });

  it('reads no facility from a run whose start the scan cannot see, nor a county split off a landmark with no town before', () => {
    const found = places('游客要先通过景区网站预约。专线通往合江岩画景区。');
    expect(found.some((p) => p.includes('通过') || p === '岩画景区')).toBe(false);
  });

  it('lists no place that opens the name of the body managing it', () => {
    expect(places('青湖风景区管委会通知，步道将于下月开放。')).not.toContain('青湖风景区');
  });

  it('reads no body in `学会` ("learn")', () => {
    expect(bodies('孩子们很快学会了游泳，也学会了潜水。')).toEqual([]);
  });
});

describe('Chinese region words after a place', () => {
  it('gives a region without its `地区` as written, and a town’s main island as no place of its own', () => {
    const found = places('西北地区的风电场将率先使用。游客从青州本岛乘船出发。');
    expect(found).toContain('西北');
    expect(found.some((p) => p === '地区' || p.endsWith('本岛'))).toBe(false);
  });
});

describe('Chinese names with a stop character or a long head', () => {
  it('reads a housing bureau and a university of foreign trade whole', () => {
    expect(bodies('据澜江区住房保障局统计，对外经济贸易大学也参与了调查。')).toEqual(
      expect.arrayContaining(['澜江区住房保障局', '对外经济贸易大学']),
    );
  });

  it('reads a development zone after `选址`, keeping a lake’s name that opens with a town’s, and no count or `仅` as a name', () => {
    const found = places('项目选址株洲凤山湖高新技术产业开发区，覆盖12个小区，仅湖南省就有三家。');
    expect(found).toContain('凤山湖高新技术产业开发区');
    expect(found).toContain('湖南省');
    expect(found.some((p) => p === '凤山' || p.startsWith('个') || p.startsWith('仅'))).toBe(false);
  });

  it('gives a county written bare and in full once, in full, and no bare `新区` from a direction’s new area', () => {
    const found = places('茶园分布在四川江安和贵州遵义，其中江安县面积最大。东部新区的居民大多坐公交。');
    expect(found).toContain('江安县');
    expect(found).not.toContain('江安');
    expect(found).not.toContain('新区');
  });
});

describe('Chinese facility words in ordinary phrases', () => {
  it('reads no facility after a verb of going or building, an ordinal or a temporary one, and no body set up somewhere', () => {
    const draft = parseClip(
      '城市建设\n\n周末去郊外公园散步。工人正在搭建临时码头。这座城市正在建设第二座机场。公司计划在澜州设立研发中心。',
    );
    expect(draft.places.some((p) => /公园|码头|机场/u.test(p))).toBe(false);
    expect(draft.organizations).toEqual([]);
  });
});

describe('Chinese common words shaped like names', () => {
  it('reads no place in `江湖`, a man-made lake or a moat, and no body in `这家银行`', () => {
    const draft = parseClip('城市新闻\n\n他在江湖上闯荡多年。受访者表示，人工湖和护城河的水质改善。这家银行的分行遍布全国。');
    expect(draft.places).toEqual([]);
    expect(draft.organizations).toEqual([]);
  });
});

describe('Chinese schools of a university', () => {
  it('joins a school named by two fields over `与` after its university', () => {
    const found = bodies('临州理工大学交通与物流工程学院教授表示，青山大学生态与环境学院也参与研究。');
    expect(found).toEqual(expect.arrayContaining(['临州理工大学交通与物流工程学院', '青山大学生态与环境学院']));
    expect(found).not.toContain('物流工程学院');
    expect(found).not.toContain('环境学院');
  });
});

describe('Chinese rooms and buildings of a body', () => {
  it('reads no body in a library’s new building or branches, nor in a reading room or a living room', () => {
    const found = bodies('青州市图书馆新馆正式开放，面向湖景的“湖光阅览厅”是市民的公共客厅，下一步还将在各县区建设分馆。');
    expect(found).toEqual(['青州市图书馆']);
  });
});

describe('grottoes, temples, dams, power plants and churches by their kind word', () => {
  it('reads each as a place, and a route opened to one without its verb', () => {
    const draft = parseClip(
      '白鹭山石窟游客增多\n\n新华社临州4月9日电 今年春节期间，白鹭山石窟接待游客超过两万人次，游客集中在青岩寺一带。下游的青松坝负责民生用水，市区还将开通白鹭山石窟至老街的专线公交。',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['白鹭山石窟', '青岩寺', '青松坝']));
    expect(draft.places.some((p) => p.startsWith('开通'))).toBe(false);
  });
});
