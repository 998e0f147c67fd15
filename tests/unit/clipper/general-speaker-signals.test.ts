import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('a speaker named back by a declined surname, a role, a pronoun', () => {
  it('credits a woman’s surname in the genitive to her full name', () => {
    expect(
      speakers(
        'Рынок закроют\n\n«Мы торгуем здесь двадцать лет», — рассказала продавщица Зоя Кудрявцева.\n\nПо словам Кудрявцевой, «замены рынку никто не предложил».',
      ),
    ).toEqual(['Зоя Кудрявцева', 'Зоя Кудрявцева']);
  });

  it('credits a role after the verb to the one the text named with it, whatever follows the role', () => {
    expect(
      speakers(
        'Les digues tiendront\n\nLe directeur du port, Étienne Maraval, a fait le tour des quais.\n\n« Les digues tiendront cet hiver », a assuré le directeur devant les élus mardi.',
      ),
    ).toEqual(['Étienne Maraval']);
  });

  it('gives a French pronoun riding on its verb the sex of the person it points to', () => {
    expect(
      speakers(
        'Boulangerie\n\nLa boulangère Agnès Torreilles a vendu son fonds. Le pâtissier Gaspard Lemonnier, dont la vitrine fait face à la sienne, la regrette. « Sans elle, la rue sera triste », soupire-t-il.',
      ),
    ).toEqual(['Gaspard Lemonnier']);
  });

  it('takes a person described by age after a comma as the one a later pronoun means', () => {
    expect(
      speakers(
        'Apprentis\n\nLa cheffe Odette Brassac forme des apprentis. L’un d’eux, Lucas Ferrandi, 19 ans, a quitté le lycée pour la cuisine. « Je ne regrette rien », sourit-il.',
      ),
    ).toEqual(['Lucas Ferrandi']);
  });

  it('credits a term with `parle de` or `appelle à` to the subject', () => {
    expect(
      speakers(
        'Canal\n\nLe géographe Paulin Vercors parle d’un « été sans fin » pour le canal. La syndicaliste Maëlle Dufay appelle à « ouvrir les écluses la nuit ».',
      ),
    ).toEqual(['Paulin Vercors', 'Maëlle Dufay']);
  });
});

describe('German subjects', () => {
  it('reads an article and noun after a second-place verb as its object, not a role before a name', () => {
    expect(
      speakers(
        'Brücke über die Ilm wird später fertig\n\nDie neue Brücke über die Ilm wird erst im Mai fertig. „Wir haben mit dem Wetter kein Glück gehabt“, sagte Stadtbaurätin Helga Sturmfels am Montag im Rathaus.\n\nDie Opposition sprach von Versäumnissen der Verwaltung. Sturmfels wies die Vorwürfe zurück: „Der Zeitplan stand immer fest.“',
      ),
    ).toEqual(['Helga Sturmfels', 'Helga Sturmfels']);
  });

  it('credits a quotation that goes on from reported speech to the titled person opening the paragraph', () => {
    expect(
      speakers(
        'Molkerei\n\nGeschäftsführer Armin Wohlgemuth wirkte gelassen. Die Preise würden bald wieder steigen. „Wir haben schon schlimmere Jahre erlebt.“',
      ),
    ).toEqual(['Armin Wohlgemuth']);
  });

  it('reads `sie` after a late verb as the body whose noun opens the sentence', () => {
    expect(
      speakers(
        'Fusion\n\nDas Landeskartellamt Nordheide prüft die Übernahme der Brauerei Kessler durch die Getränke Union AG. Die Behörde sehe „gewichtige Bedenken“, ob der Markt offen bleibe, teilte sie am Freitag mit.',
      ),
    ).toEqual(['Landeskartellamt Nordheide']);
  });
});

describe('Chinese speakers', () => {
  it('reads a name before what the speaker does meanwhile and the verb', () => {
    expect(speakers('老街茶馆重开\n\n“茶还是老味道，价钱也没涨。”68岁的老茶客杜庆生一边喝一边说。')).toEqual(['杜庆生']);
  });

  it('reads `告诉我们` as a speech verb', () => {
    expect(speakers('湿地观鸟\n\n“今年来越冬的白鹭比去年多了一倍。”护林员韦春和告诉我们，保护区还新建了观鸟台。')).toEqual(['韦春和']);
  });

  it('reads when before where between the name and the verb', () => {
    expect(
      speakers('工厂扩产\n\n公司副总经理邝志远当晚在接受记者采访时表示，新厂房下月投产。“产能会提高三成。”他说，订单已经排到明年。'),
    ).toEqual(['邝志远']);
  });
});

describe('the subject of a speech verb, whatever stands between', () => {
  it('takes a name with an apposition set off before its speech verb as the one a pronoun means', () => {
    expect(
      speakers(
        'Pool to close\n\n"The pool is losing money every month," said the treasurer, Colin Ashdown.\n\nCouncillor Derek Fanshawe, the only one to object, said he backed the plan in principle. "We are rushing a decision that will last twenty years," he said.',
      ),
    ).toEqual(['Colin Ashdown', 'Derek Fanshawe']);
  });

  it('takes a name set off by commas after a role as the subject a pronoun means', () => {
    expect(
      speakers(
        'Суд над подрядчиком\n\n«Мы требовали вернуть деньги», — сказала представитель мэрии Ирина Зотова.\n\nЖители следили за процессом. Одна из них, учительница Алла Мезенцева, пришла на заседание сама. «Я писала жалобы три года», — сказала она.',
      ),
    ).toEqual(['Ирина Зотова', 'Алла Мезенцева']);
  });

  it('takes a name with a relative clause after a preposition as the one a pronoun means', () => {
    expect(
      speakers(
        'Пандуси в місті\n\n«Ми працюємо за графіком», — сказала речниця мерії Олена Ткач.\n\nЇї засновниця Дарина Якименко, з якою я говорив для цієї статті, їздить на візку. «На околицях я не можу дістатися навіть зупинки», — сказала вона мені.',
      ),
    ).toEqual(['Олена Ткач', 'Дарина Якименко']);
  });

  it('takes a name after a long role and before where it was said as the subject', () => {
    expect(
      speakers(
        'Дороги в місті\n\nЗаступник міського голови з питань транспорту Олег Бондар на засіданні ради сказав, що дороги «ремонтуються за графіком».',
      ),
    ).toEqual(['Олег Бондар']);
  });

  it('takes a full name right before the verb over an office named before it', () => {
    expect(
      speakers(
        'Теплові насоси\n\nГолова Представництва Фонду енергоефективності в Україні Ганс Ріттер назвав проєкт «взірцем для інших громад».',
      ),
    ).toEqual(['Ганс Ріттер']);
  });
});

describe('an interview answer', () => {
  it('credits a quotation in a Chinese answer to the name labelling it', () => {
    expect(
      speakers(
        '储能企业出海\n\n记者：合规成本会削弱价格优势吗？\n\n邵宁川：眼下成本确实上去了。我总对同事说一句话：“拼价格的时候过去了，拼的是服务。”',
      ),
    ).toEqual(['邵宁川']);
  });

  it('credits an unattributed quotation in an answer to the person its label names', () => {
    expect(
      speakers(
        'Interview: the harbour master\n\nWe spoke to harbour master Ingrid Halvorsen about the winter.\n\nQ: Is the port ready for the storms?\n\nHalvorsen: Mostly. There is a sign on my door. "We are as ready as the sea allows."',
      ),
    ).toEqual(['Ingrid Halvorsen']);
  });
});

describe('a body as the speaker', () => {
  it('reads `and` after a body’s noun as part of its name, not two speakers', () => {
    expect(
      speakers(
        'Pilots strike\n\nThe Ministry of Harbours and Coastal Affairs said in a statement that it saw “no legal basis” for changing the rules before 2027.',
      ),
    ).toEqual(['Ministry of Harbours and Coastal Affairs']);
  });
});
