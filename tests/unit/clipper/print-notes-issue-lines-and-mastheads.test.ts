import { describe, expect, it } from 'vitest';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { sourceFromTag } from '../../../electron/shared/clipper/source.js';

const FRENCH_STORY = [
  'Au petit matin, les barques glissent encore sur l’eau grise du lac. Ils ne sont plus que sept pêcheurs professionnels à y jeter leurs filets, contre une trentaine il y a quarante ans.',
  '« On pêche moins, mais on pêche mieux », assure Hervé Malandain, qui a repris la licence de son père en 1998. Le corégone se fait rare, la perche aussi, et les restaurateurs achètent désormais en Suisse.',
  'La direction départementale dit vouloir maintenir au moins six licences. Les pêcheurs, eux, réclament surtout des contrôles plus stricts sur les rejets des stations d’épuration en amont.',
];

describe('a print edition’s note under the story', () => {
  it('dates the story, and the paper signing under it is the outlet', () => {
    const text = [
      'Les derniers pêcheurs du lac',
      'Par Odile Vernaz',
      ...FRENCH_STORY,
      'Reportage paru dans notre édition du samedi 14 mars 2026.',
      'Le Courrier des Cimes',
      'Partager sur Facebook · X · Copier le lien',
    ].join('\n\n');
    const clip = parseClip(text);
    expect(clip.date).toBe('2026-03-14');
    expect(clip.source).toBe('Le Courrier des Cimes');
  });

  it('dates it in German too', () => {
    const text = [
      'Die letzten Fischer vom See',
      'Von Odile Vernaz',
      'Am frühen Morgen gleiten die Boote noch über das graue Wasser. Nur noch sieben Berufsfischer werfen hier ihre Netze aus, vor vierzig Jahren waren es dreißig.',
      '„Wir fangen weniger, aber besser“, sagt Hervé Malandain, der die Lizenz seines Vaters 1998 übernommen hat. Felchen werden selten, auch der Barsch.',
      'Die Behörde will mindestens sechs Lizenzen erhalten. Die Fischer fordern vor allem strengere Kontrollen der Kläranlagen am Oberlauf.',
      'Erschienen in der Printausgabe vom 14. März 2026.',
    ].join('\n\n');
    expect(parseClip(text).date).toBe('2026-03-14');
  });
});

describe('a newsletter’s issue line', () => {
  it('dates the story it leads with, though it prints no time', () => {
    const text = [
      'Voir la version en ligne',
      'LA LETTRE DU MATIN',
      'Mardi 3 mars 2026 · n° 1 204',
      'Bonjour à toutes et à tous,',
      'Ce matin : les pêcheurs du lac, le budget de la ville et la météo du week-end. Bonne lecture !',
      'À LA UNE',
      'Les derniers pêcheurs du lac tiennent bon',
      'Par Odile Vernaz',
      ...FRENCH_STORY,
      '→ Lire l’article complet sur lettredumatin.example.fr',
      'LES AUTRES TITRES DU JOUR',
      '• Budget 2027 : la ville gèle les taux',
      '• Météo : premiers flocons attendus en altitude',
      'Vous recevez cette lettre car vous êtes inscrit(e) à La Lettre du matin.',
      'Se désabonner | Gérer mes préférences',
    ].join('\n');
    expect(parseClip(text).date).toBe('2026-03-03');
  });
});

describe('a wire’s copyright with its year after the name', () => {
  it('gives the year a dateline leaves out', () => {
    const text = [
      'В Мезень запустят круглогодичные рейсы',
      'ПРИМЕРСК, 30 ноября. /ПИА/. Авиакомпания «Северные линии» с 15 декабря начнёт выполнять круглогодичные рейсы из Примерска в Мезень, сообщили в понедельник в министерстве транспорта региона.',
      'Билеты для жителей области будут стоить на 40% дешевле благодаря субсидии из регионального бюджета. Первый рейс запланирован на утро 15 декабря.',
      'В прошлом году рейсы в Мезень выполнялись только летом. Перевозчик получил для этого два новых самолёта.',
      '© ПИА, 2026. Все права защищены.',
    ].join('\n\n');
    expect(parseClip(text).date).toBe('2026-11-30');
  });
});

describe('credits and mastheads in other shapes', () => {
  it('reads `Матеріал підготувала` as the writer’s credit', () => {
    expect(readBylineLine('Матеріал підготувала Ярина Коваль')?.names).toEqual(['Ярина Коваль']);
    expect(readBylineLine('Материал подготовил Пётр Сомов')?.names).toEqual(['Пётр Сомов']);
  });

  it('takes a magazine named at the head of its breadcrumb as the outlet', () => {
    const text = [
      'Журнал «Северная наука» / Интервью',
      '«Болото — это не пустое место на карте»',
      'Беседовал Пётр Сомов',
      'Торфяники занимают почти треть территории области, но изучены хуже лесов. Мы поговорили с гидрологом о том, почему их нельзя осушать.',
      '— Зачем вообще изучать болота?',
      '— Болото хранит углерод тысячелетиями. Если его осушить, торф начинает гореть и выделять газы, которые накапливались веками.',
    ].join('\n\n');
    expect(parseClip(text).source).toBe('Северная наука');
  });

  it('reads a column’s writer named with her trade in lower case under the headline', () => {
    const text = [
      'Мнение',
      'Почему малые города теряют выпускников',
      'Ирина Вольская, социолог',
      '18 апреля 2024',
      'Каждую весну я спрашиваю выпускников школ, где они видят себя через пять лет. Ответ почти всегда один и тот же: где угодно, только не здесь.',
      'Дело не только в зарплатах. Молодые люди уезжают туда, где есть выбор — работы, учёбы, досуга. В городе с населением в сорок тысяч этого выбора нет.',
    ].join('\n');
    expect(parseClip(text).byline).toEqual(['Ирина Вольская']);
  });

  it('takes an evening paper’s masthead for the outlet', () => {
    const text = [
      'Вечерний Примерск',
      'Суд',
      'Арбитражный суд взыскал с перевозчика 12 млн рублей',
      'Павел Демин',
      '3 июня 2024',
      'Арбитражный суд области удовлетворил иск министерства транспорта к компании «Речной транспорт». Перевозчик должен вернуть в бюджет 12 млн рублей субсидий.',
      'Как пояснили в пресс-службе суда, компания не выполнила условия контракта: паром между городом и посёлком не ходил почти два месяца.',
    ].join('\n\n');
    expect(parseClip(text).source).toBe('Вечерний Примерск');
  });

  it('cuts a Chinese source line’s reprint terms from the outlet', () => {
    expect(sourceFromTag('本文来源：江南财讯网 未经授权不得转载')).toBe('江南财讯网');
    expect(sourceFromTag('来源：江南财讯网，转载请注明出处')).toBe('江南财讯网');
  });
});

describe('a Chinese public account’s article', () => {
  const text = [
    [
      '原创 林晓岚 城南周末 2026年12月05日 19:30 云南',
      '点击上方蓝字「城南周末」关注我们',
      '候鸟回来的第三十个冬天，湖边的“喂鸟人”换了一代',
    ].join('\n'),
    '今年的候鸟比往年早到了五天。',
    '11月上旬，第一批候鸟飞抵湖区。据市林业部门的监测数据，截至12月初，在这里越冬的候鸟已经超过四万只，比去年同期多出两成。',
    '早上八点，湖边的石桥上已经站满了人。六十八岁的老人提着一袋鸟粮，熟练地把粮食抛向空中，几十只候鸟立刻围了上来。',
    '越来越多的年轻人加入了护鸟志愿者的队伍。志愿者们每天轮流值守，劝阻追赶候鸟和近距离闪光拍照的游客。',
    'END',
    [
      '文｜林晓岚',
      '图｜网友投稿',
      '编辑｜周一鸣',
      '审核｜吴启',
      '往期推荐',
      '这10家老字号面馆，你吃过几家？',
      '阅读原文',
      '分享 收藏 点赞 在看',
    ].join('\n'),
  ].join('\n\n');

  it('is headed by its headline, not by the one-sentence lede under it', () => {
    expect(parseClip(text).title).toBe('候鸟回来的第三十个冬天，湖边的“喂鸟人”换了一代');
  });

  it('credits its writer by `文｜`, not its photographer or editor', () => {
    expect(parseClip(text).byline).toEqual(['林晓岚']);
  });
});
