import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

// Short stories in each of the clipper's languages; every outlet named below is invented.
const STORY = {
  en:
    'Council backs harbour wall repairs\n\n' +
    'The town council voted on Tuesday to rebuild the old harbour wall before the winter storms, after two nights of flooding left the lower streets under water.\n\n' +
    'Work starts next month and is due to finish in October, the harbour master said in a statement on Wednesday.',
  ru:
    'В городе отремонтируют набережную\n\n' +
    'Городская дума во вторник выделила деньги на ремонт старой набережной, которую весной дважды подтопила река.\n\n' +
    'Работы начнутся в следующем месяце и должны завершиться к октябрю, сообщили в мэрии.',
  uk:
    'У місті відремонтують набережну\n\n' +
    'Міська рада у вівторок виділила гроші на ремонт старої набережної, яку навесні двічі підтопила річка.\n\n' +
    'Роботи почнуться наступного місяця і мають завершитися до жовтня, повідомили в міськраді.',
  zh: '青岚市将修复老码头防波堤\n\n青岚市议会周二决定在冬季风暴到来之前重建老码头防波堤。此前连续两晚的洪水淹没了低洼街道。\n\n港务部门在声明中表示，工程将于下月开工，预计十月完工。',
  de:
    'Hafenmauer wird vor dem Winter erneuert\n\n' +
    'Der Stadtrat hat am Dienstag beschlossen, die alte Hafenmauer vor den Winterstürmen neu zu bauen, nachdem zwei Hochwassernächte die Unterstadt überflutet hatten.\n\n' +
    'Die Arbeiten beginnen im nächsten Monat und sollen im Oktober abgeschlossen sein, teilte das Hafenamt mit.',
  fr:
    'Le mur du port sera reconstruit avant l’hiver\n\n' +
    'Le conseil municipal a voté mardi la reconstruction du vieux mur du port avant les tempêtes d’hiver, après deux nuits d’inondations dans la ville basse.\n\n' +
    'Les travaux commenceront le mois prochain et doivent s’achever en octobre, a indiqué la capitainerie.',
};

const withFooter = (story: string, ...footer: string[]) => `${story}\n\n${footer.join('\n')}`;
const withHeader = (header: string, story: string) => {
  const [headline, ...rest] = story.split('\n\n');
  return `${header}\n${headline}\n\n${rest.join('\n\n')}`;
};
const sourceOf = (paste: string) => parseClip(paste).source;

describe('the outlet a copyright footer names', () => {
  it.each([
    [
      'a group’s name and the rights, in English',
      withFooter(STORY.en, '© 2025 Saltmarsh Media Group, All rights reserved'),
      'Saltmarsh Media',
    ],
    [
      'a quoted name after a Russian company’s legal form',
      withFooter(STORY.ru, '© 2024 ООО «Кедровый листок». Все права защищены.'),
      'Кедровый листок',
    ],
    ['a Ukrainian outlet’s name before the year', withFooter(STORY.uk, 'Поліський вісник © 2025. Усі права захищено.'), 'Поліський вісник'],
    ['a Chinese paper before 版权所有', withFooter(STORY.zh, '青岚晚报 版权所有 未经授权禁止转载'), '青岚晚报'],
    [
      'a German paper after the sign and the year',
      withFooter(STORY.de, '© 2025 Nordheider Rundschau – Alle Rechte vorbehalten'),
      'Nordheider Rundschau',
    ],
    ['a French paper after the sign', withFooter(STORY.fr, '© Le Réveil du Causse 2025 – Tous droits réservés'), 'Le Réveil du Causse'],
  ])('reads %s', (_, paste, outlet) => {
    expect(sourceOf(paste)).toBe(outlet);
  });

  it.each([
    [
      'a Russian site’s terms for quoting it',
      withFooter(STORY.ru, 'При использовании материалов ссылка на «Кедровый листок» обязательна.'),
      'Кедровый листок',
    ],
    [
      'a Ukrainian site’s terms for quoting it, by its address',
      withFooter(STORY.uk, 'При використанні матеріалів посилання на сайт polissia-example.ua обов’язкове.'),
      'polissia-example.ua',
    ],
    [
      'a Ukrainian copyright’s quoted name, over the address its terms ask a link to',
      withFooter(
        STORY.uk,
        '© 2009–2026 «Поліський вісник». Усі права захищено. Використання матеріалів — лише з гіперпосиланням на polissia-example.ua.',
      ),
      'Поліський вісник',
    ],
  ])('reads the outlet %s asks a link to', (_, paste, outlet) => {
    expect(sourceOf(paste)).toBe(outlet);
  });

  it('gives the brand a newsletter prompt names, not the company the copyright names', () => {
    const paste = withFooter(
      STORY.en,
      'Sign up to the Fenwick Post newsletter',
      '© 2024 Fenwick Post Publishing Ltd. All rights reserved.',
    );
    expect(sourceOf(paste)).toBe('Fenwick Post');
  });
});

describe('the outlet a source label or a reprint note names', () => {
  it.each([
    ['Source:', withFooter(STORY.en, 'Source: Harbourline Weekly'), 'Harbourline Weekly'],
    ['Quelle:', withFooter(STORY.de, 'Quelle: Nordheider Rundschau'), 'Nordheider Rundschau'],
    ['Источник:', withFooter(STORY.ru, 'Источник: Кедровый листок'), 'Кедровый листок'],
    ['来源：', withHeader('2025年03月04日 09:15　来源：青岚晚报', STORY.zh), '青岚晚报'],
    ['本文来源：', withFooter(STORY.zh, '本文来源：青岚晚报'), '青岚晚报'],
    [
      'Originally published in',
      withFooter(STORY.en, 'This story was originally published in The Ferrybridge Courier.'),
      'The Ferrybridge Courier',
    ],
    [
      'first appeared on',
      withFooter(STORY.en, 'This article first appeared on Harbourline Weekly and is republished here with permission.'),
      'Harbourline Weekly',
    ],
    ['Originally published by', withFooter(STORY.en, 'Originally published by the Kestrel Bay Chronicle.'), 'Kestrel Bay Chronicle'],
    [
      'publié initialement dans',
      withFooter(STORY.fr, 'Cet article a été publié initialement dans Le Réveil du Causse.'),
      'Le Réveil du Causse',
    ],
    ['erschien zuerst in', withFooter(STORY.de, 'Dieser Artikel erschien zuerst in der Nordheider Rundschau.'), 'Nordheider Rundschau'],
    ['впервые опубликован в', withFooter(STORY.ru, 'Материал впервые опубликован в издании «Кедровый листок».'), 'Кедровый листок'],
  ])('reads a `%s` line', (_, paste, outlet) => {
    expect(sourceOf(paste)).toBe(outlet);
  });
});

describe('the outlet a newsletter or an app names in its footer', () => {
  it.each([
    [
      'a newsletter subscription',
      withFooter(
        STORY.en,
        'You are receiving this email because you subscribed to the Brightwater Daily newsletter.',
        'Unsubscribe | Update preferences',
      ),
      'Brightwater Daily',
    ],
    [
      'a French newsletter subscription',
      withFooter(STORY.fr, 'Vous recevez cet e-mail car vous êtes abonné à la newsletter du Réveil du Causse.'),
      'Réveil du Causse',
    ],
    ['an app’s share footer', withFooter(STORY.en, 'Shared from the Brightwater Daily app'), 'Brightwater Daily'],
    ['an app’s sent-from footer', withFooter(STORY.de, 'Gesendet von der Nordheider Rundschau App'), 'Nordheider Rundschau'],
  ])('reads %s', (_, paste, outlet) => {
    expect(sourceOf(paste)).toBe(outlet);
  });

  it('takes no phone’s sent-from line for an outlet', () => {
    expect(sourceOf(withFooter(STORY.en, 'Sent from my phone'))).toBeNull();
  });
});

describe('the outlet a wire marker names', () => {
  it('reads an agency in brackets after the city', () => {
    const paste = STORY.en.replace('The town council', 'KESTREL BAY, Maine (Coastwire) — The town council');
    expect(sourceOf(paste)).toBe('Coastwire');
  });

  it('reads a release wire between slashes after the date', () => {
    const paste = STORY.en.replace('The town council', 'KESTREL BAY, Maine, March 3, 2026 /Tidewire/ -- The town council');
    expect(sourceOf(paste)).toBe('Tidewire');
  });
});

describe('the outlet a masthead or a caption names', () => {
  it.each([
    ['an English masthead above the headline', withHeader('The Kestrel Bay Chronicle', STORY.en), 'The Kestrel Bay Chronicle'],
    ['a Chinese masthead above the headline', withHeader('青岚晚报', STORY.zh), '青岚晚报'],
    [
      'a staff photographer’s credit',
      withHeader('', STORY.en).replace(
        '\n\n',
        '\n\nWaves break over the harbour wall on Monday. Photo: Jane Roe/The Kestrel Bay Chronicle\n\n',
      ),
      'The Kestrel Bay Chronicle',
    ],
    [
      'a Russian photographer’s credit with the paper in quotation marks',
      STORY.ru.replace('\n\n', '\n\nНабережная после паводка. Фото: Анна Лис / «Кедровый листок»\n\n'),
      'Кедровый листок',
    ],
  ])('reads %s', (_, paste, outlet) => {
    expect(sourceOf(paste.trim())).toBe(outlet);
  });
});

describe('the outlet a header or a sign-off credits', () => {
  const header = (lines: string, story: string) => withHeader('', story).replace('\n\n', `\n${lines}\n\n`).trim();
  it.each([
    ['a German byline with the paper after the name', header('Von Anna Berg, Nordheider Rundschau', STORY.de), 'Nordheider Rundschau'],
    ['a French byline with the wire in brackets', header('Par Léa Morin (AFP)', STORY.fr), 'AFP'],
    [
      'a freelance’s credit under the byline',
      header('By Jane Roe\nSpecial to the Kestrel Bay Chronicle', STORY.en),
      'Kestrel Bay Chronicle',
    ],
    ['a paper’s name before the timestamp', header('Kestrel Bay Chronicle · 3 March 2026', STORY.en), 'Kestrel Bay Chronicle'],
    ['a paper signing off after a dash', withFooter(STORY.en, '— Kestrel Bay Chronicle'), 'Kestrel Bay Chronicle'],
    [
      'a Chinese paper in brackets closing its own story',
      withFooter(STORY.zh.replace('青岚市议会', '本报讯（记者 李明）青岚市议会'), '（青岚晚报）'),
      '青岚晚报',
    ],
    [
      'the writer’s note under the story',
      withFooter(header('By Jane Roe', STORY.en), 'Jane Roe is a reporter for the Kestrel Bay Chronicle.'),
      'Kestrel Bay Chronicle',
    ],
  ])('reads %s', (_, paste, outlet) => {
    expect(sourceOf(paste)).toBe(outlet);
  });

  it('keeps a paper’s name before the timestamp out of the byline', () => {
    expect(parseClip(header('Kestrel Bay Chronicle · 3 March 2026', STORY.en)).byline).toEqual([]);
  });
});

describe('a headline holding a paper’s word', () => {
  it('is the headline, not a masthead', () => {
    const paste = STORY.en.replace(
      'Council backs harbour wall repairs\n\n',
      'Harbour Post Office Reopens\nResidents queued for parcels as the branch opened its doors again\n\n',
    );
    const clip = parseClip(paste);
    expect(clip.title).toBe('Harbour Post Office Reopens');
    expect(clip.source).toBeNull();
  });
});

describe('no outlet', () => {
  it.each([
    ['an outlet the story only quotes', STORY.en.replace('said in a statement on Wednesday.', 'told Harbourline Weekly on Wednesday.')],
    [
      'an agency the story only quotes, in Russian',
      STORY.ru.replace('сообщили в мэрии.', 'рассказал мэр в интервью агентству «Кедровый листок».'),
    ],
    [
      'an agency the story only quotes, in German',
      STORY.de.replace('teilte das Hafenamt mit.', 'sagte der Bürgermeister der Nachrichtenagentur Coastwire.'),
    ],
    [
      'a photo agency’s credit alone',
      STORY.en.replace('\n\n', '\n\nWaves break over the harbour wall. Photo: Jane Roe/Shutterpoint Images\n\n'),
    ],
    ['a social network in a share bar', withHeader('Share on Mastodon\nShare on Bluesky\nCopy link', STORY.en)],
    ['a Chinese share bar', withFooter(STORY.zh, '分享到：微信 微博 QQ空间')],
    ['a press service credited as the source', withFooter(STORY.ru, 'Источник: пресс-служба мэрии')],
    ['a note that another site reprinted the story', withFooter(STORY.en, 'This article was reprinted on Harbourline Weekly.')],
    ['a note dating the story', withFooter(STORY.en, 'Originally published on March 3, 2026.')],
  ])('is named by %s', (_, paste) => {
    expect(sourceOf(paste)).toBeNull();
  });
});
