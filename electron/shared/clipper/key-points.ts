import type { Line } from './lines.js';
import { isCruftLine } from './cruft.js';
import { isBoilerplate } from './headline-signals.js';
import { countWords } from './script.js';
import { KEY_POINTS_LABEL } from './lexicon/summary-labels.js';

// A point is a sentence of its own, longer than a button (`Refresh for latest updates`) or a time.
const MIN_POINT_WORDS = 5;
const MIN_POINTS = 2;

const isPoint = (text: string) =>
  countWords(text) >= MIN_POINT_WORDS && !/[:：]\s*$/u.test(text) && !isCruftLine(text) && !isBoilerplate(text);

/**
 * The lines of a labelled summary in points between the headline and the story (a live page's
 * `Key points:` and its bullets): the story's own text, never the page's header, though it stands
 * above the first paragraph. `open` lists the lines not yet given a role, in order.
 */
export function keyPointLines(lines: readonly Line[], open: readonly number[], after: number, before: number): Set<number> {
  const found = new Set<number>();
  const candidates = open.filter((i) => i > after && i < before);
  candidates.forEach((i, k) => {
    if (!KEY_POINTS_LABEL.test(lines[i]!.text.trim())) return;
    const points: number[] = [];
    for (const j of candidates.slice(k + 1)) {
      if (j !== (points.at(-1) ?? i) + 1 || !isPoint(lines[j]!.text)) break;
      points.push(j);
    }
    if (points.length < MIN_POINTS) return;
    for (const j of [i, ...points]) found.add(j);
  });
  return found;
}
