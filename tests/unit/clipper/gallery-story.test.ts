import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { FOOTER, MENU, page, story } from './made-up-page.js';

const captions = [
  'The new glasshouse is the largest building in the garden',
  'More than three hundred kinds of fern grow in the shaded beds',
  'The pond was dredged and its banks shored up over the winter',
  'Signs along the paths are printed in three languages',
  'Schoolchildren were the first visitors through the gates',
  'Volunteers planted the rose walk by hand in a single weekend',
];

describe('a story whose pictures stand between its paragraphs', () => {
  it('keeps the paragraphs above a gallery of credited captions', () => {
    // A browser copies each paragraph and each picture as a block of its own.
    const gallery = ['Gallery: 9 photos', ...captions.map((c) => `${c}\nPhoto: Ivy Brandt / The Garden Post`)];
    const blocks = [
      MENU.join('\n'),
      'Villagers plant an orchard of forgotten apples\nBy Nora Quill\nApril 2, 2024',
      story[0],
      story[1],
      ...gallery,
      story[2],
      FOOTER.join('\n'),
    ];
    const draft = parseClip(blocks.join('\n\n'));
    expect(draft.paragraphs).toEqual(story);
  });

  it.each(['Gallery: 9 photos', 'Фотогалерея: 9 фото', 'Bildergalerie: 9 Bilder', '图集：9张'])(
    'leaves the count %s out of the story',
    (count) => {
      const draft = parseClip(page([], { body: [story[0]!, count, story[1]!, story[2]!] }));
      expect(draft.paragraphs).toEqual(story);
    },
  );
});
