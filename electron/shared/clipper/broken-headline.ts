import { isCruftLine } from './cruft.js';
import { joinWrappedLine, type Line } from './lines.js';
import { endsSentence, isUpperWord } from './script.js';
import { isHeadlineLike } from './title.js';
import { breaksMidPhrase } from './phrase-breaks.js';
import { isPaperMasthead } from './source.js';
import type { Role } from './layout.js';

// A headline broken by a narrow column or screen: this many lines at most, each this short, the
// whole no longer than a headline runs.
const MAX_LINES = 4;
const MAX_LINE_CHARS = 70;
const MAX_CHARS = 150;
// A column fills each line but the last nearly to its width; a label over a headline is far shorter.
const FILLED_SHARE = 0.6;
const ROLES_IN_HEADLINE: ReadonlySet<Role | null> = new Set(['title', 'cruft', 'content', null]);
const LIST_ITEM = /^(?:[-*•–]|\d+[.)])\s/u;

function isAllCapitals(text: string): boolean {
  return isUpperWord(text.replace(/[^\p{L}]+/gu, ''));
}

/**
 * The lines of the block the headline stands in, when they are one headline broken at a narrow
 * width with no sign at the breaks (`Stadtrat beschließt neue` / `Fährlinien für die Nordbucht`,
 * or Chinese broken without a space): two to four short lines, none of them furniture, a credit or
 * a sentence's end, each but the last filled nearly as far as the longest, and together no longer
 * than a headline. Returns the first and the last line, or null when the headline is its line alone.
 *
 * On a whole page (`wholePage`) each break must show that it falls in mid-phrase (`Council approves
 * repair of the` / `harbour wall`): a browser's copy sets a headline's deck or a label in the
 * headline's block with no blank line between them, and there the shape alone would join them.
 */
export function brokenHeadlineLines(
  lines: readonly Line[],
  roles: readonly (Role | null)[],
  title: number,
  bodyStart: number,
  wholePage: boolean,
): [number, number] | null {
  const block = lines[title]!.block;
  let start = title;
  let end = title;
  while (start > 0 && lines[start - 1]!.block === block) start--;
  while (end + 1 < lines.length && lines[end + 1]!.block === block) end++;
  const count = end - start + 1;
  if (count < 2 || count > MAX_LINES || end >= bodyStart) return null;
  const texts = lines.slice(start, end + 1).map((l) => l.text);
  const capitals = isAllCapitals(lines[title]!.text);
  const fits = (text: string, k: number) =>
    ROLES_IN_HEADLINE.has(roles[start + k] ?? null) &&
    text.length <= MAX_LINE_CHARS &&
    !LIST_ITEM.test(text) &&
    !/[:：]$/u.test(text) &&
    (k === count - 1 ? !/[.。]["”’»」)]*$/u.test(text) : !endsSentence(text)) &&
    isAllCapitals(text) === capitals &&
    !isCruftLine(text) &&
    !isPaperMasthead(text);
  if (!texts.every(fits)) return null;
  if (wholePage && texts.slice(0, -1).some((t, k) => !breaksMidPhrase(t, texts[k + 1]!))) return null;
  const width = Math.max(...texts.map((t) => t.length));
  if (texts.slice(0, -1).some((t) => t.length < width * FILLED_SHARE)) return null;
  const joined = texts.reduce(joinWrappedLine);
  return joined.length <= MAX_CHARS && isHeadlineLike(joined) ? [start, end] : null;
}

/** The headline's text, over all the lines that carry it. */
export function headlineText(lines: readonly Line[], roles: readonly Role[], title: number): string {
  let end = title;
  while (roles[end + 1] === 'title') end++;
  return lines
    .slice(title, end + 1)
    .map((l) => l.text)
    .reduce(joinWrappedLine);
}
