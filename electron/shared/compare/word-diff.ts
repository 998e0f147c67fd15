import { diffWords } from 'diff';
import type { DiffPart } from '../models/comparison.js';
import { CJK_CHAR } from './fold.js';

/** Word diffs of sentences give up beyond this many milliseconds and show the pair as replaced. */
const DIFF_TIMEOUT_MS = 50;

let cjkSegmenter: Intl.Segmenter | undefined;

/**
 * Word-level diff of two sentences with jsdiff. Text without spaces between words (Chinese,
 * Japanese) is cut into words by Intl.Segmenter, else every sentence would be one "word".
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const cjk = CJK_CHAR.test(a) || CJK_CHAR.test(b);
  if (cjk) cjkSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const changes = diffWords(a, b, { timeout: DIFF_TIMEOUT_MS, ...(cjk ? { intlSegmenter: cjkSegmenter } : {}) });
  if (!changes) return [['-', a], ['+', b]];
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const op = change.added ? '+' : change.removed ? '-' : '=';
    const last = parts[parts.length - 1];
    if (last && last[0] === op) last[1] += change.value;
    else parts.push([op, change.value]);
  }
  return parts;
}
