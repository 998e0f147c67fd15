import { describe, expect, it } from 'vitest';
import { readPrintFooter } from '../../../electron/shared/clipper/print-footer.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { isHeadlineLike } from '../../../electron/shared/clipper/title.js';
import { forwardedFrom } from '../../../electron/shared/clipper/source.js';

const RUSSIAN_STORY = [
  'Нина Захаровна пришла в трамвайное депо в 1984 году и с тех пор, по её подсчётам, продала больше миллиона билетов.',
  '«Раньше пассажиры разговаривали со мной, а теперь все в телефонах», — смеётся она.',
  'За эти годы она сменила больше десяти вагонов и пережила три реформы оплаты проезда: от бумажных билетов к проездным, а потом к банковским картам.',
  'Проводы устроили прямо в вагоне на маршруте № 7. Директор предприятия Олег Кочнев вручил ей почётную грамоту.',
];

describe('an edition’s line over a cutting or an e-paper page', () => {
  it('reads the paper in quotation marks, its issue, the day, the page and the section', () => {
    expect(readPrintFooter('«Примерская правда» № 47 (12 311) | Четверг, 21 ноября 2024 г. | Стр. 5 | Общество')).toMatchObject({
      outlet: 'Примерская правда',
      date: { year: 2024, month: 11, day: 21 },
    });
    expect(readPrintFooter('Газета «Подільська новина» | Економіка | 10.05.2025 | с. 3')).toMatchObject({ outlet: 'Подільська новина' });
    expect(readPrintFooter('Example-Kurier · Ausgabe Nord · Montag, 6. Oktober 2025 · Seite 11 · Kultur')).toMatchObject({
      outlet: 'Example-Kurier',
      date: { year: 2025, month: 10, day: 6 },
    });
  });

  it('reads a Chinese e-edition’s line whose spaces a paste made plain', () => {
    expect(readPrintFooter('滨海晚报 2025年08月09日 星期六 第05版:城市')).toMatchObject({
      outlet: '滨海晚报',
      date: { year: 2025, month: 8, day: 9 },
    });
  });

  it('takes a newsletter’s numbered issue for its day alone: the letter’s name is not the outlet', () => {
    expect(readPrintFooter('Ранкова пошта · Випуск №212 · Вівторок, 7 жовтня 2025')).toEqual({
      outlet: null,
      date: expect.objectContaining({ year: 2025, month: 10, day: 7 }),
      cutting: false,
    });
    expect(readPrintFooter('Vendredi 3 mars 2026')).toBeNull();
  });

  it('is neither the headline nor left out of the story’s fields', () => {
    const text = [
      '«Примерская правда» № 47 (12 311) | Четверг, 21 ноября 2024 г. | Стр. 5 | Общество',
      'Кондуктор с тридцатилетним стажем',
      'В городе проводили на пенсию старейшего трамвайного кондуктора',
      ...RUSSIAN_STORY,
      'Ирина ГУСЕВСКАЯ',
      'Фото автора',
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.title).toBe('Кондуктор с тридцатилетним стажем');
    expect(clip.date).toBe('2024-11-21');
    expect(clip.source).toBe('Примерская правда');
    expect(clip.byline).toEqual(['Ирина Гусевская']);
  });
});

describe('a page’s stamp of when it changed', () => {
  it('is never a headline', () => {
    expect(isHeadlineLike('Обновлено 2 часа назад')).toBe(false);
    expect(isHeadlineLike('Il y a 3 heures')).toBe(false);
    expect(isHeadlineLike('昨天 21:14 来自 微博 weibo.com 已编辑')).toBe(false);
    expect(isHeadlineLike('Yesterday 21:14 via Example for iPhone')).toBe(false);
    expect(isHeadlineLike('Ferry to resume at 6:30 after two-day strike')).toBe(true);
  });

  it('leaves the headline under it to head the story', () => {
    const text = [
      'Il y a 3 heures',
      'Toulon : des massifs fermés au public en raison du risque d’incendie',
      'Toulon (AFP) - Trois massifs forestiers seront fermés au public mercredi en raison d’un risque d’incendie jugé « très sévère », a annoncé la préfecture.',
      'Le vent, soufflant jusqu’à 80 km/h, et la sécheresse rendent la végétation « extrêmement inflammable », selon Météo-France.',
      '« Nous préférons fermer une journée que de perdre une forêt pour cinquante ans », a déclaré le sous-préfet Antoine Valbrand.',
    ].join('\n');
    expect(parseClip(text).title).toBe('Toulon : des massifs fermés au public en raison du risque d’incendie');
  });
});

describe('a messenger’s forward', () => {
  it('names the channel it came from as the outlet, not as a writer', () => {
    expect(forwardedFrom('Переслано от Новости Примерска | НП')).toBe('Новости Примерска');
    expect(forwardedFrom('Forwarded from Example Daily')).toBe('Example Daily');
    const text = [
      'Переслано от Новости Примерска | НП',
      '⚡️Мост через реку закроют на ночь из-за ремонта',
      'Коммунальный мост будет полностью закрыт для движения с 23:00 до 05:00 в ночь на среду, сообщили в мэрии.',
      '«Днём такие работы проводить нельзя: мост не выдержит пробок», — пояснил заместитель мэра Олег Сомов.',
      'Автобусы пригородных маршрутов пустят в объезд. Таксисты уже предупреждают о росте цен на ночные поездки.',
    ].join('\n\n');
    const clip = parseClip(text);
    expect(clip.source).toBe('Новости Примерска');
    expect(clip.byline).toEqual([]);
  });
});

describe('a Cyrillic paper’s name before the timestamp', () => {
  it('is the outlet, though it capitalises its first word only', () => {
    const text = [
      'Интервью',
      '«Очереди мы победим расписанием»: главврач о новой поликлинике',
      'Северная неделя · 3 февраля 2026',
      'Беседовал Пётр Сомов',
      'В январе в Кировском районе открылась городская поликлиника на четыреста посещений в смену. Мы поговорили с её главным врачом.',
      '— Поликлинику ждали с 2019 года. Почему так долго?',
      '— Стройка дважды останавливалась. Первый подрядчик обанкротился, второй не справился с инженерными сетями.',
    ].join('\n');
    expect(parseClip(text).source).toBe('Северная неделя');
  });
});

describe('notes and prompts around a story', () => {
  it('take the outlet from a prompt to install its app, named in quotation marks', () => {
    const text = [
      'У місті на півтора року закриють рух мостом',
      'Олеся Гнатюк',
      'Рух транспорту мостом через залізницю закриють із першого квітня на вісімнадцять місяців, повідомили в міській раді.',
      '«Міст у критичному стані, відкладати ремонт далі неможливо», — сказав заступник міського голови Андрій Мельник.',
      'Трамваї на цей час підуть в обхід, а для автобусів облаштують тимчасову смугу.',
      'Завантажте застосунок «Ранкова газета»',
    ].join('\n\n');
    expect(parseClip(text).source).toBe('Ранкова газета');
  });

  it('never take a greeting to the one the mail is sent to for the headline', () => {
    expect(isHeadlineLike('Hallo Katrin, schau mal, das betrifft doch deinen Bruder?')).toBe(false);
    expect(isHeadlineLike('Hi Tom, thought you would want to see this')).toBe(false);
    expect(isHeadlineLike('Hello Kitty maker posts record profit')).toBe(true);
  });
});
