import type { ClipDraft } from '../models/clip-draft.js';
import { wordCount } from '../text/clip-body.js';
import { detectLanguage } from './language.js';
import { parseClip, type ParseOptions } from './parse-clip.js';

/**
 * The clipper's reading of a paste; should one of its readers fail on a text no one foresaw, the
 * paste's text is kept whole as the body, every field left to the user and the review saying so.
 * A fault in the clipper costs the user some typing, never the article.
 */
export function readPaste(text: string, options: ParseOptions = {}): ClipDraft {
  try {
    return parseClip(text, options);
  } catch (err) {
    return keptWhole(text, err);
  }
}

/** The paste as a draft with its text as the body and no field read, for the user to fill in. */
export function keptWhole(text: string, err: unknown): ClipDraft {
  const paragraphs = text
    .split(/\r?\n|\r/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  const reason = err instanceof Error ? err.message : String(err);
  return {
    title: null,
    date: null,
    dateline: null,
    source: null,
    byline: [],
    language: detectLanguage(paragraphs.slice(0, 20).join('\n')),
    paragraphs,
    cruft: [],
    quotes: [],
    people: [],
    places: [],
    organizations: [],
    wordCount: wordCount(paragraphs),
    duplicateOf: null,
    url: null,
    notices: [
      `Cuttings could not read this article’s headline, date, names and quotes (its reader failed: ${reason}). ` +
        'The text is kept whole as the body: fill in the fields by hand, and remove any page furniture before saving.',
    ],
  };
}
