import { describe, expect, it } from 'vitest';
import { estimateShingles, minhashSignature, normalisedWords } from '../../../electron/shared/dedupe/minhash.js';
import { nearMatch, sameHeadline } from '../../../electron/shared/dedupe/near-match.js';

/** Invented prose: sentence n differs from every other in its words, so texts overlap only where they share sentences. */
const sentence = (n: number) =>
  `Clause ${n} says the ${['harbour', 'council', 'bridge', 'depot', 'ferry'][n % 5]} board met on day ${n * 7} and agreed item ${n * 13} after ${n + 2} hours.`;
const story = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => sentence(from + i)).join(' ');

describe('near-duplicates and versions', () => {
  it('estimates how many shingles a text has from its signature alone', () => {
    for (const sentences of [10, 40, 120]) {
      const text = story(0, sentences);
      const words = normalisedWords(text);
      const shingles = new Set(words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`)).size;
      expect(estimateShingles(minhashSignature(text)) / shingles).toBeGreaterThan(0.75);
      expect(estimateShingles(minhashSignature(text)) / shingles).toBeLessThan(1.3);
    }
  });

  it('reports a text with a sentence changed as a near-duplicate', () => {
    const saved = story(0, 40);
    const paste = saved.replace('agreed item 130', 'rejected item 130');
    expect(nearMatch(minhashSignature(paste), minhashSignature(saved))).toEqual({ similarity: expect.any(Number) });
  });

  it('reports an update that adds a third to the story as another version, though the two are not 80% alike', () => {
    const saved = story(0, 30);
    const update = `${story(100, 112)} ${saved}`;
    const match = nearMatch(minhashSignature(update), minhashSignature(saved));
    expect(match).toMatchObject({ contained: true });
    expect(match!.similarity).toBeLessThan(0.8);
    expect(nearMatch(minhashSignature(saved), minhashSignature(update))).toMatchObject({ contained: true });
  });

  it('does not take one story told twice from a template, with other numbers, for versions of each other', () => {
    const told = (n: number) =>
      `The city transport office said on Wednesday that tram line ${n} would run again from the depot on the east bank.\n` +
      `Engineers replaced ${n * 3} metres of rail on the bridge, the office added, and the first tram leaves at six.\n` +
      `Buses that stood in for line ${n} since the spring will stop on Sunday evening, and season tickets stay valid.\n` +
      `The repairs cost ${n * 7} thousand euros, paid from the budget the council set aside for the bridge in March.`;
    for (let n = 0; n < 40; n++) expect(nearMatch(minhashSignature(told(100)), minhashSignature(told(n)))).toBeNull();
  });

  it('reports a story rewritten under its headline (passages cut, reworded, added) as another version', () => {
    const saved = story(0, 30);
    const rewritten = `${story(0, 6)} ${story(400, 412)} ${story(14, 24)}`;
    const match = nearMatch(minhashSignature(rewritten), minhashSignature(saved), true);
    expect(match).toMatchObject({ rewritten: true });
    expect(match!.similarity).toBeLessThan(0.55);
    expect(nearMatch(minhashSignature(rewritten), minhashSignature(saved), false)).toBeNull();
  });

  it('tells one headline slightly edited from two headlines, and a template’s headlines apart by their numbers', () => {
    expect(
      sameHeadline('Ferry firm halts night crossings after engine fire', 'Ferry firm halts night crossings after engine-room fire'),
    ).toBe(true);
    expect(sameHeadline('Ferry firm halts night crossings after engine fire', 'Coastguard opens inquiry into ferry engine fire')).toBe(
      false,
    );
    expect(sameHeadline('Tram line 5 runs again from Monday', 'Tram line 7 runs again from Monday')).toBe(false);
    expect(sameHeadline('Fire', 'Fire')).toBe(false);
  });

  it('does not take two stories printed together for a version of either', () => {
    const first = story(0, 30);
    const both = `${first} ${story(300, 330)}`;
    expect(nearMatch(minhashSignature(both), minhashSignature(first))).toBeNull();
    expect(nearMatch(minhashSignature(both), minhashSignature(first), true)).toBeNull();
  });

  it('does not take a story for a version of another that merely shares some of its sentences', () => {
    const saved = story(0, 30);
    const other = `${story(0, 15)} ${story(200, 230)}`;
    expect(nearMatch(minhashSignature(other), minhashSignature(saved))).toBeNull();
  });
});
