import { escapeRegExp } from './escape-regexp.js';

/** Enough context either side to tell one occurrence of a phrase from another, as Hypothesis does. */
export const ANCHOR_CONTEXT = 32;

/** Where a highlight is: the words, their context, and their offsets when it was made. */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * A letter of a script that spaces its words. Han, kana and Thai run words together, so a
 * character there is as far as a selection can be said to mean.
 */
const SPACED_LETTER = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}])[\p{L}\p{M}\p{N}]$/u;

const inWord = (text: string, at: number) => SPACED_LETTER.test(text[at - 1] ?? '') && SPACED_LETTER.test(text[at] ?? '');

/**
 * A selection widened to the whole words it starts and ends in, as reading apps do: a drag
 * that stops a letter short of a word's end, or starts a letter into it, still means the word,
 * and a highlight cut mid-word reads as a mistake in the dossier it is quoted in.
 */
export function wholeWords(text: string, from: number, to: number): { from: number; to: number } {
  let start = from;
  let end = to;
  while (start > 0 && inWord(text, start)) start--;
  while (end < text.length && inWord(text, end)) end++;
  return { from: start, to: end };
}

/** The anchor for a stretch of a clip's body, without the spaces a drag tends to pick up at either end. */
export function anchorIn(text: string, from: number, to: number): TextAnchor {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
    start,
    end,
  };
}

/** Characters that agree, reading outward from an occurrence at `at`: how well it fits the anchor's context. */
function contextScore(text: string, at: number, anchor: Pick<TextAnchor, 'exact' | 'prefix' | 'suffix'>): number {
  let score = 0;
  for (let i = 1; i <= anchor.prefix.length && text[at - i] === anchor.prefix[anchor.prefix.length - i]; i++) score++;
  const after = at + anchor.exact.length;
  for (let i = 0; i < anchor.suffix.length && text[after + i] === anchor.suffix[i]; i++) score++;
  return score;
}

/**
 * Where an anchor's words are in the text now: the occurrence whose context fits best, the one
 * nearest the recorded offset on a tie, so an edited clip keeps its highlights where the words
 * still are. Null when the words are gone. The reader, the dossier and an edit's re-anchoring all
 * place a highlight by this one rule, so it is never marked in one place and printed in another.
 */
export function locateAnchor(
  text: string,
  anchor: Pick<TextAnchor, 'exact' | 'prefix' | 'suffix' | 'start'>,
): { start: number; end: number } | null {
  if (!anchor.exact) return null;
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    const score = contextScore(text, at, anchor);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  return best ? { start: best.at, end: best.at + anchor.exact.length } : null;
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
