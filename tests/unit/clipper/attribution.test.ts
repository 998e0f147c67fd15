import { describe, expect, it } from 'vitest';
import {
  cjkSentenceBefore,
  cjkVerbAfter,
  cjkVerbBefore,
  phraseBefore,
  pointerSentenceAfter,
  possessiveSpeechNoun,
  pronounSourceBefore,
  sourcePhraseAfter,
  sourcePhraseBefore,
  STRATEGIES,
  subjectBeforeColon,
  verbAfter,
  verbBefore,
  verbLaterInSentence,
} from '../../../electron/shared/clipper/attribution-strategies.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

/** Each attribution pattern, in every language that uses it, with the speaker a reader would name. */
describe('attribution strategies', () => {
  it('are tried closest pattern first', () => {
    expect(STRATEGIES).toEqual([
      cjkVerbAfter,
      verbAfter,
      sourcePhraseAfter,
      cjkVerbBefore,
      pronounSourceBefore,
      sourcePhraseBefore,
      possessiveSpeechNoun,
      phraseBefore,
      verbBefore,
      verbLaterInSentence,
      subjectBeforeColon,
      cjkSentenceBefore,
      pointerSentenceAfter,
    ]);
  });

  it('a speech phrase before the colon, with the name before it or after it, or with none', () => {
    const lead = 'The council approved a plan on Tuesday to plant four thousand trees along the main roads of Easthaven.\n\n';
    const quotes = (text: string) => parseClip(lead + text).quotes;
    expect(quotes('As Lena Hart put it: "Trees are infrastructure."')).toEqual([
      { speaker: 'Lena Hart', text: 'Trees are infrastructure.' },
    ]);
    expect(quotes('As the planner put it: "Trees are infrastructure."')).toEqual([{ speaker: null, text: 'Trees are infrastructure.' }]);
    expect(speakers(lead + 'Lena Hart summed it up bluntly: "Trees are infrastructure."')).toEqual(['Lena Hart']);
    expect(speakers('Ліс садять знову\n\nЯк висловився Остап Гнатюк: «Дерева – це інфраструктура».')).toEqual(['Остап Гнатюк']);
  });

  it('X said and said X, after the quotation', () => {
    expect(speakers('“We start in May,” Ilona Marsh said.')).toEqual(['Ilona Marsh']);
    expect(speakers('“We start in May,” said engineer Ilona Marsh.')).toEqual(['Ilona Marsh']);
    expect(speakers('„Wir beginnen im Mai“, sagte Jonas Weller.')).toEqual(['Jonas Weller']);
    expect(speakers('« Nous commencerons en mai », a déploré Odile Garnier.')).toEqual(['Odile Garnier']);
    expect(speakers('«Мы начнём в мае», — сказал Тимур Белов.')).toEqual(['Тимур Белов']);
    expect(speakers('«Ми почнемо у травні», — зазначила Олена Кравець.')).toEqual(['Олена Кравець']);
  });

  it('a second verb joined by but or and shares the first one’s subject', () => {
    expect(speakers('Residents’ group chair Ilona Marsh welcomed the vote but said the wall came “years too late”.')).toEqual([
      'Ilona Marsh',
    ]);
    expect(speakers('Gemeinderätin Ilona Marsh lobte die Abstimmung, aber sagte, die Mauer komme „viel zu spät“.')).toEqual([
      'Ilona Marsh',
    ]);
    expect(
      speakers(
        'Après des mois de débat, la maire Ilona Marsh a salué le vote jeudi mais a ajouté que la digue arrivait « bien trop tard pour les riverains ».',
      ),
    ).toEqual(['Ilona Marsh']);
  });

  it('“the board said” names the board the text named before, and a chief constable is a title', () => {
    expect(
      speakers(
        'A spokesperson for the Eastern Water Board said rationing would begin in July. "There is no more water to share," the board said in a statement.',
      ),
    ).toEqual(['Eastern Water Board']);
    expect(speakers('"Stay indoors," Chief Constable Ruth Awan told residents on local radio.')).toEqual(['Ruth Awan']);
  });

  it('“the ministry said” names no firm or other body named before, nor one a possessive gives another owner', () => {
    const harbour = 'The Harbour Board of Wexmouth said about 40 vessels were waiting at anchor.';
    expect(speakers(`${harbour} Egypt's supply ministry said it was "monitoring the situation".`)).toEqual([null]);
    expect(speakers(`${harbour} The ministry said it was "confident" in its reserves.`)).toEqual([null]);
    expect(
      speakers(
        'Crews were rescued, the regional department of the Coastal Emergencies Ministry told reporters. "All are well," the department said.',
      ),
    ).toEqual(['Coastal Emergencies Ministry']);
  });

  it('a Russian or Ukrainian speaker who assured, pointed out or promised is named', () => {
    expect(speakers('Генеральный директор компании Сергей Мартынов заверил, что всё «под контролем».')).toEqual(['Сергей Мартынов']);
    expect(speakers('Мэр Анна Орлова пообещала, что мост откроют «до конца года».')).toEqual(['Анна Орлова']);
    expect(speakers('Генеральний директор компанії Сергій Мартинов запевнив, що все «під контролем».')).toEqual(['Сергій Мартинов']);
  });

  it('a Chinese speaker is named across where they spoke, after a title, and never as a city', () => {
    expect(speakers('“我们已经忍耐了十一个月。”港务工会主席包卡琳在码头大门外表示。')).toEqual(['包卡琳']);
    expect(speakers('“我们会尽快修复。”主任王强说。')).toEqual(['王强']);
    expect(speakers('“我们会尽快修复。”工程师李明对记者说。')).toEqual(['李明']);
    expect(speakers('“我们会尽快修复。”沈阳市表示。')).toEqual([null]);
    expect(speakers('副总经理张建国表示：“新线开通后，发车间隔为三分钟。”')).toEqual(['张建国']);
  });

  it('“which he described as” credits the person the pronoun points back to', () => {
    expect(
      speakers(
        'Output fell, the statistics agency INE said on Tuesday.\n\nWorkers’ union leader Patricio Tapia said members would not accept the company’s latest offer, which he described as "insulting".',
      ),
    ).toEqual(['Patricio Tapia']);
  });

  it('a speaker after the verb is read past the point of a title, and past a date after the name', () => {
    const draft = parseClip(
      'Trains ordered\n\n"This order shows rail is ready," said Dr. Katrin Vogel, Chief Executive Officer of Northwind Rail.',
    );
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Katrin Vogel']);
    expect(draft.organizations).toEqual(['Northwind Rail']);
    expect(speakers('"We are ready," said Minister of Trade Rosa Vidal on Monday.')).toEqual(['Rosa Vidal']);
  });

  it('a German noun after its article is not the speaker of the verb after it', () => {
    expect(
      speakers(
        'Bürgermeisterin Ilona Marsh begrüßte die Entscheidung des Gemeinderats am Dienstag, sagte aber, die Mauer komme „viel zu spät für die Anwohner“.',
      ),
    ).toEqual(['Ilona Marsh']);
  });

  it('a role and a name set off by commas after an inverted verb', () => {
    expect(speakers('« Le chantier est lancé », estime son directeur, Paul Mercadier.')).toEqual(['Paul Mercadier']);
    expect(speakers('“We are chartering a second ship,” said Northwind’s chief executive, Ilona Marsh.')).toEqual(['Ilona Marsh']);
    expect(speakers('“We are chartering a second ship,” said Northwind’s chief executive.')).toEqual(['Northwind']);
  });

  it('colon attribution before the quotation, to a person or an organisation', () => {
    expect(speakers('Ilona Marsh said: “We start in May.”')).toEqual(['Ilona Marsh']);
    expect(speakers('Міністерство охорони довкілля заявило: «Перевірка триватиме місяць».')).toEqual(['Міністерство охорони довкілля']);
  });

  it('according to X, selon X, по словам X', () => {
    expect(speakers('According to Ilona Marsh, “the work starts in May”.')).toEqual(['Ilona Marsh']);
    expect(speakers('Selon Odile Garnier, « le chantier commence en mai ».')).toEqual(['Odile Garnier']);
  });

  it('a word someone called a thing, and words someone welcomed or promised with, in German and French', () => {
    expect(speakers('Der Verband widersprach.\n\nGeschäftsführer Lutz Ambacher nannte den Streik «maßlos».')).toEqual(['Lutz Ambacher']);
    expect(speakers('Die Stadt baut.\n\nBürgermeisterin Frauke Selmer begrüßte den Plan: „Endlich geht es los.“')).toEqual([
      'Frauke Selmer',
    ]);
    expect(speakers('Le chantier commence.\n\nLe préfet Armand Quillet a promis « des travaux rapides ».')).toEqual(['Armand Quillet']);
  });

  it('a pronoun after a quotation means the person named before it, not someone the quotation calls “a” so-and-so', () => {
    expect(
      speakers(
        'The match ended level.\n\nVisiting coach Dana Whitlow was unhappy. "That was a foul on our goalkeeper, plain and simple," she said.',
      ),
    ).toEqual(['Dana Whitlow']);
  });

  it('an inverted verb followed by a role of somewhere and its holder set off by a comma', () => {
    expect(
      speakers('Hommage\n\n« Une femme de combat », a réagi le président de la chambre de commerce de Bretagne, Loïc Kerhervé.'),
    ).toEqual(['Loïc Kerhervé']);
  });

  it('a Russian ministry named in another case before a present-tense verb speaks', () => {
    expect(
      speakers('Дорога\n\nДорогу не ремонтировали. В министерстве строительства области обещают начать работы «в ближайшие годы».'),
    ).toEqual(['министерство строительства области']);
  });

  it('a French relative clause between the subject and its verb', () => {
    expect(speakers('Le verdict\n\nLa FNSEA, qui s’était portée partie civile, a salué « un jugement équilibré ».')).toEqual(['FNSEA']);
  });

  it('Chinese: a pronoun and verb going on past a comma after a finished quotation report more, and do not take it', () => {
    expect(speakers('标题\n\n公司总经理钟立航在发布会上表示：“今年是关键一年。”他介绍，新厂将于年底投产。')).toEqual(['钟立航']);
  });

  it('a possessive speech noun', () => {
    expect(speakers('Ilona Marsh’s remarks about “a lost decade” angered the council.')).toEqual(['Ilona Marsh']);
  });

  it('a pronoun carries the speaker over, in each language', () => {
    expect(speakers('Ilona Marsh opened the depot on Monday.\n\n“It took four years,” she said.')).toEqual(['Ilona Marsh']);
    expect(speakers('Тимур Белов открыл депо в понедельник.\n\n«Это заняло четыре года», — отметил он.')).toEqual(['Тимур Белов']);
    expect(speakers('Le maire, Paul Mercadier, a inauguré le dépôt.\n\n« Il a fallu quatre ans », a-t-il ajouté.')).toEqual([
      'Paul Mercadier',
    ]);
  });

  it('a Russian or Ukrainian surname alone speaks for the full name given in another case', () => {
    const uk = parseClip(
      'Лікарня\n\nЗа словами завідувача відділення Тараса Гайдара, відділення відкриють у травні.\n\n"Черги стануть коротшими", - пояснив Гайдар.',
    );
    expect(uk.quotes.map((q) => q.speaker)).toEqual(['Тарас Гайдар']);
    expect(uk.people).toEqual(['Тарас Гайдар']);
  });

  it('a woman’s name beside a verb in her form is never read as a man’s genitive', () => {
    const uk = parseClip(
      'Ринок\n\nПро це повідомила начальниця управління Ганна Бурча на нараді.\n\n"Ринок запрацює вже наступного тижня", - сказала Бурча.',
    );
    expect(uk.people).toEqual(['Ганна Бурча']);
    expect(uk.quotes.map((q) => q.speaker)).toEqual(['Ганна Бурча']);
  });

  it('French: a pronoun on the verb itself, a reflexive verb before the colon, and verbs of pleading', () => {
    const text =
      'Gildas Prigent tient la quincaillerie depuis trente ans. « Le samedi, tout le monde passe ici », explique-t-il.\n\n' +
      'Soizic Le Gall, qui a repris le café du port l’an dernier, se réjouit : « Enfin des bancs face à la mer. »\n\n' +
      '« Le parking restera gratuit le dimanche », a défendu le maire, Yves Kerhervé, devant le conseil.';
    expect(speakers(text)).toEqual(['Gildas Prigent', 'Soizic Le Gall', 'Yves Kerhervé']);
  });

  it('an initialism or a title’s stop does not end the sentence that credits the quotation', () => {
    expect(speakers('“The ferry contract was rigged from the start,” U.S. Attorney Nadia Corvell said in a statement.')).toEqual([
      'Nadia Corvell',
    ]);
    expect(speakers('The court heard the case. Gov. Ruth Almand said: “We will appeal this ruling at once.”')).toEqual(['Ruth Almand']);
  });

  it('the subject before a verb, past a role set off by commas after the name', () => {
    expect(speakers('Pour sa part, Maëlle Quéré, conseillère du groupe « Ensemble », a jugé le calendrier « irréaliste ».')).toEqual([
      'Maëlle Quéré',
    ]);
    expect(speakers('Anna Berg, director of the harbour trust, described the plan as “a lost decade”.')).toEqual(['Anna Berg']);
  });

  it('German: a defence lawyer before the name, and words someone “spoke of”', () => {
    const de = parseClip(
      'Berufung\n\nDie Firma ließ über ihren Verteidiger Jonas Wendt mitteilen, sie prüfe eine Berufung.\n\nOberstaatsanwältin Petra Holm sprach von einem „ausgesprochen dreisten Vorgehen“.',
    );
    expect(de.people).toEqual(['Jonas Wendt', 'Petra Holm']);
    expect(de.quotes).toEqual([{ speaker: 'Petra Holm', text: 'ausgesprochen dreisten Vorgehen' }]);
  });

  it('a pronoun never points back to a name inside the quotation itself', () => {
    const de = parseClip(
      'Bürgermeisterin Greta Hollwein eröffnete die Sitzung. „Die Eltern Weber haben uns das vor Jahren gesagt“, sagte sie.',
    );
    expect(de.quotes.map((q) => q.speaker)).toEqual(['Greta Hollwein']);
    expect(de.people).toEqual(['Greta Hollwein']);
    expect(speakers('Ilona Marsh opened the depot.\n\n“Tomas Brandt Senior warned us years ago, and we waited,” she said.')).toEqual([
      'Ilona Marsh',
    ]);
  });

  it('a pronoun after another’s quotation means the person set off by commas as the subject since', () => {
    const text =
      '« Nous ne céderons pas », a déclaré Paul Mercadier, délégué du site.\n\n' +
      'La préfète de la Drôme, Odile Garnier, a limité les achats de carburant. « Il faut éviter la panique », a-t-elle expliqué.';
    expect(speakers(text)).toEqual(['Paul Mercadier', 'Odile Garnier']);
    expect(parseClip(text).people).toContain('Odile Garnier');
  });

  it('Chinese: the name before the verb, after the quotation, before it, or in the sentence before', () => {
    expect(speakers('“工程明年完工。”工程师周宏亮说。')).toEqual(['周宏亮']);
    expect(speakers('工程师周宏亮告诉记者：“工程明年完工。”')).toEqual(['周宏亮']);
    expect(speakers('市民吴佳琪说，她每天坐公交上班。“现在方便多了。”')).toEqual(['吴佳琪']);
    expect(speakers('专家郑雨涵认为，新线很重要。他说：“这是城市的骨架。”')).toEqual(['郑雨涵']);
  });

  it('Chinese: the name opening the clause whose verb credits the words', () => {
    const visit =
      '开发区新建的光伏工厂昨日投产，首批组件发往欧洲。\n\n走进厂房，吴建平指着一排刚下线的组件说：“每块板都能查到来源。”吴建平是厂长。';
    expect(speakers(visit)).toEqual(['吴建平']);
  });

  it('never makes the reporting outlet a speaker: the one who told it speaks', () => {
    const story =
      'ТАСС / Экономика\n\nНовый мост откроют весной\n\nМОСКВА, 3 декабря. /ТАСС/. Строители завершили монтаж пролётов моста через реку.\n\n' +
      'Главный инженер проекта Ольга Ветрова в беседе с корреспондентом ТАСС назвала сроки «реалистичными». Движение откроют в апреле.';
    expect(parseClip(story).quotes).toEqual([{ speaker: 'Ольга Ветрова', text: 'реалистичными' }]);
  });

  it('a quotation with no attribution keeps the speaker of the one before it', () => {
    expect(speakers('“We start in May,” said Ilona Marsh. “The depot opens in June.”')).toEqual(['Ilona Marsh', 'Ilona Marsh']);
  });
});

describe('a body named in the headline', () => {
  it('is the speaker of its board’s statement, and reading it back breaks nothing', () => {
    const text = [
      'Calder Bank agrees takeover of Westmoor Building Society',
      'By Ann Lee',
      'The deal values the lender at £1bn, according to people familiar with it.',
      '"We are pleased to welcome members to the group," the society\'s board said in a statement.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Westmoor Building Society']);
  });
});

describe('a sentence ending on a colon', () => {
  it('credits the words after it to the person or body it opens on, whatever its verb', () => {
    expect(speakers('Plan\n\nMayor Ann Lee defended the plan: "It will work for everyone."')).toEqual(['Ann Lee']);
    expect(speakers('Kritik\n\nIntendantin Sabine Reuter-Lanz verteidigte die Länge: »Wir muten dem Publikum drei Stunden zu.«')).toEqual([
      'Sabine Reuter-Lanz',
    ]);
    // A name deep in the sentence is not its subject.
    expect(
      speakers('Plan\n\nThe vote in the hall after a long night with Ann Lee ended in a sign: "We will meet again soon, all of us."'),
    ).toEqual([null]);
  });
});
