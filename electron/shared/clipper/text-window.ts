import { ABBREVIATIONS } from '../compare/abbreviations.js';

/** Positions in the paragraphs, and the stretch of text around a quotation that attribution reads. */
export interface Site {
  para: number;
  at: number;
}

export const before = (a: Site, b: Site) => a.para < b.para || (a.para === b.para && a.at < b.at);

// Attribution sits near its quote; looking further only costs time on a huge paragraph.
export const WINDOW = 500;

const SENTENCE_END = /[.!?。！？](?:["”’»」]+)?\s+(?=\S)/gu;
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

const STOP = /[.!?。！？](?=\s|$)/gu;

/** A full stop that closes an initialism or a title (`U.S. Attorney`, `Dr. Vogel`), not a sentence. */
function abbreviationStop(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  return (word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Where the sentence holding `at` begins (or the edge of the window before it). */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - WINDOW);
  let start = from;
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) {
    if (!abbreviationStop(text, from + m.index)) start = from + m.index + m[0].length;
  }
  return start;
}

export function sentenceEnd(text: string, from: number): number {
  const window = text.slice(from, from + WINDOW);
  for (const m of window.matchAll(STOP)) if (!abbreviationStop(text, from + m.index)) return from + m.index + 1;
  return Math.min(text.length, from + WINDOW);
}

/** The last item whose site comes before `site`, in a list sorted by site. */
export function lastBefore<T extends { site: Site }>(sorted: readonly T[], site: Site): T | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid]!.site, site)) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : null;
}

export function words(text: string): { word: string; index: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }));
}
