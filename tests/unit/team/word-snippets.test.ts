import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, wordSnippets } from '../../../electron/core/library/search-results.js';

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe('a team library hit’s snippet', () => {
  it('marks whole words that begin with a word asked for, whatever their case', () => {
    expect(wordSnippets(['lantern'])('Lanterns lit the quay; the lantern-makers rested.')).toBe(
      `${mark('Lanterns')} lit the quay; the ${mark('lantern')}-makers rested`,
    );
  });

  it('does not mark a word that only contains one asked for', () => {
    expect(wordSnippets(['ship'])('The hardship ended.')).toBe('The hardship ended');
  });

  it('shows the words around the place where most of the words asked for meet', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const body = `Harbour opens. ${filler} The harbour ferry sails at dawn. ${filler}`;
    const snippet = wordSnippets(['harbour', 'ferry'])(body);
    expect(snippet).toContain(`${mark('harbour')} ${mark('ferry')} sails`);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.split(/\s+/).length).toBeLessThanOrEqual(26);
  });

  it('shows the first place where every word asked for meets, not a later one', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const body = `${filler} Ferry first. ${filler} Harbour ferry one. ${filler} Harbour ferry two. ${filler}`;
    const snippet = wordSnippets(['harbour', 'ferry'])(body);
    expect(snippet).toContain(`${mark('Harbour')} ${mark('ferry')} one`);
    expect(snippet).not.toContain('two');
  });

  it('begins at the body’s start when nothing matches', () => {
    expect(wordSnippets(['absent'])('Calm seas today.')).toBe('Calm seas today');
  });
});
