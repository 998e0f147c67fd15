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

/** Where the sentence holding `at` begins (or the edge of the window before it). */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - WINDOW);
  let start = from;
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) start = from + m.index + m[0].length;
  return start;
}

export function sentenceEnd(text: string, from: number): number {
  const m = /[.!?。！？](?=\s|$)/u.exec(text.slice(from, from + WINDOW));
  return m ? from + m.index + 1 : Math.min(text.length, from + WINDOW);
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
