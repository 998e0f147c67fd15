import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { harbourPage } from './six-language-page.js';

describe('the byline of a page pasted as text, from the box about its writer under the story', () => {
  const dated = { en: ['March 5, 2026'], de: ['05.03.2026'], fr: ['5 mars 2026'] };

  it('is the name under the box’s title, over her bio, in any of the languages', () => {
    const en = harbourPage('en', {
      header: dated.en,
      afterStory: ['About the author', 'Ada Brenlow', 'Ada Brenlow is a reporter covering the coast and its harbours.'],
    });
    const de = harbourPage('de', {
      header: dated.de,
      afterStory: ['Über die Autorin', 'Ada Brenlow', 'Ada Brenlow ist Redakteurin im Lokalressort und schreibt über die Küste.'],
    });
    const fr = harbourPage('fr', {
      header: dated.fr,
      afterStory: ['À propos de l’autrice', 'Ada Brenlow', 'Ada Brenlow est journaliste au service local et écrit sur le littoral.'],
    });
    expect([parseClip(en).byline, parseClip(de).byline, parseClip(fr).byline]).toEqual([['Ada Brenlow'], ['Ada Brenlow'], ['Ada Brenlow']]);
  });

  it('is the name a bio under the box’s title opens on, or whose first name it opens on', () => {
    const bioAlone = harbourPage('en', {
      header: dated.en,
      afterStory: ['About the author', 'Ada Brenlow is a reporter covering the coast. She joined the paper in 2019.'],
    });
    const firstName = harbourPage('en', {
      header: dated.en,
      afterStory: ['About the author', 'Ada Brenlow', 'Ada covers the coast and its harbours for the paper.'],
    });
    expect([parseClip(bioAlone).byline, parseClip(firstName).byline]).toEqual([['Ada Brenlow'], ['Ada Brenlow']]);
  });

  it('is the name of a box headed `About` and the name, past the story’s last line', () => {
    const page = harbourPage('en', {
      header: dated.en,
      afterStory: ['About Ada Brenlow', 'Ada Brenlow is a reporter covering the coast and its harbours.'],
    });
    expect(parseClip(page).byline).toEqual(['Ada Brenlow']);
  });

  it('is the header’s writer, not the one a box introduces', () => {
    const page = harbourPage('en', {
      header: ['By Tomas Quell', 'March 5, 2026'],
      afterStory: ['About the author', 'Ada Brenlow', 'Ada Brenlow is a reporter covering the coast and its harbours.'],
    });
    expect(parseClip(page).byline).toEqual(['Tomas Quell']);
  });
});

describe('the byline of a page pasted as text, from its header’s credit', () => {
  it('is the name after a German or French author’s label', () => {
    const de = harbourPage('de', { header: ['Autorin: Ada Brenlow', 'Veröffentlicht: 5. März 2026'] });
    const fr = harbourPage('fr', { header: ['Auteure : Ada Brenlow', '5 mars 2026'] });
    expect([parseClip(de).byline, parseClip(fr).byline]).toEqual([['Ada Brenlow'], ['Ada Brenlow']]);
  });

  it('is the name before a French writer’s role in the feminine, not the headline', () => {
    const draft = parseClip(harbourPage('fr', { header: ['Ada Brenlow, correspondante à Brest', 'Publié le jeudi 5 mars 2026'] }));
    expect([draft.byline, draft.title]).toEqual([['Ada Brenlow'], 'Le conseil portuaire vote le dragage du bassin intérieur avant l’été']);
  });
});
