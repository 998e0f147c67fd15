import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { page, story } from './made-up-page.js';

describe('a cookie banner above a page pasted whole', () => {
  it.each([
    [
      'in English',
      [
        'Your privacy matters to us',
        'We and our 64 partners use cookies and similar technologies to store and access information on your device, to measure audiences and to show you personalised content.',
        'You may object to processing based on legitimate interest at any time from the settings page.',
        'Accept Decline Settings',
      ],
    ],
    [
      'in French',
      [
        'Votre vie privée nous importe',
        'Nous et nos 64 partenaires déposons des cookies sur votre appareil afin de mesurer l’audience et de vous proposer des contenus adaptés à vos centres d’intérêt.',
        'Vous pouvez retirer votre consentement à tout moment depuis la page de paramètres.',
        'Accepter Refuser Paramétrer',
      ],
    ],
    [
      'in German',
      [
        'Ihre Privatsphäre ist uns wichtig',
        'Wir und unsere 64 Partner speichern Cookies auf Ihrem Gerät, um die Reichweite zu messen und Ihnen passende Inhalte anzuzeigen, auch auf anderen Seiten.',
        'Sie können Ihre Einwilligung jederzeit in den Einstellungen am Seitenende widerrufen.',
        'Zustimmen Ablehnen Einstellungen',
      ],
    ],
    [
      'in Russian',
      [
        'Мы заботимся о вашей приватности',
        'Мы и наши партнёры используем файлы cookie, чтобы измерять посещаемость сайта и показывать вам подходящие материалы, в том числе на других страницах.',
        'Вы можете отозвать согласие в любой момент в настройках внизу страницы.',
        'Принять Отклонить Настройки',
      ],
    ],
  ])('leaves the banner out of the story and the headline %s', (_, banner) => {
    const draft = parseClip(page([], { top: banner }));
    expect(draft.paragraphs).toEqual(story);
    expect(draft.title).toBe('Villagers plant an orchard of forgotten apples');
  });

  it('keeps a story’s paragraph that reports what a banner says', () => {
    const reported =
      'The regulator said that many sites still place cookies before visitors have agreed, and that banners often make refusing harder than accepting.';
    expect(parseClip(page([], { body: [...story, reported] })).paragraphs).toContain(reported);
  });
});

describe('a paywall where the free part of a story stops', () => {
  it.each([
    ['English', ['This story is only available to subscribers', 'Already a member? Sign in']],
    ['French', ['Il vous reste 64% de cet article à lire.', 'Contenu réservé aux abonnés.', 'Déjà abonné ? Connectez-vous']],
    ['German', ['Jetzt weiterlesen mit dem Digitalabo', 'Bereits Abonnent? Jetzt einloggen']],
    ['Ukrainian', ['Продовження матеріалу доступне лише для передплатників.', 'Ви вже передплатник? Увійдіть']],
  ])('leaves its %s lines out of the story', (_, wall) => {
    expect(parseClip(page(wall)).paragraphs).toEqual(story);
  });
});
