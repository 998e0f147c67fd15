import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { page, story } from './made-up-page.js';

describe('buttons and link rows around a story', () => {
  it.each([
    ['a button that loads more entries', 'Show older posts'],
    ['a French one', 'Voir plus d’articles'],
    ['a link to the full site', 'Полная версия сайта'],
    ['a row of legal links', 'Impressum AGB Datenschutz'],
    ['a French row of legal links', 'Plan du site Mentions légales Publicité'],
    ['a box’s label run into its link', 'Lesen Sie auchStreit um den Stadtpark: Anwohner sammeln Unterschriften'],
  ])('leaves %s out of the story', (_, line) => {
    const draft = parseClip(page([], { body: [story[0]!, story[1]!, line, story[2]!] }));
    expect(draft.paragraphs).toEqual(story);
  });

  it('keeps a sentence of the story that names a privacy rule', () => {
    const own =
      'The council published its privacy rules for the allotment register on Monday, after members asked who could see their addresses.';
    expect(parseClip(page([], { body: [...story, own] })).paragraphs).toContain(own);
  });
});
