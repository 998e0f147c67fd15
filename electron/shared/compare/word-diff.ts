import { diffWords } from 'diff';
import type { DiffPart } from '../models/comparison.js';
import { CJK_CHAR } from './fold.js';

/** Word diffs of sentences give up beyond this many milliseconds and show the pair as replaced. */
const DIFF_TIMEOUT_MS = 50;

let cjkSegmenter: Intl.Segmenter | undefined;

/**
 * Separators inside a number: a comma, point or apostrophe between digits ("1,300", "1.300",
 * "1’300", "3.5"), or a space before a group of three digits ("1 300", with any kind of space).
 */
const NUMBER_SEPARATOR = /(?<=\d)[,.'’](?=\d)|(?<=(?<!\d)\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*)[ \u00a0\u2009\u202f](?=\d{3}(?!\d))/gu;
/** A word character to jsdiff and to Intl.Segmenter alike, so a number with separators is one word. */
const JOINER = '_';

/**
 * Word-level diff of two sentences with jsdiff. A number keeps its separators inside one word,
 * so a figure corrected from "300" to "1,300" shows as a changed number, not as "1," inserted.
 * Text without spaces between words (Chinese, Japanese) is cut into words by Intl.Segmenter,
 * else every sentence would be one "word".
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const cjk = CJK_CHAR.test(a) || CJK_CHAR.test(b);
  if (cjk) cjkSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const joined = (s: string) => s.replace(NUMBER_SEPARATOR, JOINER);
  const changes = diffWords(joined(a), joined(b), { timeout: DIFF_TIMEOUT_MS, ...(cjk ? { intlSegmenter: cjkSegmenter } : {}) });
  if (!changes)
    return [
      ['-', a],
      ['+', b],
    ];
  // The joiner replaced one character with one, so each part's text is read back from the
  // sentences at the same place: the separators come back as written.
  const parts: DiffPart[] = [];
  let inA = 0;
  let inB = 0;
  for (const change of changes) {
    const op = change.added ? '+' : change.removed ? '-' : '=';
    const length = change.value.length;
    const text = op === '-' ? a.slice(inA, inA + length) : b.slice(inB, inB + length);
    if (op !== '+') inA += length;
    if (op !== '-') inB += length;
    const last = parts[parts.length - 1];
    if (last && last[0] === op) last[1] += text;
    else parts.push([op, text]);
  }
  return parts;
}
