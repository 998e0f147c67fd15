import { endsSentence, startsLower } from './script.js';

/** A non-empty line of the paste, trimmed, with the blank-line-separated block it belongs to. */
export interface Line {
  text: string;
  block: number;
}

/** Whether a text stands on a line of its own in the paste, as a page's logo does over its menus. */
export function printedAlone(lines: readonly Line[]): (text: string) => boolean {
  const texts = new Set(lines.map((l) => l.text));
  return (text) => texts.has(text);
}

export function splitLines(text: string): Line[] {
  return joinHardWrappedBlocks(rawLines(text));
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
  if (block.some((l) => l.text.length > WRAP_MAX || LIST_ITEM.test(l.text)) || inner.some((l) => l.text.length < WRAP_MIN)) return false;
  const broken = inner.filter((l) => !endsSentence(l.text)).length;
  return broken * 2 >= inner.length && (block.slice(1).some((l) => startsLower(l.text)) || filledToWidth(block));
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

function joinHardWrappedBlocks(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end + 1 < lines.length && lines[end + 1]!.block === lines[i]!.block) end++;
    const block = lines.slice(i, end + 1);
    if (isHardWrapped(block)) out.push({ text: joinWrapped(block.map((l) => l.text)), block: lines[i]!.block });
    else out.push(...block);
    i = end + 1;
  }
  return out;
}

/** The next line of a wrapped paragraph after the text so far; a word split with a hyphen at the margin (`gov-` + `ernment`) is mended. */
export function joinWrappedLine(joined: string, next: string): string {
  return /\p{Ll}-$/u.test(joined) && startsLower(next) ? joined.slice(0, -1) + next : `${joined} ${next}`;
}

/** Lines of one wrapped paragraph as one. */
function joinWrapped(texts: readonly string[]): string {
  return texts.reduce(joinWrappedLine);
}
