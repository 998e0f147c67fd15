import type { MarkedPart } from '../search/search-marks.js';

/** The first words of a clip, for rows and headings of clips that have no title. */
export function firstWords(text: string, count = 12): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** A clip's authors as a sentence names them: "A, B and C". */
export function bylineText(names: readonly string[]): string {
  return new Intl.ListFormat(undefined, { type: 'conjunction' }).format(names);
}

/**
 * A body's opening as one run of text for a list row. A paragraph that ends without closing a
 * sentence (a standfirst, a subheading) is kept apart from the next by a dash, so `…the department
 * said MURMANSK, Dec. 30 —` does not read as one sentence.
 */
export function runOnText(text: string): string {
  return text
    .trim()
    .replace(/(?<=[^\s.!?。！？…:;"'”’»)\]])\s*\n\s*\n\s*/gu, ' — ')
    .replace(/\s+/g, ' ');
}

/** The text after `firstWords`, so a row without a title does not repeat its opening. */
export function afterFirstWords(text: string, count = 12): string {
  return text.trim().split(/\s+/).slice(count).join(' ');
}

/** Splits a search snippet at its \u0002…\u0003 markers (set by the core) into plain and matched runs. */
export function snippetParts(snippet: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  for (const [i, piece] of snippet.split(/[\u0002\u0003]/).entries()) {
    if (piece) parts.push({ text: piece, match: i % 2 === 1 });
  }
  return parts;
}
