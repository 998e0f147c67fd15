import { escapeRegExp } from '../../shared/text/escape-regexp.js';

/** Offsets into a clip's body: its paragraphs joined by a blank line, as the library stores it. */
export interface TextRange {
  start: number;
  end: number;
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
