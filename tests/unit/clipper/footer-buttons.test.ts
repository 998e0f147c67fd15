import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { page, story } from './made-up-page.js';

describe('buttons and link rows around a story', () => {
  it.each([
    ['a button that loads more entries', 'Load earlier entries'],
    ['a French one', 'Voir plus de messages'],
    ['a link to the full site', 'Повна версія сайту'],
    ['a row of legal links', 'Impressum Datenschutz Kontakt'],
    ['a French row of legal links', 'Mentions légales Gestion des cookies Contact'],
    ['a box’s label run into its link', 'Mehr zum ThemaKöhlerei im Fichtelgebirge: Wo noch Holzkohle gebrannt wird'],
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
