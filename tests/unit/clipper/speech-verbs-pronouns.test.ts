import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('speakers given by a present-tense verb or a pronoun after the quotation', () => {
  it('credits a Ukrainian quotation closed by a present-tense verb and a pronoun to the person just named', () => {
    const draft = parseClip(
      'Сквер відкрили\n\nУ Заріччі відкрили новий сквер.\n\nВолонтер Петро Гай пригадує, що дерева садили всією вулицею. «Кожен приніс по саджанцю», — додає він.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Петро Гай', text: 'Кожен приніс по саджанцю' }]);
  });

  it('credits a Russian quotation closed by a present-tense verb to its speaker', () => {
    const draft = parseClip(
      'Сквер открыли\n\nВ Заречном открыли новый сквер.\n\n«Каждый принёс по саженцу», — добавляет волонтёр Пётр Гай.',
    );
    expect(draft.quotes[0]!.speaker).toBe('Пётр Гай');
  });

  it('reads a Chinese speaker before an adverb and verb, and 他说 after a later quotation as the same man', () => {
    const draft = parseClip(
      '江畔队客场失利\n\n5月4日晚，江畔队客场0比1告负。\n\n江畔队主教练罗志远则坦言，球队体能出现问题。“下半场我们跑不动了，需要反思。”他说。',
    );
    expect(draft.people).toContain('罗志远');
    expect(draft.quotes).toEqual([{ speaker: '罗志远', text: '下半场我们跑不动了，需要反思。' }]);
  });
});

describe('a foreign name written in Chinese with a middle dot', () => {
  it('credits the whole name, after the speaker’s title, and lists the person once', () => {
    const draft = parseClip(
      '江畔队主场取胜\n\n5月4日晚，江畔队主场2比0取胜。\n\n赛后，江畔队主教练保罗·费雷拉表示：“球员们执行得很好，这场胜利属于大家。”',
    );
    expect(draft.quotes).toEqual([{ speaker: '保罗·费雷拉', text: '球员们执行得很好，这场胜利属于大家。' }]);
    expect(draft.people).toEqual(['保罗·费雷拉']);
  });
});

describe('an outlet told, and a noun pointing back to the speaker', () => {
  it('reads an outlet in quotation marks after a speech verb as no quotation, and сказала собеседница as the woman named', () => {
    const draft = parseClip(
      'Без отопления\n\nВ Заречном третий день нет тепла.\n\nПенсионерка Нина Орлова рассказала «Вечерним вестям», что в квартире холодно. «Спим в пальто, дети болеют», — сказала собеседница.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Нина Орлова', text: 'Спим в пальто, дети болеют' }]);
  });
});

describe('speakers given by the manner of their speech', () => {
  it('credits a quotation closed by laughing or joking to the person named', () => {
    const uk = parseClip('Пекарня\n\nПекарка Оксана Дзюба відкрила заклад торік.\n\n«Тісто любить тишу», — сміється Оксана.');
    expect(uk.quotes).toEqual([{ speaker: 'Оксана Дзюба', text: 'Тісто любить тишу' }]);
    const de = parseClip('Bäckerei\n\nHanne Wiltrup backt seit zehn Jahren in Kiel.\n\n„Der Teig mag Ruhe“, scherzt Wiltrup.');
    expect(de.quotes).toEqual([{ speaker: 'Hanne Wiltrup', text: 'Der Teig mag Ruhe' }]);
  });
});

describe('a Chinese pronoun and verb before a quotation', () => {
  it('credits the quotation to the person named with a title in the sentence before, the verb right before or opening the sentence', () => {
    const opening = parseClip(
      '无人机测试\n\n公司总经理陈立新说：“这款机型是为山地茶园设计的。”\n\n省农业科学院研究员罗海平参与了测试评估。他指出，无人机喷洒可减少农药用量，“关键是雾滴能均匀覆盖叶片背面，这是人工很难做到的”。',
    );
    expect(opening.quotes[1]).toEqual({ speaker: '罗海平', text: '关键是雾滴能均匀覆盖叶片背面，这是人工很难做到的' });
    const before = parseClip(
      '无人机测试\n\n据介绍，该机型累计作业面积超过一万亩。\n\n省农业科学院研究员罗海平参与了测试评估。他指出：“关键是雾滴能均匀覆盖叶片背面，这是人工很难做到的。”',
    );
    expect(before.quotes).toEqual([{ speaker: '罗海平', text: '关键是雾滴能均匀覆盖叶片背面，这是人工很难做到的。' }]);
  });
});

describe('a Chinese speaker with the day between the name and the verb', () => {
  it('credits the quotation to the name before the day', () => {
    const draft = parseClip('大桥关闭\n\n市交通局局长罗海平17日称：“大桥将在春季重新开放。”');
    expect(draft.quotes).toEqual([{ speaker: '罗海平', text: '大桥将在春季重新开放。' }]);
  });
});

describe('a Chinese body speaking', () => {
  it('credits a quotation to the body named before or after it, through its official, or pointed back to by 该局', () => {
    const before = parseClip('大桥关闭\n\n宁州市交通运输局表示，大桥“将在春季重新开放，但需要资金”。');
    expect(before.quotes).toEqual([{ speaker: '宁州市交通运输局', text: '将在春季重新开放，但需要资金' }]);
    const after = parseClip('大桥关闭\n\n“大桥将在春季重新开放，但需要资金。”宁州市交通运输局在声明中表示。');
    expect(after.quotes[0]!.speaker).toBe('宁州市交通运输局');
    const official = parseClip('大桥关闭\n\n宁州市交通运输局相关负责人表示：“大桥将在春季重新开放，但需要资金。”');
    expect(official.quotes[0]!.speaker).toBe('宁州市交通运输局');
    const pointed = parseClip('大桥关闭\n\n宁州市交通运输局17日关闭大桥。该局表示：“大桥将在春季重新开放，但需要资金。”');
    expect(pointed.quotes[0]!.speaker).toBe('宁州市交通运输局');
  });
});
