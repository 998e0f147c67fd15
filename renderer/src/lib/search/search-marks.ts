import { escapeRegExp } from '../../../../electron/shared/text/escape-regexp.js';
import { highlightTerms, isCjk, parseSearchQuery } from '../../../../electron/shared/search/query-parser.js';

/**
 * A pattern for the search's words in a clip's text, so the reader can mark what the list found.
 * Words match from their start (searching "rescue" also marks "rescuers", as a reader expects);
 * CJK terms match anywhere, having no spaces to start from.
 */
export function searchPattern(query: string): RegExp | null {
  const terms = [...new Set(highlightTerms(parseSearchQuery(query)).filter((t) => t.length > 1))];
  if (terms.length === 0) return null;
  const alternatives = terms
    .sort((a, b) => b.length - a.length)
    .map((t) => (isCjk(t) ? escapeRegExp(t) : `(?<![\\p{L}\\p{N}])${escapeRegExp(t)}[\\p{L}\\p{N}]*`));
  return new RegExp(alternatives.join('|'), 'giu');
}

export interface MarkedPart {
  text: string;
  match: boolean;
}

/** Splits text into runs inside and outside the pattern's matches. */
export function markParts(text: string, pattern: RegExp | null): MarkedPart[] {
  if (!pattern) return [{ text, match: false }];
  const parts: MarkedPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
