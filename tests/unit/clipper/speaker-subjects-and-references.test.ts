import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('the subject named away from its speech verb', () => {
  it('reads a name after a short role as the subject, past where or when it was said', () => {
    expect(
      speakers(
        'Нова поромна лінія\n\nЗаступниця голови Оксана Дереш під час огляду причалу наголосила: «Пором ходитиме щогодини до кінця жовтня».',
      ),
    ).toEqual(['Оксана Дереш']);
    expect(
      speakers('Метеостанция\n\n— Мой лаборант Кирилл Тумаков прошлой зимой записал в журнале: «Флюгер снова сорвало ветром».'),
    ).toEqual(['Кирилл Тумаков']);
  });

  it('reads a name set off by commas after its description as the subject, past an auxiliary and adverbs', () => {
    expect(
      speakers('Imkerei\n\nMein Nachbar im Dorf, Bernd Kalweit, hat damals zu mir gesagt: „Bienen verzeihen keinen schlechten Sommer.“'),
    ).toEqual(['Bernd Kalweit']);
  });

  it('does not take a name after a preposition before the colon for the speaker', () => {
    expect(
      speakers(
        'Хор\n\n— Одна наша солистка, Вера Лунина, сказала мне после выступления в Нижнем Ольхове: «Такого тёплого зала у нас ещё не было».',
      ),
    ).toEqual(['Вера Лунина']);
  });

  it('credits the person whose body or place a preposition names after them', () => {
    expect(
      speakers(
        'Windpark\n\nVorstand Jens Haberkorn von der Ostufer Energie AG sprach von einem „Meilenstein für die Küste“.\n\nMein Kollege Timo Raabe aus dem Ortsteil Kolbenfeld sagt immer: „Wind ist Geld, das noch nicht verdient wurde.“',
      ),
    ).toEqual(['Jens Haberkorn', 'Timo Raabe']);
  });

  it('reads past a German role set off by commas after the name', () => {
    expect(
      speakers('Schwimmbad\n\nUwe Brandhorst, Vorsitzender des Fördervereins, erklärte: „Ohne Bad lernen die Kinder nicht schwimmen.“'),
    ).toEqual(['Uwe Brandhorst']);
  });
});

describe('who a pronoun or a description points back to', () => {
  it('does not take a role set off after a name for an unnamed newcomer', () => {
    expect(
      speakers(
        'Stuck lift\n\nMara Quillon, a teacher who was heading to school with two colleagues, said nobody panicked. "We sang to pass the time," she said.',
      ),
    ).toEqual(['Mara Quillon']);
  });

  it('credits a Chinese quotation after a closed sentence opened by a pronoun and a speech verb', () => {
    expect(
      speakers('湿地\n\n研究员郑秋岚长期观测候鸟迁徙。她认为，今年的数据很有说服力。“鸟群回来得更早，说明湿地的水质确实变好了。”'),
    ).toEqual(['郑秋岚']);
  });

  it('reads a party’s initials hyphened to a noun as describing the person named before', () => {
    expect(
      speakers(
        'Hochwasser\n\nLandrat Falk Wedemeyer hat die Anwohner gewarnt. „Die Pegel steigen bis zum Abend weiter“, sagte der KVP-Abgeordnete im Krisenstab.',
      ),
    ).toEqual(['Falk Wedemeyer']);
  });

  it('reads a French role with its elided article, or a role that headed a description before the name, as that person', () => {
    expect(
      speakers(
        'Piscine\n\nPour le maire de Rivecourt, Odile Sarrazin, « ce bassin est le seul du canton ». L’élue précise que la rénovation durera deux ans, « sans fermeture en été ».',
      ),
    ).toEqual(['Odile Sarrazin', 'Odile Sarrazin']);
    expect(
      speakers(
        'Parc\n\nLa vice-présidente du syndicat des eaux de Valcour chargée des forages, Line Aubertot, l’a confirmé lundi. « Le puits nord sera fermé en juin », a-t-elle indiqué.\n\nLes riverains s’inquiètent. « On boira quoi, alors ? » demande Paul Verrier.\n\nJointe par téléphone, la vice-présidente assure qu’un puits provisoire sera creusé « dès le mois prochain ».',
      ),
    ).toEqual(['Line Aubertot', 'Paul Verrier', 'Line Aubertot']);
  });
});

describe('Chinese credits around a quotation', () => {
  it('credits a finished quotation to the name and verb after it when nothing before credits it', () => {
    expect(
      speakers('菜市场\n\n菜市场翻新后重新开业。\n\n“以前下雨天地上全是泥，现在干干净净。”摊主邵启明坦言，他的生意好了不少。'),
    ).toEqual(['邵启明']);
  });

  it('reads a pronoun and an adverb after the quotation as the one the verb before it credits', () => {
    expect(speakers('码头\n\n码头将于下月启用。\n\n港务处处长温立诚表示：“新泊位可以同时停靠两艘渡轮。”他也说，夜班船会增加。')).toEqual([
      '温立诚',
    ]);
  });

  it('credits a name kept in Latin letters before the verb, and the pronoun after a later quotation to it', () => {
    expect(
      speakers(
        '茶园\n\n茶园今年扩种了两百亩。\n\n场长叶家明表示：“新茶树要三年才能采摘。”\n\n技术员Tama Walis（中文名马文）说，今年的雨水特别多。“山上的土一直是湿的，”他说，“我们得重新挖排水沟。”',
      ),
    ).toEqual(['叶家明', 'Tama Walis', 'Tama Walis']);
  });

  it('reads a pronoun after a quotation as the person the paragraph named last, over an earlier speaker', () => {
    expect(
      speakers(
        '停车场\n\n小区新建了停车场。\n\n“我不反对建停车场，但出入口不能正对我家。”住户邵启明说。\n\n社区主任方丽娟介绍，出入口已经改到东侧。“方案改了四次，大家终于都满意了。”她说。\n\n邵启明后来也同意了。“我每天早上都要推轮椅出门，出入口挪开以后安全多了。”他说，那以后他还帮着劝邻居。',
      ),
    ).toEqual(['邵启明', '方丽娟', '邵启明']);
  });
});

describe('a body pointed back to by a noun or a word of place', () => {
  it('reads a German body after von den, and an English agency’s spokesman, as the body named before', () => {
    expect(
      speakers(
        'Umleitung\n\nAuch die Brunnen der Wasserwerke Lindhagen werden gespült. „Das Wasser kann zwei Tage lang trüb aussehen“, hieß es von den Wasserwerken.',
      ),
    ).toEqual(['Wasserwerke Lindhagen']);
    expect(
      speakers(
        'Drought\n\nThe Coastal Drainage Agency said reservoirs were at a record low. An agency spokesman said households should "water gardens only after dark".',
      ),
    ).toEqual(['Coastal Drainage Agency']);
  });

  it('reads там as the body that spoke last, given in full where its head alone was capitalised', () => {
    expect(
      speakers(
        'Мост\n\nПодрядчик сорвал сроки ремонта. В пресс-службе Министерства транспорта Верхнекамского края сообщили, что договор будет расторгнут. «Новый подрядчик приступит к работам в мае», — отметили там.',
      ),
    ).toEqual(['Министерство транспорта Верхнекамского края']);
  });

  it('reads la collectivité as the body a French rule named before', () => {
    expect(
      speakers(
        'Bibliothèque\n\nLe Conseil départemental du Val-Brun rénove la bibliothèque. « Les prêts continueront dans une salle de la mairie », a précisé la collectivité.',
      ),
    ).toEqual(['Conseil départemental du Val-Brun']);
  });

  it('takes an appeal to someone as a speech verb', () => {
    expect(
      speakers(
        'Повінь\n\nВода піднялася на пів метра, повідомили в Службі порятунку Карпат. «Не підходьте до берега без потреби», — звернулися до мешканців у Службі порятунку Карпат.',
      ),
    ).toEqual([expect.stringMatching(/^Служба порятунку/u)]);
  });
});

describe('a sentence that introduces the words after its colon', () => {
  it('credits the person set off after a possessive role, or after a short description, whatever the verb', () => {
    expect(
      speakers(
        'Port\n\nLa capitainerie a changé ses pontons. Sa directrice, Anne Corlay, reste confiante : « Les bateaux pourront revenir en avril. »',
      ),
    ).toEqual(['Anne Corlay']);
    expect(
      speakers(
        'Ярмарок\n\nЯрмарок працює з восьмої ранку.\n\nСусідка Ганна Петрівна Роенко вийшла на ґанок і всміхнулася: «Такого медового запаху тут давно не було».',
      ),
    ).toEqual(['Ганна Петрівна Роенко']);
  });

  it('reads it before an English speech verb as the body last named doing something', () => {
    expect(
      speakers(
        'Quarry\n\nThe residents’ group Quarry Lane Watch backed the plan but questioned the dust. In a letter, it said the site "must be sprayed with water every hour it operates".',
      ),
    ).toEqual(['Quarry Lane Watch']);
  });
});

describe('an unnamed subject', () => {
  it('leaves a quotation unnamed after a sentence whose subject an indefinite article brings in, however long', () => {
    expect(
      speakers(
        'Marché\n\nLa Chambre de commerce de Rivecourt, qui a accompagné les commerçants, se félicite d’un « taux de retour exceptionnel » de 90 %.\n\nUn habitué rencontré devant l’étal du boucher résume l’ambiance. « On a râlé pendant deux ans, et puis on est content de revenir. »',
      ),
    ).toEqual(['Chambre de commerce de Rivecourt', null]);
  });
});
