import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { HEADLINE, type Language, harbourPage } from './six-language-page.js';

const NAME: Record<Language, string> = {
  en: 'Skerrin Tidings',
  de: 'Skerriner Bote',
  fr: 'Le Courrier de Skerrin',
  ru: 'Скерринский вестник',
  uk: 'Скерринський вісник',
  zh: '斯凯林晚报',
};

describe('the source of a page pasted as text, from its footer’s trademark notice', () => {
  it.each<[Language, string]>([
    ['en', 'Skerrin Tidings is a registered trademark of Harbourline Media Ltd.'],
    ['de', 'Skerriner Bote ist eine eingetragene Marke der Harbourline Medien GmbH.'],
    ['fr', 'Le Courrier de Skerrin est une marque déposée de Harbourline Médias SA.'],
    ['ru', '«Скерринский вестник» — зарегистрированный товарный знак ООО «Харборлайн Медиа».'],
    ['uk', '«Скерринський вісник» — зареєстрована торговельна марка ТОВ «Харборлайн Медіа».'],
    ['zh', '斯凯林晚报是港线传媒集团的注册商标'],
  ])('is the name the notice registers, in %s', (language, notice) => {
    expect(parseClip(harbourPage(language, { bottom: [notice] })).source).toBe(NAME[language]);
  });

  it('is no one when the notice is about the app stores the footer links to', () => {
    for (const notice of ['Android is a trademark of Google LLC.', 'iPhone is a registered trademark of Apple Inc.'])
      expect(parseClip(harbourPage('en', { bottom: ['Get our app', notice] })).source, notice).toBeNull();
    expect(parseClip(harbourPage('zh', { bottom: ['微信是腾讯公司的注册商标'] })).source).toBeNull();
  });
});

describe('the source of a page pasted as text, from the browser’s title over it', () => {
  it.each<[Language, string]>([
    ['en', ' | '],
    ['de', ' - '],
    ['fr', ' – '],
    ['ru', ' — '],
    ['uk', ' | '],
    ['zh', ' - '],
  ])('is the name closing a line that repeats the headline whole, in %s', (language, separator) => {
    const title = `${HEADLINE[language]}${separator}${NAME[language]}`;
    expect(parseClip(harbourPage(language, { top: [title] })).source).toBe(NAME[language]);
  });

  it('is no one when what follows the repeated headline is not a name', () => {
    expect(parseClip(harbourPage('en', { top: [`${HEADLINE.en} - what we know so far`] })).source).toBeNull();
    expect(parseClip(harbourPage('en', { top: [`${HEADLINE.en} | live updates`] })).source).toBeNull();
  });
});

describe('the source of a page pasted as text, from its name over the menu and alone in its footer', () => {
  it('is not a Chinese menu item repeated in the footer', () => {
    expect(parseClip(harbourPage('zh', { top: ['新闻'], bottom: ['新闻'] })).source).toBeNull();
  });

  it.each<Language>(['fr', 'ru', 'uk', 'zh'])('is the name, in sentence case or with its particles, in %s', (language) => {
    expect(parseClip(harbourPage(language, { top: [NAME[language]], bottom: [NAME[language]] })).source).toBe(NAME[language]);
  });

  it('is no one when the line repeated is no outlet’s name', () => {
    expect(parseClip(harbourPage('ru', { top: ['Прямой эфир'], bottom: ['Прямой эфир'] })).source).toBeNull();
    expect(parseClip(harbourPage('fr', { top: ['En direct de la mairie'], bottom: ['En direct de la mairie'] })).source).toBeNull();
  });
});

describe('the source of a page pasted as text, from a French name with its particles', () => {
  it('is the whole name the page asks to be followed and downloaded by', () => {
    const page = harbourPage('fr', {
      top: ['Suivez Le Courrier de l’Anse sur Facebook'],
      bottom: ['Téléchargez l’application Le Courrier de l’Anse'],
    });
    expect(parseClip(page).source).toBe('Le Courrier de l’Anse');
  });
});

describe('the source of a page pasted as text, from the links to its pages on the networks', () => {
  it('is the name two lines link on a network, in any of the languages', () => {
    const twice = (language: Language, a: string, b: string) => parseClip(harbourPage(language, { top: [a], bottom: [b] })).source;
    expect(twice('en', 'Skerrin Tidings on Facebook', 'Skerrin Tidings on X')).toBe('Skerrin Tidings');
    expect(twice('de', 'Skerriner Bote auf Facebook', 'Skerriner Bote auf Instagram')).toBe('Skerriner Bote');
    expect(twice('fr', 'Le Courrier de Skerrin sur Facebook', 'Le Courrier de Skerrin sur Instagram')).toBe('Le Courrier de Skerrin');
  });

  it('is no one when the lines linking the networks are calls, repeated in the header and the footer', () => {
    const calls = (language: Language, lines: string[]) => parseClip(harbourPage(language, { top: lines, bottom: lines })).source;
    expect(calls('en', ['Follow Us on X', 'Share on Facebook', 'Post on LinkedIn'])).toBeNull();
    expect(calls('en', ['Breaking News on WhatsApp', 'Connect With Us on LinkedIn', 'FOLLOW US ON FACEBOOK'])).toBeNull();
    expect(calls('de', ['Folgen Sie uns auf Instagram', 'Teilen auf Facebook'])).toBeNull();
    expect(calls('fr', ['Suivez-nous sur Facebook', 'Partager sur X'])).toBeNull();
  });

  it('is no one when the links are a writer’s, or a single line gives the name', () => {
    const bottom = ['Ada Brenlow on X', 'Ada Brenlow on LinkedIn'];
    expect(parseClip(harbourPage('en', { bottom })).source).toBeNull();
    expect(parseClip(harbourPage('en', { top: ['Skerrin Tidings on Facebook'] })).source).toBeNull();
  });
});

describe('the source of a page pasted as text, from the medium a Russian or Ukrainian footer registers', () => {
  it('is the name in quotation marks after the kind of medium', () => {
    const ru = harbourPage('ru', { bottom: ['Сетевое издание «Скерринский вестник» зарегистрировано Роскомнадзором'] });
    const uk = harbourPage('uk', { bottom: ['Мережеве видання «Скерринський вісник» зареєстроване Нацрадою'] });
    expect([parseClip(ru).source, parseClip(uk).source]).toEqual(['Скерринский вестник', 'Скерринський вісник']);
  });
});

describe('the source of a page pasted as text, from a name over a tagline', () => {
  it('is no one when the line under the name is the page’s skip link', () => {
    expect(parseClip(harbourPage('en', { top: ['Skerrin Tidings', 'Skip to main content'] })).source).toBeNull();
  });
});

describe('the source of a page pasted as text, from a paper’s name heading it over a company’s copyright', () => {
  it('is a Russian, Ukrainian or French paper’s name in its own shape, as an English one is', () => {
    const ru = harbourPage('ru', { top: ['Скерринский вестник'], bottom: ['© 2026 ООО «Харборлайн Медиа»'] });
    const uk = harbourPage('uk', { top: ['Скерринська газета'], bottom: ['© 2026 ТОВ «Харборлайн Медіа»'] });
    const fr = harbourPage('fr', { top: ['Le Courrier de Skerrin'], bottom: ['© 2026 Harbourline Médias SA - Tous droits réservés'] });
    expect([parseClip(ru).source, parseClip(uk).source, parseClip(fr).source]).toEqual([
      'Скерринский вестник',
      'Скерринська газета',
      'Le Courrier de Skerrin',
    ]);
  });

  it('is not a call to subscribe that names the paper', () => {
    const page = harbourPage('ru', { top: ['Подпишитесь на вестник'], bottom: ['© 2026 ООО «Харборлайн Медиа»'] });
    expect(parseClip(page).source).toBeNull();
  });
});

describe('the source of a page pasted as text, from a copyright line naming the site and its owner', () => {
  it('is the site, before the clause that names the company it belongs to', () => {
    for (const line of [
      '© 2026 Skerrin Herald, part of Harbourline Media Ltd',
      '© 2026 Skerrin Herald, a member of Harbourline Media Group',
    ])
      expect(parseClip(harbourPage('en', { bottom: [line] })).source, line).toBe('Skerrin Herald');
  });

  it('is not a Chinese company that owns the paper the page is headed by', () => {
    const page = harbourPage('zh', { top: ['斯凯林晚报'], bottom: ['© 2026 港线传媒集团有限公司'] });
    expect(parseClip(page).source).not.toBe('港线传媒集团有限公司');
  });
});

describe('the source of a page pasted as text, from more of its footer’s shapes', () => {
  it('is the name before a copyright sign and year that a dash parts from the reserved rights', () => {
    const page = harbourPage('fr', { bottom: ['Le Courrier de Skerrin © 2026 - Tous droits réservés'] });
    expect(parseClip(page).source).toBe('Le Courrier de Skerrin');
  });

  it('is the Ukrainian online medium a footer registers by its media law’s name', () => {
    const page = harbourPage('uk', { bottom: ['Суб’єкт у сфері онлайн-медіа «Скерринський вісник», ідентифікатор медіа R40-01234'] });
    expect(parseClip(page).source).toBe('Скерринський вісник');
  });

  it('is the paper a Chinese footer says runs the site, and no body that is not an outlet', () => {
    const source = (line: string) => parseClip(harbourPage('zh', { bottom: [line, '地址：滨海市港湾路12号'] })).source;
    expect([source('主办单位：斯凯林晚报社'), source('斯凯林晚报社主办')]).toEqual(['斯凯林晚报社', '斯凯林晚报社']);
    expect(source('主办单位：滨海市人民政府')).toBeNull();
  });
});
