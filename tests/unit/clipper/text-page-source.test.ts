import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { page } from './made-up-page.js';

/** The source read from the made-up gardening page pasted as text, with these lines under its footer. */
const sourceWith = (bottom: string[]) => parseClip(page([], { bottom })).source;

describe('the source of a page pasted as text, from its copyright line', () => {
  it('ends the outlet’s name where a credit to the site’s builder or host starts', () => {
    expect(sourceWith(['© 2024 Orchard Weekly - Designed by Pinecone Studio'])).toBe('Orchard Weekly');
    expect(sourceWith(['Copyright © 2024 Orchard Weekly | Powered by Leafpress'])).toBe('Orchard Weekly');
  });

  it('is no one when the line names only who built or hosts the site, in any of the languages', () => {
    for (const line of [
      'Copyright © 2010-2024 - Designed by Pinecone Studio - Powered by Leafpress',
      '© 2024 | Powered by Leafpress',
      'Copyright 2024. Website by Pinecone',
      '© 2024 Разработка сайта — Студия Шишка',
      '© 2024 Розробка сайту — Студія Шишка',
      '© 2024 Realisiert von Zapfen Studio',
      '© 2024 Réalisé par Studio Pomme de Pin',
      '© 2024 技术支持：松果网络',
    ])
      expect(sourceWith([line]), line).toBeNull();
  });

  it('is the name standing before the sign when the year closes the line', () => {
    expect(sourceWith(['Orchard Weekly © 2024'])).toBe('Orchard Weekly');
    expect(sourceWith(['Orchard Weekly © 2010–2024. All rights reserved.'])).toBe('Orchard Weekly');
    for (const line of ['All content © 2024', 'Privacy Policy Terms of Use © 2024', 'Photos by our readers © 2024'])
      expect(sourceWith([line]), line).toBeNull();
  });

  it('is the owner a Chinese footer names beside 版权所有, before or after it', () => {
    expect(sourceWith(['版权所有：果园周报社'])).toBe('果园周报社');
    expect(sourceWith(['果园周报社 版权所有 未经授权禁止转载'])).toBe('果园周报社');
    expect(sourceWith(['本站版权所有'])).toBeNull();
    expect(sourceWith(['版权所有 未经授权禁止转载'])).toBeNull();
  });
});

describe('the source of a page pasted as text, from the lines naming its site', () => {
  it('is the name two prompts to keep up with the site give it, in any of the languages', () => {
    const twice = (prompt: string, again: string) =>
      parseClip(page([], { top: [prompt], bottom: [again, '© 2024 Greenleaf Holdings LLC'] })).source;
    expect(twice('Keep up to date with Orchard Weekly', 'Stay connected with Orchard Weekly')).toBe('Orchard Weekly');
    expect(twice('Подписывайтесь на Садовод.ру в Telegram', 'Підписуйтесь на Садовод.ру')).toBe('Садовод.ру');
    expect(twice('Abonnieren Sie Gartenbote', 'Folgen Sie Gartenbote auf Instagram')).toBe('Gartenbote');
  });

  it('is not a club or community the page asks readers to join', () => {
    const source = parseClip(page([], { top: ['Join Seed Swap Club'], bottom: ['Join Seed Swap Club', '© 2024 Orchard Weekly'] })).source;
    expect(source).toBe('Orchard Weekly');
  });
});

describe('the source of a page pasted as text, from the lines where a site names itself in quotation marks', () => {
  it('is the name a Ukrainian or Russian page registers and asks to be read by, when its copyright names no one', () => {
    const bottom = (registered: string, read: string) => [
      read,
      registered,
      'Усі права захищені © 2011–2026. Використання матеріалів дозволяється лише з посиланням.',
    ];
    expect(
      sourceWith(bottom('«Садовий вісник» — інтернет-видання. Ідентифікатор медіа R00-00000.', 'Читайте «Садовий вісник» у Telegram.')),
    ).toBe('Садовий вісник');
    expect(sourceWith(bottom('«Садовый вестник» — сетевое издание.', 'Подписывайтесь на «Садовый вестник» в Telegram.'))).toBe(
      'Садовый вестник',
    );
  });
});

describe('the source of a page pasted as text, from a publishing company’s copyright', () => {
  it('is the outlet the company’s name opens on, when the page names it elsewhere too', () => {
    const bottom = ['Orchard Weekly erscheint jeden Donnerstag.', '© 2026 Orchard Weekly Verlagsgesellschaft mbH & Co. KG'];
    expect(parseClip(page([], { bottom })).source).toBe('Orchard Weekly');
  });
});
