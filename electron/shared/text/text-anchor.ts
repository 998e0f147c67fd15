import { escapeRegExp } from './escape-regexp.js';

/** Enough context either side to tell one occurrence of a phrase from another, as Hypothesis does. */
const CONTEXT = 32;

/** Where a highlight is: the words, their context, and their offsets when it was made. */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The anchor for a stretch of a clip's body, without the spaces a drag tends to pick up at either end. */
export function anchorIn(text: string, from: number, to: number): TextAnchor {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
    end,
  };
}

/**
 * Where a quote taken from another tool sits in a clip's body: the first place its words appear
 * in order, whatever spaces, line breaks or paragraph breaks lie between them. Null when they do not.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const match = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
