import { describe, expect, it } from 'vitest';
import { nameBeforeOutlet, namesOnly, readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { publishedIn } from '../../../electron/shared/clipper/source.js';

describe('a blog platform’s post header', () => {
  it('names the writer beside a Follow button, which is no outlet even where the page prints it alone', () => {
    expect(nameBeforeOutlet('Nora Quill Follow', (t) => t === 'Follow')).toEqual({ names: ['Nora Quill'], outlet: null });
    expect(readBylineLine('Nora Quill · Follow')).toEqual({ names: ['Nora Quill'], outlet: null });
  });

  it('names the publication the post appears in', () => {
    expect(publishedIn('Published in Orchard Notes · 5 min read · Mar 4, 2024')).toBe('Orchard Notes');
    expect(publishedIn('Published in Notes from the Orchard')).toBe('Notes from the Orchard');
    expect(publishedIn('Published in 2019 by the council')).toBeNull();
    expect(publishedIn('Published in full below')).toBeNull();
  });
});

describe('a writer’s name run into her role on a page’s text copy', () => {
  it('is only names, never a headline', () => {
    expect(namesOnly('Wren Harlow Staff Writer')).toEqual(['Wren Harlow']);
    expect(namesOnly('Library Board Votes To Keep Branch Open')).toBeNull();
  });
});
