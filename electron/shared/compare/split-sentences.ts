import { ABBREVIATIONS, GERMAN_MONTHS, SPEECH_VERBS } from './abbreviations.js';
import { CJK_CHAR } from './fold.js';

export interface Sentence {
  text: string;
  /** Index of the paragraph it came from. */
  paragraph: number;
}

const TERMINAL = /[.!?…。！？]/u;
const CJK_TERMINAL = /[。！？]/u;
/** Marks that close a sentence's quotation or bracket after its full stop. */
const CLOSER = /["'”’»」』）)\]]/u;
/** Marks that may open a sentence before its first letter. */
const OPENER = /["'“‘„«「『（([¿¡—–-]/u;
/**
 * Longer "sentences" are cut at clause marks or spaces: text with no sentence punctuation must
 * still give rows a reader can follow, and alignment and word diffs stay bounded.
 */
const MAX_SENTENCE_CHARS = 600;
const CHUNK_CHARS = 400;

/** Paragraphs to sentences, in reading order. Paragraph and line breaks always end a sentence. */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const line of paragraph.split(/\r?\n/)) {
      for (const text of splitLine(line)) out.push({ text, paragraph: index });
    }
  });
  return out;
}

/** One line of running text to its sentences. */
export function splitLine(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (!TERMINAL.test(line[i]!)) continue;
    let end = i + 1;
    while (end < line.length && TERMINAL.test(line[end]!)) end++;
    end = afterClosers(line, end);
    const cjk = CJK_TERMINAL.test(line.slice(i, end));
    let next = end;
    while (next < line.length && /\s/u.test(line[next]!)) next++;
    if (next >= line.length) break;
    const boundary = cjk || (next > end && startsSentence(line, next) && !continuesAfter(line, start, i, end, next));
    if (!boundary) {
      i = end - 1;
      continue;
    }
    pieces.push(line.slice(start, end));
    start = next;
    i = next - 1;
  }
  pieces.push(line.slice(start));
  return pieces
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap(chunkLong);
}

/**
 * Index after the quotes and brackets that close the sentence. French sets a (no-break) space
 * before », so a » after a space closes too, unless a word follows at once (German »Zitat«).
 */
function afterClosers(line: string, at: number): number {
  let end = at;
  for (;;) {
    if (end < line.length && CLOSER.test(line[end]!)) end++;
    else {
      const spaced = /^[ \u00a0\u202f]+»(?=\s|$)/u.exec(line.slice(end, end + 4));
      if (!spaced) return end;
      end += spaced[0].length;
    }
  }
}

function startsSentence(line: string, at: number): boolean {
  let k = at;
  while (k < line.length && OPENER.test(line[k]!)) k++;
  while (k < line.length && /\s/u.test(line[k]!)) k++;
  const ch = line[k];
  return ch !== undefined && (/[\p{Lu}\p{Lt}\p{N}]/u.test(ch) || CJK_CHAR.test(ch));
}

/** True when the stop at `stop` does not end the sentence although a capital follows. */
function continuesAfter(line: string, start: number, stop: number, end: number, next: number): boolean {
  const run = line.slice(stop, end);
  if (run === '.') {
    const word = (line.slice(start, stop).match(/(\S+)$/u)?.[1] ?? '').replace(/^[^\p{L}\p{N}]+/u, '');
    if (isAbbreviation(word)) return true;
    if (/^\d+$/u.test(word) && GERMAN_MONTHS.has(firstWord(line, next))) return true;
  }
  // "Why now?" she asked. — the attribution after a quoted question belongs to the same sentence.
  if (/[?!]/u.test(run) && CLOSER.test(run)) {
    const following = line
      .slice(next)
      .split(/\s+/u)
      .slice(0, 4)
      .map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase());
    if (following.some((w) => SPEECH_VERBS.has(w))) return true;
  }
  return false;
}

function isAbbreviation(word: string): boolean {
  if (/^\p{L}$/u.test(word)) return true; // an initial (J. K. Rowling, В. Путин) or т. е.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S., e.g., z.B., т.е.
  return ABBREVIATIONS.has(word.toLowerCase());
}

function firstWord(line: string, at: number): string {
  return (line.slice(at).match(/^\p{L}+/u)?.[0] ?? '').toLowerCase();
}

function chunkLong(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE_CHARS) return [sentence];
  const chunks: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const window = rest.slice(0, CHUNK_CHARS);
    const clause = lastMatch(window, /[,;:，、；：]\s*/gu);
    const space = lastMatch(window, /\s+/gu);
    const cut = clause > CHUNK_CHARS / 2 ? clause : space > CHUNK_CHARS / 2 ? space : CHUNK_CHARS;
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) chunks.push(rest);
  return chunks.filter(Boolean);
}

/** Index just after the last match of `re` in `text`, or -1. */
function lastMatch(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index + m[0].length;
  return at;
}
