import { describe, expect, it } from 'vitest';
import { isCruftLine } from '../../../electron/shared/clipper/cruft.js';

describe('page furniture in the clipper’s languages', () => {
  it.each([
    ['a listen button', ['Artikel anhören', 'Écouter cet article', 'Прослушать статью', 'Послухати статтю', '语音播报']],
    ['a share button or bar', ['Partager cet article', 'Поделиться статьей', 'Поділитися новиною', '分享：微信 微博 复制链接']],
    ['a bracketed Chinese label', ['【延伸阅读】', '【相关阅读】']],
    ['a read count', ['阅读 1.2万', '浏览量：3200', '2.1万 阅读']],
    ['a heading over partners’ stories or topics', ['Новости партнеров', 'Новини партнерів', 'Suggested Topics:']],
    [
      'a gallery link with its count',
      ['Bildergalerie: Die schönsten Bilder vom Umzug (18 Fotos)', 'Diaporama : la fête du village (12 photos)'],
    ],
    [
      'a call for support or letters',
      [
        'Підтримайте незалежну журналістику — станьте нашим патроном',
        'Soutenez le journalisme local',
        'Have your say: email letters@example.com',
      ],
    ],
    [
      'a meter of free articles',
      ['Vous avez lu 2 articles gratuits ce mois-ci. Abonnez-vous pour continuer à nous lire.', 'Вы прочитали 3 из 5 бесплатных статей'],
    ],
  ])('%s', (_, lines) => {
    for (const line of lines) expect(isCruftLine(line), line).toBe(true);
  });

  it('leaves the story’s sentences that use the same words', () => {
    for (const line of [
      'Er sagte, die Galerie zeige nun mehr Werke als je zuvor (24 Fotos seien neu).',
      'Підтримайте армію — це головне, сказав він журналістам після засідання.',
      'Les lecteurs ont lu 2 articles gratuits par mois en moyenne, selon l’étude publiée mardi.',
    ])
      expect(isCruftLine(line), line).toBe(false);
  });
});

describe('a caption closing on its picture’s outlet and photographer', () => {
  it('is furniture', () => {
    expect(isCruftLine('Le maire devant la mairie rénovée. Photo Le Courrier de la Vallée/Jean Roux')).toBe(true);
    expect(isCruftLine('Der Bürgermeister vor dem Rathaus. Foto Lindauer Bote/Max Roth')).toBe(true);
  });

  it('is not a sentence that goes on past a slash', () => {
    expect(isCruftLine('Il a dit que c’est bien. Photo prise le 3 mai/par lui')).toBe(false);
  });
});
