import { describe, expect, it } from 'vitest';
import { isCruftLine } from '../../../electron/shared/clipper/cruft.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('an editor’s note on the story itself', () => {
  it.each([
    'Correction: An earlier version of this story gave the wrong opening date for the bridge.',
    'An earlier version of this article misstated the number of new drivers.',
    'Hinweis: In einer früheren Fassung dieses Artikels stand ein falsches Datum für die Eröffnung.',
    'Dans une précédente version de cet article, nous indiquions que la ligne ouvrirait en mai.',
    'В предыдущей версии статьи была неверно указана дата открытия моста.',
    'У попередній версії статті було помилково вказано дату відкриття мосту.',
    '本文此前版本中的开通日期有误，现已更正。',
    'This story is being updated.',
    'Der Artikel wird laufend aktualisiert.',
    'Новость дополняется',
    'Новина доповнюється',
  ])('%s is furniture', (line) => {
    expect(isCruftLine(line)).toBe(true);
  });

  it('is not a story’s sentence about versions of other texts', () => {
    for (const line of [
      'An earlier version of the bill would have closed the depot, the minister said.',
      'Die frühere Fassung des Gesetzes sah eine Schließung des Depots vor.',
      'В предыдущей версии законопроекта депо предлагали закрыть.',
    ])
      expect(isCruftLine(line), line).toBe(false);
  });
});

describe('a prompt to write to the paper', () => {
  it.each([
    'Do you have a view on this? Write to us at letters@example.org',
    'Send your letters to editor@example.com',
    'Schreiben Sie uns an leserbriefe@beispiel.de',
    'Écrivez-nous à courrier@exemple.fr',
    'Пишите нам на почту letters@primer.ru',
  ])('%s is furniture', (line) => {
    expect(isCruftLine(line)).toBe(true);
  });

  it('is not a sentence that gives an address in the story', () => {
    expect(isCruftLine('Residents can send their objections to the council until Friday at planning@example.gov.')).toBe(false);
  });
});

describe('a Chinese caption closing on who gave the picture', () => {
  it.each([
    '工人在新建的站台上施工。（某某建设公司供图）',
    '游客在湖边拍照。（资料图）',
    '游客在湖边拍照。（图片来源：网络）',
    '夜色中的新大桥。某某区宣传部供图',
  ])('%s is furniture', (line) => {
    expect(isCruftLine(line)).toBe(true);
  });

  it('is not a paragraph that names who provided the figures', () => {
    expect(isCruftLine('今年上半年，全市新增公交线路十二条，数据由市交通局提供。')).toBe(false);
  });
});

describe('buttons and counts in the clipper’s other languages', () => {
  it.each([
    ['back to the top', ['Nach oben', 'Retour en haut', 'Наверх', 'Вгору', '返回顶部']],
    ['report an error', ['Fehler melden', 'Signaler une erreur', 'Сообщить об ошибке', 'Повідомити про помилку']],
    ['read on', ['Weiterlesen', 'Lire la suite', 'Читать далее', 'Читати далі']],
    [
      'the story goes on after an advertisement',
      ['Weiterlesen nach der Anzeige', 'La suite après cette publicité', 'Продолжение после рекламы'],
    ],
    ['a count of comments', ['12 comments', '3 commentaires', '5 Kommentare']],
    ['a newsletter prompt', ['Melden Sie sich für unseren Newsletter an', 'Подпишитесь на нашу рассылку']],
    ['a paywall', ['This content is for subscribers only.', 'Вже маєте підписку? Увійдіть']],
    ['a channel prompt', ['Suivez-nous sur Twitter']],
    ['a comment form', ['Leave a reply', 'Kommentar schreiben', 'Laisser un commentaire', 'Оставить комментарий', '发表评论']],
    [
      'a link to the next or last story',
      ['Next article', 'Vorheriger Artikel', 'Article précédent', 'Следующая статья', 'Попередня стаття'],
    ],
    ['a feedback question', ['Was this article helpful?', 'War dieser Artikel hilfreich?', 'Была ли статья полезной?']],
    ['an app prompt', ['Laden Sie sich unsere App herunter', 'Téléchargez notre application', 'Скачайте наше приложение']],
    ['a sponsor’s label', ['Contenu sponsorisé', 'На правах рекламы', 'На правах реклами']],
  ])('%s', (_, lines) => {
    for (const line of lines) expect(isCruftLine(line), line).toBe(true);
  });

  it('leaves a story’s sentence on a newsletter’s readers', () => {
    expect(isCruftLine('Рассылка набрала десять тысяч подписчиков за первый месяц, рассказал редактор.')).toBe(false);
  });
});

describe('a pasted story with an editor’s note and a letters prompt', () => {
  const paste = [
    'Night buses to reach six more villages',
    'The regional council will extend its night bus network to six more villages from March, officials said on Tuesday.',
    'The new routes will run every hour between midnight and five in the morning.',
    '"People who work late shifts have had no way home for years," said council member Ann Reyes.',
    'An earlier version of this article gave the wrong start date for the routes.',
    'Do you have a view on this? Write to us at letters@example.org',
  ].join('\n\n');

  it('keeps the story and drops both notes', () => {
    const body = parseClip(paste).paragraphs.join('\n');
    expect(body).toContain('People who work late shifts');
    expect(body).toContain('every hour between midnight');
    expect(body).not.toContain('earlier version');
    expect(body).not.toContain('Write to us');
  });
});
