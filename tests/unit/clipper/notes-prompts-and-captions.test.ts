import { describe, expect, it } from 'vitest';
import { isCruftLine } from '../../../electron/shared/clipper/cruft.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('editors’ notes, prompts and caption credits in the clipper’s languages', () => {
  it.each([
    ['a wire’s note of what a version adds', ['(Adds mayor’s comment, paragraphs 3-4)', '(Updates with closing prices)']],
    [
      'a share button naming what it shares',
      ['Share this story', 'Поделиться новостью', 'Поділитися трансляцією', 'Diesen Beitrag teilen'],
    ],
    [
      'a link to the rest of a section',
      ['All news from the valley', 'Все новости Примерска', 'Всі новини району', 'Читати більше колонок'],
    ],
    ['a Ukrainian “see also” link', ['Дивіться також: Як пройшов перший тиждень ярмарку']],
    ['a call for readers’ tips', ['Got a story? Email desk@example.com or call 555 0101', 'Есть новость? Пишите нам в мессенджер']],
    [
      'a note that the piece was cut or runs in full elsewhere',
      [
        'Інтерв’ю скорочене та відредаговане.',
        'Интервью было сокращено и отредактировано.',
        'Полная версия интервью — в мартовском номере журнала.',
        'The full interview appears in the spring issue.',
      ],
    ],
    [
      'a disclaimer that the author speaks for no one else',
      ['Позиція автора може не збігатися з позицією редакції.', 'Точка зрения автора может не совпадать с позицией редакции.'],
    ],
    [
      'terms for quoting the site',
      [
        'При использовании материалов сайта активная гиперссылка на источник обязательна.',
        'При цитуванні матеріалів посилання на сайт обов’язкове.',
        'When using our content, a link to the source is required.',
      ],
    ],
    ['a betting notice', ['Ставки на спорт — лише для осіб від 21 року. Грайте відповідально.', 'Please gamble responsibly. 18+']],
    [
      'a caption closing on its credit',
      [
        'La nouvelle halle du marché, ouverte en mai. DR',
        'Ирина Соколова на берегу озера. Фото из личного архива',
        '图为游客在湖边观鸟。李明 摄',
        '图为新建成的步行桥',
      ],
    ],
    [
      'an aggregator’s button to follow the outlet',
      ['Добавить Примерские вести в источники', 'Add Example Post to your preferred sources'],
    ],
    ['a note that a paywalled story is free', ['Cet article vous est offert. Abonnez-vous pour soutenir la presse locale.']],
    [
      'a heading that closes a release',
      ['À propos de l’université Example III – Jean-Martin', 'Originalpublikation:', 'Original publication:'],
    ],
    ['a sign-off or a WeChat post’s furniture', ['（完）', '扫一扫，分享到朋友圈', '本文为本报原创，未经授权不得转载', '原创 某某晚报']],
  ])('%s', (_, lines) => {
    for (const line of lines) expect(isCruftLine(line), line).toBe(true);
  });

  it.each([
    'Share prices fell sharply on Monday',
    'Поделиться опытом приехали учителя из трёх районов области, которые работают по новой программе.',
    'All news outlets were barred from the hearing, the court said.',
    'Le maire a présenté le projet aux habitants jeudi soir.',
    'При использовании этого метода точность выросла вдвое, сообщили учёные.',
    'Он сказал, что интервью было важным для него.',
    'When using the app, riders can link their cards to a single account.',
  ])('leaves the story’s own line: %s', (line) => {
    expect(isCruftLine(line)).toBe(false);
  });

  it.each(['Les plus lus', 'Самое читаемое', 'Найчитаніше'])('drops the most-read list under %s with its links', (heading) => {
    const clip = parseClip(
      [
        'Le pont rouvre aux piétons',
        'La passerelle rouvre ce lundi après six mois de travaux, a annoncé la mairie dans un communiqué publié vendredi.',
        'Les cyclistes devront encore attendre deux semaines avant de pouvoir emprunter le nouvel ouvrage, précise la ville.',
        '',
        heading,
        'Un autre titre sur la rentrée scolaire dans le quartier',
      ].join('\n'),
    );
    expect(clip.paragraphs.join('\n')).not.toContain('rentrée scolaire');
  });

  it('drops a sign-off and the editor’s line after it from a Chinese wire story', () => {
    const clip = parseClip(
      [
        '新桥今日通车',
        '本报讯 5月10日，连接两岸的新桥正式通车，市民步行即可往返两岸。',
        '据介绍，大桥全长820米，历时三年建成。',
        '（完）',
        '【编辑：王某】',
      ].join('\n'),
    );
    expect(clip.paragraphs.join('\n')).not.toContain('（完）');
  });
});
