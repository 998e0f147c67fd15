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
  // sentences at the same place: the separators come back as written. An unchanged part's value is
  // B's, whose spaces may differ from A's (`) -` against `) - `): A is walked past it by its
  // words, and a space only A has stays in A's column.
  const parts: DiffPart[] = [];
  const push = (op: DiffPart[0], text: string) => {
    const last = parts[parts.length - 1];
    if (!text) return;
    if (last && last[0] === op) last[1] += text;
    else parts.push([op, text]);
  };
  const joinedA = joined(a);
  let inA = 0;
  let inB = 0;
  for (const change of changes) {
    if (change.added) {
      push('+', b.slice(inB, inB + change.value.length));
      inB += change.value.length;
      continue;
    }
    const start = inA + leadingSpace(joinedA, inA, change.value);
    if (start > inA) push('-', a.slice(inA, start));
    const end = pastWords(joinedA, start, change.value);
    if (change.removed) push('-', a.slice(start, end));
    else {
      // A space that ends the part in one sentence only (`Morrow said` against `Morrow.`) is that side's.
      const same = b.slice(inB, inB + change.value.length);
      const spaceInB = /\s+$/u.exec(same)?.[0] ?? '';
      const spaceInA = /\s+$/u.exec(a.slice(start, end))?.[0] ?? '';
      push('=', spaceInA && spaceInB ? same : same.slice(0, same.length - spaceInB.length));
      if (!spaceInA) push('+', spaceInB);
      if (!spaceInB) push('-', spaceInA);
      inB += change.value.length;
    }
    inA = end;
  }
  return parts;
}

const SPACE = /\s/u;

/** The spaces at `from` in `text` that a part starting without spaces passes over. */
function leadingSpace(text: string, from: number, value: string): number {
  if (value === '' || SPACE.test(value[0]!)) return 0;
  let i = from;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i - from;
}

/** Where `value` ends in `text` read from `from`, its words matched as written and its spaces as any run of spaces. */
function pastWords(text: string, from: number, value: string): number {
  let i = from;
  for (const ch of value) {
    if (SPACE.test(ch)) {
      while (i < text.length && SPACE.test(text[i]!)) i++;
      continue;
    }
    while (i < text.length && text[i] !== ch[0] && SPACE.test(text[i]!)) i++;
    i += ch.length;
  }
  return Math.min(i, text.length);
}
