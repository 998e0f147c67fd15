import { describe, expect, it } from 'vitest';
import { searchDocument, type SearchableClip } from '../../../electron/core/library/search-document.js';

/** The lexemes of a tsvector in PostgreSQL's binary form, in the order sent. */
function lexemes(tsvector: Buffer): string[] {
  const out: string[] = [];
  let at = 4;
  for (let n = tsvector.readInt32BE(0); n > 0; n--) {
    const end = tsvector.indexOf(0, at);
    out.push(tsvector.toString('utf8', at, end));
    at = end + 3 + 2 * tsvector.readUInt16BE(end + 1);
  }
  return out;
}

/** Server order: UTF-8 bytes. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

const clip = (body: string, title = 'Ferry timetable'): SearchableClip => ({
  title,
  body,
  source: null,
  byline: '[]',
  notes: '',
  language: 'en',
});

describe("a clip's word pairs", () => {
  it('are each two neighbouring words of a field, across punctuation, once, sorted as the server keeps them', () => {
    // "a"/"ab" and "sea"/"seas" start pairs whose words are prefixes of others' words.
    const doc = searchDocument(clip('A b ab c a b seas calm, sea calm. Sea breeze and sea calm; über alles, uber alles.'));
    const pairs = lexemes(doc.pairs);
    expect(pairs).toEqual([...pairs].sort(byBytes));
    expect(pairs).toEqual(
      [
        'a b',
        'ab c',
        'alles uber',
        'and sea',
        'b ab',
        'b seas',
        'breeze and',
        'c a',
        'calm sea',
        'calm uber',
        'ferry timetable',
        'sea breeze',
        'sea calm',
        'seas calm',
        'uber alles',
      ].sort(byBytes),
    );
  });

  it('make no pair across two fields', () => {
    const pairs = lexemes(searchDocument(clip('harbour pilots', 'Night shift')).pairs);
    expect(pairs).toEqual(['harbour pilots', 'night shift']);
  });

  it('sort words and forms as the server keeps them', () => {
    const words = lexemes(searchDocument(clip('Rescuers rescued the rescue dogs near Zürich and zurich')).words);
    expect(words).toEqual([...words].sort(byBytes));
    expect(words).toContain('~rescu');
  });
});
