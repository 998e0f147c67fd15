import type { ClipDraft } from '../models/clip-draft.js';
import type { Comparison } from '../models/comparison.js';
import { alignSentences } from './align-sentences.js';
import { buildRows } from './build-rows.js';
import { compareEntities, withNamesInText } from './compare-entities.js';
import { compareQuotes } from './compare-quotes.js';
import { splitSentences } from './split-sentences.js';

/**
 * What a comparison reads of each side: a draft, a saved clip or anything shaped like them.
 * A title, when given, is read as the first line, so a new headline shows as a changed row.
 */
export type ComparableDraft = Pick<ClipDraft, 'paragraphs' | 'quotes' | 'people' | 'places' | 'organizations'> &
  Partial<Pick<ClipDraft, 'title'>>;

/**
 * Compares two texts: sentences aligned across reordering, merges, splits and paraphrase, with
 * word diffs of changed pairs; quotes and named entities each side shares or leaves out; and an
 * overall similarity in [0, 1]. Pure and bounded: no I/O, and work grows about linearly with length.
 */
export function compareDrafts(a: ComparableDraft, b: ComparableDraft): Comparison {
  const textA = readingText(a);
  const textB = readingText(b);
  const sentencesA = splitSentences(textA);
  const sentencesB = splitSentences(textB);
  const alignment = alignSentences(sentencesA, sentencesB);
  return {
    similarity: alignment.similarity,
    rows: buildRows(sentencesA, sentencesB, alignment.groups),
    quotes: compareQuotes(a.quotes, b.quotes),
    entities: withNamesInText(compareEntities(a, b), textA.join('\n'), textB.join('\n')),
  };
}

function readingText(draft: ComparableDraft): readonly string[] {
  return draft.title?.trim() ? [draft.title, ...draft.paragraphs] : draft.paragraphs;
}
