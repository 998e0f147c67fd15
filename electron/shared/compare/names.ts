import { foldCase } from './fold.js';

export type NameKind = 'person' | 'place' | 'organization';

/** A name as folded words: case, accents and punctuation do not tell names apart. */
export function nameWords(name: string): string[] {
  return foldCase(name)
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether two names of one kind name the same person, place or organisation:
 * people by surname alone ("Moreau" = "Claire Moreau"; family-name-first names too) or by first
 * names that are initials or short forms; organisations by an acronym or a name inside the longer
 * one ("Transport Ministry" in "Federal Transport Ministry"); places only by spelling,
 * since "Oryol" and "Oryol Region" are different places.
 */
export function sameEntity(x: string, y: string, kind: NameKind): boolean {
  const wx = withoutArticle(nameWords(x));
  const wy = withoutArticle(nameWords(y));
  if (!wx.length || !wy.length) return false;
  if (wx.join(' ') === wy.join(' ')) return true;
  if (kind === 'person') return samePerson(wx, wy);
  if (kind === 'organization') return sameOrganization(wx, wy, x, y);
  return false;
}

/** A quote's speaker may be a person, an organisation or a country. */
export function sameSpeaker(x: string, y: string): boolean {
  return sameEntity(x, y, 'person') || sameEntity(x, y, 'organization');
}

function withoutArticle(words: string[]): string[] {
  return words.length > 1 && ['the', 'der', 'die', 'das', 'le', 'la', 'les'].includes(words[0]!) ? words.slice(1) : words;
}

function samePerson(x: string[], y: string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1) return long.length > 1 && (short[0] === long[long.length - 1] || short[0] === long[0]);
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  const first = short[0]!;
  const other = long[0]!;
  return first === other || (first.length === 1 && other.startsWith(first)) || (first.length >= 3 && other.startsWith(first));
}

function sameOrganization(x: string[], y: string[], rawX: string, rawY: string): boolean {
  const [short, long, rawLong] = x.length <= y.length ? [x, y, rawY] : [y, x, rawX];
  if (short.length === 1 && acronym(rawLong) === short[0]) return true;
  if (short.length < 2) return false;
  for (let start = 0; start + short.length <= long.length; start++) {
    if (short.every((w, k) => long[start + k] === w)) return true;
  }
  return false;
}

/** Initials of the capitalised words: "North Atlantic Treaty Organization" → "nato". */
export function acronym(name: string): string {
  return foldCase(
    name
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join(''),
  );
}
