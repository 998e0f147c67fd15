import { isCruftLine } from './cruft.js';
import { findFullDates } from './date.js';
import { isRelativeTimeLine } from './relative-date.js';
import { breaksMidPhrase, joinsWithoutSpace } from './phrase-breaks.js';
import { isLabelledByline, isNameOverRole } from './byline.js';
import { withoutPageBreaks } from './running-lines.js';
import { endsSentence, startsLower } from './script.js';

/** A non-empty line of the paste, trimmed, with the blank-line-separated block it belongs to. */
export interface Line {
  text: string;
  block: number;
  /** A printed page's running head or number, which a page break set among the story's lines. */
  running?: boolean;
}

/** Whether a text stands on a line of its own in the paste, as a page's logo does over its menus. */
export function printedAlone(lines: readonly Line[]): (text: string) => boolean {
  const texts = new Set(lines.map((l) => l.text));
  return (text) => texts.has(text);
}

/**
 * The paste's lines, each block broken at a fixed width read as one line. With `brokenAtWidth` they
 * are read as a paste whose every line a column, a screen or a printed page broke (a PDF, a phone,
 * a newsletter): running heads and page numbers are taken out of the paragraphs they cut, and the
 * lines of a block broken in mid-phrase (a headline, a byline) are joined. A page copied from a
 * browser breaks its lines only where its markup ends a block, so those joins would glue its menus,
 * headline, byline and date together.
 */
export function splitLines(text: string, brokenAtWidth = false): Line[] {
  const lines = rawLines(text);
  return brokenAtWidth
    ? joinHardWrappedBlocks(withoutPageBreaks(lines), joinBrokenPhrases)
    : joinHardWrappedBlocks(lines, (block) => block);
}

function rawLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let blank = false;
  for (const raw of text.split('\n')) {
    const trimmed = raw.replace(/ +/g, ' ').trim();
    if (!trimmed) {
      blank = true;
      continue;
    }
    if (blank && lines.length) block++;
    blank = false;
    lines.push({ text: trimmed, block });
  }
  return lines;
}

const WRAP_MIN = 15;
const WRAP_MAX = 100;
const LIST_ITEM = /^(?:[-*•–]|\d+[.)])\s/u;

/**
 * A block broken at a fixed width (a forwarded e-mail, a terminal, a copy from a PDF) reads as one
 * line: each of its lines but the last is of wrapping length, it ends a sentence only at its end (mostly), and
 * it breaks where a writer would not: some line goes on in lower case, or each line is as full as
 * the width allows. Left broken, its short lines look like page furniture.
 */
function isHardWrapped(block: readonly Line[]): boolean {
  if (block.length < 2 || !endsSentence(block[block.length - 1]!.text)) return false;
  const inner = block.slice(0, -1);
  if (block.some((l) => l.text.length > WRAP_MAX || LIST_ITEM.test(l.text)) || inner.some((l, i) => tooShortToWrap(block, i))) return false;
  const broken = inner.filter((l) => !endsSentence(l.text)).length;
  return broken * 2 >= inner.length && (inner.some((l, i) => breaksMidPhrase(l.text, block[i + 1]!.text)) || filledToWidth(block));
}

/**
 * Whether a line ends too soon to have been broken at the block's width: it is short, and the next
 * line's first word would have fitted after it. A narrow screen's line stops short only before a
 * long word.
 */
function tooShortToWrap(block: readonly Line[], i: number): boolean {
  const n = block[i]!.text.length;
  if (n >= WRAP_MIN) return false;
  const width = Math.max(...block.slice(0, -1).map((l) => l.text.length));
  return n + 1 + block[i + 1]!.text.split(' ')[0]!.length <= width;
}

// Lines filled to one width: at least this many above the last, each this long, within this share of the longest.
const FILLED_LINES = 2;
const FILLED_MIN = 45;
const FILLED_BAND = 0.25;

/**
 * Whether each line but the last is broken only because the next line's first word would not fit
 * in the width the longest of them shows, all of them near that width: a text wrapped at a margin,
 * in a language that opens its nouns with capitals (German) or at a name, where no line goes on in
 * lower case. A list of headlines is not that even, nor is each line of it so full.
 */
function filledToWidth(block: readonly Line[]): boolean {
  const inner = block.slice(0, -1).map((l) => l.text.length);
  if (inner.length < FILLED_LINES) return false;
  const width = Math.max(...inner);
  if (inner.some((n) => n < FILLED_MIN || n < width * (1 - FILLED_BAND))) return false;
  return inner.every((n, i) => n + 1 + block[i + 1]!.text.split(' ')[0]!.length > width);
}

/** The lines with each block broken at a fixed width joined, and each other block as `rest` reads it. */
function joinHardWrappedBlocks(lines: readonly Line[], rest: (block: readonly Line[]) => readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end + 1 < lines.length && lines[end + 1]!.block === lines[i]!.block) end++;
    const block = lines.slice(i, end + 1);
    if (isHardWrapped(block)) out.push({ text: joinWrapped(block.map((l) => l.text)), block: lines[i]!.block });
    else out.push(...rest(block));
    i = end + 1;
  }
  return out;
}

/**
 * The next line of a wrapped paragraph after the text so far; a word split with a hyphen at the
 * margin (`gov-` + `ernment`) is mended, and Chinese or Japanese runs on without a space.
 */
export function joinWrappedLine(joined: string, next: string): string {
  if (joinsWithoutSpace(joined, next)) return joined + next;
  return /\p{Ll}-$/u.test(joined) && startsLower(next) ? joined.slice(0, -1) + next : `${joined} ${next}`;
}

/**
 * A line that can carry on into the next: no sentence or label ends it, and it is no list's item
 * nor furniture. A menu's items do not open in lower case, so a run never starts on one that does.
 */
function carriesOn(text: string): boolean {
  return text.length <= WRAP_MAX && !endsSentence(text) && !/[:：]$/u.test(text) && !LIST_ITEM.test(text) && !isCruftLine(text);
}

/**
 * A block's lines that a narrow column or screen broke in mid-phrase (`City council agrees to` /
 * `expand the ferry service`), joined where each break shows it: a headline over two to four
 * lines reads as one, as does a byline or a date carried onto the next line. The other lines are
 * left as they are, as is a writer's role under the name.
 */
function joinBrokenPhrases(block: readonly Line[]): Line[] {
  const out: Line[] = [];
  block.forEach((line, i) => {
    const last = out[out.length - 1];
    const prev = block[i - 1]?.text;
    const opens = last !== undefined && (last.text !== prev || !startsLower(prev));
    if (
      opens &&
      prev !== undefined &&
      carriesOn(prev) &&
      carriesOn(line.text.replace(/[.!?…。！？]["”’»」)]*$/u, '')) &&
      !isTimestamp(line.text) &&
      !isLabelledByline(line.text) &&
      !isNameOverRole(prev, line.text) &&
      breaksMidPhrase(prev, line.text)
    )
      last.text = joinWrappedLine(last.text, line.text);
    else out.push({ ...line });
  });
  return out;
}

/** A date or a time ago under a headline (`vor 3 Stunden`, `4 March 2025`), which goes on no phrase however it opens; nor does a credit (`by Jane Doe`). */
function isTimestamp(text: string): boolean {
  return isRelativeTimeLine(text) || findFullDates(text).length > 0;
}

/** Lines of one wrapped paragraph as one. */
function joinWrapped(texts: readonly string[]): string {
  return texts.reduce(joinWrappedLine);
}
