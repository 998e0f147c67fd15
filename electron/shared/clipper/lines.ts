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
 * some line goes on in lower case. Left broken, its short lines look like page furniture.
 */
function isHardWrapped(block: readonly Line[]): boolean {
  if (block.length < 2 || !endsSentence(block[block.length - 1]!.text)) return false;
  const inner = block.slice(0, -1);
  if (block.some((l) => l.text.length > WRAP_MAX || LIST_ITEM.test(l.text)) || inner.some((l) => l.text.length < WRAP_MIN)) return false;
  const broken = inner.filter((l) => !endsSentence(l.text)).length;
  return broken * 2 >= inner.length && block.slice(1).some((l) => startsLower(l.text));
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
