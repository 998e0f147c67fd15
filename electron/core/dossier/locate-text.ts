import { escapeRegExp } from '../../shared/text/escape-regexp.js';
import type { Highlight } from '../../shared/models/organise.js';

/** Offsets into a clip's body: its paragraphs joined by a blank line, as the library stores it. */
export interface TextRange {
  start: number;
  end: number;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Where a highlight sits in the body now. It is anchored by its exact text: the occurrence whose
 * prefix and suffix still match wins, then the one nearest its recorded offset, so an edited clip
 * keeps its highlights where the words still are. Null when the words are gone.
 */
export function locateHighlight(body: string, h: Pick<Highlight, 'exact' | 'prefix' | 'suffix' | 'start'>): TextRange | null {
  const candidates = occurrences(body, h.exact);
  let best: { at: number; score: number; distance: number } | null = null;
  for (const at of candidates) {
    const prefixOk = h.prefix !== '' && body.slice(Math.max(0, at - h.prefix.length), at) === h.prefix;
    const suffixOk = h.suffix !== '' && body.slice(at + h.exact.length, at + h.exact.length + h.suffix.length) === h.suffix;
    const score = Number(prefixOk) + Number(suffixOk);
    const distance = Math.abs(at - h.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  return best ? { start: best.at, end: best.at + h.exact.length } : null;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** The first whole-word occurrence of a name (any occurrence in scripts written without spaces). */
function firstWholeWord(body: string, name: string): number | null {
  if (!name.trim()) return null;
  if (CJK.test(name)) {
    const at = body.indexOf(name);
    return at === -1 ? null : at;
  }
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').exec(body);
  return m ? m.index : null;
}

/**
 * Where an entity is first mentioned, for the index's page numbers. A person named in full once
 * and by surname later is stored under the full name, so the surname is tried when the full name
 * is not in the text.
 */
export function locateMention(body: string, name: string, kind: 'person' | 'place' | 'organization'): number | null {
  const full = firstWholeWord(body, name);
  if (full !== null || kind !== 'person') return full;
  const surname = name.trim().split(/\s+/).pop();
  return surname && surname !== name.trim() ? firstWholeWord(body, surname) : null;
}

/** Where a quote starts in the body: its opening words are enough and survive small edits. */
export function locateQuote(body: string, text: string): number | null {
  const opening = text.trim().slice(0, 40);
  if (!opening) return null;
  const at = body.indexOf(opening);
  return at === -1 ? null : at;
}
